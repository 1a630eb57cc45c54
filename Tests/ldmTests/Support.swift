import Foundation
import Synchronization

/// Runs the built `ldm` binary, which SwiftPM puts beside the test bundle.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum LDMBinary {
    static var url: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("ldm")
    }

    /// The repository: examples and templates are read from it.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var exampleCampaign: URL { root.appendingPathComponent("examples/campagne-2026") }

    /// Runs ldm with LDM_HOME set to the repository (`environment` adds to or overrides the variables).
    static func run(_ arguments: [String], in folder: URL? = nil, environment extra: [String: String] = [:]) throws -> Run {
        var environment = ProcessInfo.processInfo.environment
        environment["LDM_HOME"] = root.path
        environment.merge(extra) { $1 }
        return try Command.run(url.path, arguments, environment: environment, in: folder)
    }

    /// A fresh copy of the example campaign in a temporary folder.
    static func copyOfExample() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("campagne-2026")
        try FileManager.default.copyItem(at: exampleCampaign, to: copy)
        return copy
    }
}

/// Runs any program, reading both its outputs.
enum Command {
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                    in folder: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let folder { process.currentDirectoryURL = folder }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stderrData = Mutex(Data())
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { stderrData.withLock { $0 = err.fileHandleForReading.readDataToEndOfFile() } }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderrData.withLock { $0 }, as: UTF8.self))
    }
}

/// Runs a tool of poppler-utils and returns its standard output.
func tool(_ name: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/\(name)")
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
