import Foundation
import Registry

/// The built `ldm` (SwiftPM puts it beside the test bundle) and the repository it reads.
enum LDM {
    static var binary: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("ldm")
    }
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static var exampleCampaign: URL { root.appendingPathComponent("examples/campagne-2026") }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String]) throws -> Run {
        try command(binary, arguments, environment: ["LDM_HOME": root.path])
    }

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Runs a program to its end and returns what it printed.
func command(_ program: URL, _ arguments: [String], environment extra: [String: String] = [:]) throws -> LDM.Run {
    let process = Process()
    process.executableURL = program
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Both pipes are read at once: a full one would block the child.
    let errData = DispatchQueue(label: "stderr")
    nonisolated(unsafe) var stderr = Data()
    errData.async { stderr = err.fileHandleForReading.readDataToEndOfFile() }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    errData.sync {}
    process.waitUntilExit()
    return LDM.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self))
}
