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
}
