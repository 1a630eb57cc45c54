import ArgumentParser
import Foundation
import Native

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Renders the example campaign shipped with ldm (what `make demo` runs).",
        discussion: """
        Example:
          ldm demo
          ldm demo -o /tmp/demo
        """
    )

    @Option(name: .shortAndLong, help: "Output folder (default: output/campagne-2026).")
    var output: String?

    @Flag(name: .shortAndLong, help: "No progress output.")
    var quiet = false

    func run() throws {
        let folder = try ProjectResources.folder("examples").appendingPathComponent("campagne-2026")
        try runBatch(folder: folder, output: output ?? "output/campagne-2026",
                     jobs: ProcessInfo.processInfo.activeProcessorCount, only: [], quiet: quiet)
    }
}
