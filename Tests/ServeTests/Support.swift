import Foundation
import Registry
import Synchronization
import Testing

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
    let stderr = Mutex(Data())
    errData.async {
        let data = err.fileHandleForReading.readDataToEndOfFile()
        stderr.withLock { $0 = data }
    }
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    errData.sync {}
    process.waitUntilExit()
    return LDM.Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr.withLock { $0 }, as: UTF8.self))
}

/// A running `ldm serve` on a loopback port it chose; stopped by `stop()`.
final class Server: Sendable {
    let process = Process()
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    init(registry: String, extra: [String] = []) throws {
        process.executableURL = LDM.binary
        process.arguments = ["serve", "--registry", registry, "--host", "127.0.0.1", "--port", "0"] + extra
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.standardError
        try process.run()
        // The first line announces the address: « … sur http://127.0.0.1:PORT/ (registre : …) ».
        var text = ""
        while !text.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            guard !chunk.isEmpty else { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
              let port = Int(text[range].dropFirst("http://127.0.0.1:".count).dropLast()) else {
            process.terminate()
            throw ServerError(text: text)
        }
        self.port = port
    }

    struct ServerError: Error { var text: String }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

struct HTTPAnswer {
    var status: Int
    var headers: String
    var body: String
    func header(_ name: String) -> String? {
        headers.split(separator: "\r\n").first { $0.lowercased().hasPrefix(name.lowercased() + ":") }
            .map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }
}

/// One request through curl, loopback only, no proxy.
func http(_ url: String, _ arguments: [String] = []) throws -> HTTPAnswer {
    let folder = try LDM.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let body = folder.appendingPathComponent("body"), headers = folder.appendingPathComponent("headers")
    let run = try command(URL(fileURLWithPath: "/usr/bin/curl"),
                          ["-s", "--noproxy", "*", "--max-time", "20", "-o", body.path, "-D", headers.path,
                           "-w", "%{http_code}"] + arguments + [url])
    return HTTPAnswer(status: Int(run.stdout) ?? -1,
                      headers: (try? String(contentsOf: headers, encoding: .utf8)) ?? "",
                      body: (try? String(contentsOf: body, encoding: .utf8)) ?? "")
}

/// A registry filled by `ldm batch` on the example campaign, then given a certificate in each state:
/// valid and revoked (example schools), superseded (an older certificate of an example school) and
/// expired (an old certificate of a school not in the example).
struct Fixture: Sendable {
    var output: URL
    var registry: String
    var valid: IssuedCertificate
    var revoked: IssuedCertificate
    var superseded: IssuedCertificate
    var replacement: IssuedCertificate
    var expired: IssuedCertificate
    var future: IssuedCertificate
    static let reason = "Décision retirée par arrêté du 1er décembre 2026"

    static let shared = Task { try await Fixture() }

    private init() async throws {
        output = try LDM.temporaryFolder().appendingPathComponent("sortie")
        let batch = try LDM.run(["batch", LDM.exampleCampaign.path, "-o", output.path, "-q"])
        guard batch.status == 0 else { throw Server.ServerError(text: batch.stderr) }
        registry = output.appendingPathComponent("registre.sqlite").path
        let store = try await RegistryLocation.sqlite(path: registry).open()
        let issued = try await store.certificates()
        func of(_ uai: String) throws -> IssuedCertificate {
            guard let found = issued.first(where: { $0.uai == uai }) else { throw Server.ServerError(text: "no \(uai)") }
            return found
        }
        valid = try of("0060034E")
        replacement = try of("0830761B")
        var older = replacement
        older.code = "5PRS-D000-01"; older.number = "CLM-2021-0830761B"; older.validFrom = "2021-09-01"
        older.validUntil = "2026-08-31"; older.sha256 = String(repeating: "1", count: 64)
        expired = IssuedCertificate(number: "CLM-2015-0069999Z", code: "EXP1-RED0-20", uai: "0069999Z", school: "Lycée des Pins",
                                    town: "Antibes", label: "Lycée des métiers du bois", validFrom: "2015-09-01",
                                    validUntil: "2020-08-31", decisionNumber: "2015-LDM-002", decisionDate: "2015-06-10",
                                    campaign: "2015-2016", sha256: String(repeating: "2", count: 64), issuedAt: Date())
        future = expired
        future.code = "FVTV-RE00-30"; future.uai = "0069998Y"; future.number = "CLM-2099-0069998Y"
        future.validFrom = "2099-09-01"; future.validUntil = "2104-08-31"; future.sha256 = String(repeating: "3", count: 64)
        try await store.record([older, expired, future])
        superseded = try #require(try await store.certificate(code: VerificationCode(older.code)!))
        await store.close()
        let revoke = try LDM.run(["revoke", try of("0061987C").code, "--reason", Self.reason, "--registry", registry])
        guard revoke.status == 0 else { throw Server.ServerError(text: revoke.stderr) }
        let reopened = try await RegistryLocation.sqlite(path: registry).open(readOnly: true)
        revoked = try #require(try await reopened.certificate(code: VerificationCode(of("0061987C").code)!))
        await reopened.close()
    }
}
