import Foundation
import Testing

@Suite("--pdfa chooses the archival form of the files")
struct ArchivalFormTests {
    func render(_ extra: [String]) throws -> (status: Int32, header: String) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-pdfa-\(UUID().uuidString).pdf")
        let dossier = LDMBinary.exampleCampaign.appendingPathComponent("dossiers/0060034E.yaml").path
        let run = try LDMBinary.run(["render", "certificat", dossier, "-o", output.path] + extra)
        let bytes = (try? Data(contentsOf: output)) ?? Data()
        return (run.status, String(decoding: bytes.prefix(8), as: UTF8.self))
    }

    @Test("render writes PDF/A-1b by default, cairo's PDF with --pdfa none")
    func renderForms() throws {
        #expect(try render([]) == (0, "%PDF-1.4"))
        #expect(try render(["--pdfa", "1b"]) == (0, "%PDF-1.4"))
        #expect(try render(["--pdfa", "none"]) == (0, "%PDF-1.5"))
    }

    @Test("an unknown form is a usage error and writes nothing")
    func unknownForm() throws {
        #expect(try render(["--pdfa", "2u"]) == (2, ""))
    }

    @Test("batch --pdfa none writes every school's files without finishing them")
    func batchOptOut() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-pdfa-batch-\(UUID().uuidString)")
        let run = try LDMBinary.run(["batch", LDMBinary.exampleCampaign.path, "-o", output.path, "--quiet", "--pdfa", "none",
                                     "--only", "decision"])
        #expect(run.status == 0, "\(run.stderr)")
        let decision = try Data(contentsOf: output.appendingPathComponent("0060034E/decision.pdf"))
        #expect(String(decoding: decision.prefix(8), as: UTF8.self) == "%PDF-1.5")
    }

    @Test("a campaign logo drawn with transparency still gives a valid PDF/A-1b: it is flattened onto white")
    func translucentLogo() throws {
        let campaign = try LDMBinary.copyOfExample()
        try """
            <svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#000091" \
            fill-opacity="0.5"/><circle cx="30" cy="30" r="20" fill="red" opacity="0.4"/></svg>
            """.write(to: campaign.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-logo-\(UUID().uuidString).pdf")
        let run = try LDMBinary.run(["render", "certificat", campaign.appendingPathComponent("dossiers/0060034E.yaml").path,
                                     "-o", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        let preflight = try Command.run("/usr/bin/java", ["-cp", [
            "preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api",
        ].map { "/usr/share/java/\($0).jar" }.joined(separator: ":"), "org.apache.pdfbox.preflight.Validator_A1b", output.path])
        #expect(preflight.stdout.contains("is a valid PDF/A-1b file"), "\(preflight.stdout)")
        let images = try Command.run("/usr/bin/pdfimages", ["-list", output.path]).stdout
        #expect(images.contains(" rgb "), "\(images)")
        #expect(!images.contains("smask"))
    }
}
