import Foundation
import Testing

/// The print file `certificats.pdf` of a batch: one page per certificate in UAI order, each page the
/// school's own certificate, metadata from the campaign's data, the same bytes for the same input.
@Suite("print file of a batch")
struct PrintFileTests {
    /// Runs a certificate batch of the example campaign with `jobs` workers into a new folder.
    private func batch(jobs: Int) throws -> URL {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-print-\(UUID().uuidString)")
        let run = try LDMBinary.run(["batch", LDMBinary.exampleCampaign.path, "-o", output.path,
                                     "--only", "certificat", "--jobs", "\(jobs)", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        return output
    }

    private func certificates(in output: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: output.appendingPathComponent("manifest.json"))
        let manifest = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return manifest["certificats"] as! [[String: Any]]
    }

    @Test("a page per certificate, each the text of the school's own certificate, in UAI order")
    func pages() throws {
        let output = try batch(jobs: 2)
        defer { try? FileManager.default.removeItem(at: output) }
        let printFile = output.appendingPathComponent("certificats.pdf").path
        let certificates = try certificates(in: output)
        #expect(certificates.count > 1)
        let info = try tool("pdfinfo", [printFile])
        #expect(info.contains("Pages:           \(certificates.count)\n"), "\(info)")
        for (index, certificate) in certificates.enumerated() {
            let page = "\(index + 1)"
            let text = try tool("pdftotext", ["-f", page, "-l", page, printFile, "-"])
            let file = certificate["fichier"] as! String
            let own = try tool("pdftotext", [output.appendingPathComponent(file).path, "-"])
            #expect(text.contains("Certificat n° \(certificate["numero"] as! String)"), "page \(page)")
            #expect(text.contains("Code de vérification : \(certificate["code"] as! String)"), "page \(page)")
            #expect(text == own, "page \(page) differs from \(file)")
        }
    }

    @Test("metadata from the campaign's data, not the clock, and a file qpdf finds sound")
    func metadata() throws {
        let output = try batch(jobs: 1)
        defer { try? FileManager.default.removeItem(at: output) }
        let printFile = output.appendingPathComponent("certificats.pdf").path
        let info = try tool("pdfinfo", ["-isodates", printFile])
        #expect(info.contains("Title:           Certificats « lycée des métiers » — campagne 2026-2027\n"), "\(info)")
        #expect(info.contains("Author:          académie de Nice\n"), "\(info)")
        #expect(info.contains("CreationDate:    2026-09-01T00:00:00Z\n"), "\(info)")
        let check = try Command.run("/usr/bin/qpdf", ["--check", printFile])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        #expect(check.stdout.contains("No syntax or stream encoding errors found"))
    }

    @Test("the same input gives the same bytes, whatever the number of workers")
    func deterministic() throws {
        let one = try batch(jobs: 1), two = try batch(jobs: 2)
        defer { for folder in [one, two] { try? FileManager.default.removeItem(at: folder) } }
        let first = try Data(contentsOf: one.appendingPathComponent("certificats.pdf"))
        let second = try Data(contentsOf: two.appendingPathComponent("certificats.pdf"))
        #expect(!first.isEmpty)
        #expect(first == second)
    }
}
