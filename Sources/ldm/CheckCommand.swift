import ArgumentParser
import Foundation
import Label

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validates campaign folders, dossier files or criteria files.",
        discussion: """
        Every problem is reported at once, as path:line:col: error: message.
        Exit status: 0 when valid (warnings allowed), 1 when any error, 2 on a usage error.

        Example:
          ldm check examples/campagne-2026
          ldm check examples/campagne-2026/dossiers/0060034E.yaml
        """
    )

    @Argument(help: "Campaign folders, campagne.yaml files or dossier files.", completion: .file())
    var paths: [String]

    func run() throws {
        let diagnostics = CampaignLoader.check(paths: paths.map { URL(fileURLWithPath: $0) })
        for diagnostic in diagnostics { Output.error(diagnostic.description) }
        let errors = diagnostics.filter(\.isError).count
        let warnings = diagnostics.count - errors
        if errors > 0 {
            Output.error("\(plural(errors, "error")), \(plural(warnings, "warning"))")
            throw ExitCode.failure
        }
        Output.print(warnings == 0 ? "valid" : "valid, with \(plural(warnings, "warning"))")
    }
}

func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
