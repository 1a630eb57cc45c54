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

    /// Starts `ldm watch certificat` on a school of `campaign`; SIGKILL it when done (the test
    /// runner's blocked signal mask is inherited, so SIGTERM would stay pending).
    private func watch(_ school: URL, into target: URL) throws -> Process {
        let process = Process()
        process.executableURL = LDMBinary.url
        process.arguments = ["watch", "certificat", school.path, "-o", target.path]
        var environment = ProcessInfo.processInfo.environment
        environment["LDM_HOME"] = LDMBinary.root.path
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    private func replace(_ text: String, with replacement: String, in file: URL) throws {
        let content = try String(contentsOf: file, encoding: .utf8)
        #expect(content.contains(text))
        try content.replacingOccurrences(of: text, with: replacement).write(to: file, atomically: true, encoding: .utf8)
    }

    private func text(_ pdf: URL) -> String { (try? tool("pdftotext", [pdf.path, "-"])) ?? "" }

    @Test("watch renders, then renders again after the data file changes")
    func rendersAgainAfterAChange() throws {
        let campaign = try LDMBinary.copyOfExample()
        let school = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let target = campaign.deletingLastPathComponent().appendingPathComponent("apercu.pdf")
        let process = try watch(school, into: target)
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }

        #expect(wait(60) { FileManager.default.fileExists(atPath: target.path) }, "the first render")
        #expect(text(target).contains("Lycée Jeanne et Paul Augier"))
        try replace("Lycée Jeanne et Paul Augier", with: "Lycée Jeanne et Paul Augier-Modifié", in: school)
        #expect(wait(60) { text(target).contains("Augier-Modifié") }, "the render after the change")
    }

    /// An académie adapting its templates sees each saved change of its template or its theme.
    @Test("watch renders again after the campaign's template changes, then after its theme changes")
    func rendersAgainAfterATemplateOrThemeChange() throws {
        let campaign = try LDMBinary.copyOfExample()
        let school = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let template = campaign.appendingPathComponent("templates/certificat.xml")
        let theme = campaign.appendingPathComponent("templates/theme.yaml")
        try FileManager.default.copyItem(at: LDMBinary.root.appendingPathComponent("templates/national/theme.yaml"), to: theme)
        let target = campaign.deletingLastPathComponent().appendingPathComponent("apercu.pdf")
        let process = try watch(school, into: target)
        defer { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }

        #expect(wait(60) { FileManager.default.fileExists(atPath: target.path) }, "the first render")
        #expect(text(target).contains("Départements des Alpes-Maritimes et du Var"))
        #expect(try !tool("pdffonts", [target.path]).contains("DejaVu"))

        try replace("Départements des Alpes-Maritimes et du Var", with: "Alpes-Maritimes et Var", in: template)
        #expect(wait(60) { text(target).contains("Alpes-Maritimes et Var") }, "the render after the template's change")

        try replace("Noto Sans", with: "DejaVu Sans", in: theme)
        #expect(wait(60) { ((try? tool("pdffonts", [target.path])) ?? "").contains("DejaVuSans") }, "the render after the theme's change")
        #expect(text(target).contains("Alpes-Maritimes et Var"))
    }
}
