import Foundation
import Testing

@Suite("ldm watch")
struct WatchTests {
    /// Polls `condition` every 0.2 s for at most `seconds`.
    private func wait(_ seconds: Double, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return condition()
    }

    @Test("watch renders, then renders again after the data file changes")
    func rendersAgainAfterAChange() throws {
        let campaign = try LDMBinary.copyOfExample()
        let school = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let target = campaign.deletingLastPathComponent().appendingPathComponent("apercu.pdf")
        let process = Process()
        process.executableURL = LDMBinary.url
        process.arguments = ["watch", "certificat", school.path, "-o", target.path]
        var environment = ProcessInfo.processInfo.environment
        environment["LDM_HOME"] = LDMBinary.root.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // SIGKILL: the test runner's blocked signal mask is inherited, so SIGTERM would stay pending.
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }

        #expect(wait(60) { FileManager.default.fileExists(atPath: target.path) }, "the first render")
        let first = try tool("pdftotext", [target.path, "-"])
        #expect(first.contains("Lycée Jeanne et Paul Augier"))
        let text = try String(contentsOf: school, encoding: .utf8)
        try text.replacingOccurrences(of: "Lycée Jeanne et Paul Augier", with: "Lycée Jeanne et Paul Augier-Modifié")
            .write(to: school, atomically: true, encoding: .utf8)
        #expect(wait(60) { ((try? tool("pdftotext", [target.path, "-"])) ?? "").contains("Augier-Modifié") }, "the render after the change")
    }
}
