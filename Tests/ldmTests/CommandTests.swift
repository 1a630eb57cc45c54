import Native
import Foundation
import Testing

@Suite("ldm command", .serialized)
struct CommandTests {
    @Test("--version and --help exit 0")
    func versionAndHelp() throws {
        let version = try LDMBinary.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.contains("ldm 0.1.0"))
        for command in ["check", "render", "batch", "demo"] {
            let help = try LDMBinary.run([command, "--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("Exemple"), "\(command) --help shows an example")
        }
    }

    @Test("check: 0 when valid, 1 on data errors with positions, 2 on usage errors")
    func checkExitCodes() throws {
        let valid = try LDMBinary.run(["check", LDMBinary.exampleCampaign.path])
        #expect(valid.status == 0, "\(valid.stderr)")

        let campaign = try LDMBinary.copyOfExample()
        let file = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "\nformations:", with: "\nformation:").write(to: file, atomically: true, encoding: .utf8)
        let invalid = try LDMBinary.run(["check", campaign.path])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("0060034E.yaml:"))
        #expect(invalid.stderr.contains(": erreur : "))

        #expect(try LDMBinary.run(["check"]).status == 2)
        #expect(try LDMBinary.run(["render", "affiche", file.path]).status == 2)
        #expect(try LDMBinary.run(["batch", campaign.path, "--jobs", "0"]).status == 2)
    }

    @Test("batch makes every document the data allow, and the manifest's hashes match the files")
    func batchOnExample() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-batch-\(UUID().uuidString)")
        let run = try LDMBinary.run(["batch", LDMBinary.exampleCampaign.path, "-o", output.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let manifestData = try Data(contentsOf: output.appendingPathComponent("manifest.json"))
        let manifest = try JSONSerialization.jsonObject(with: manifestData) as! [String: Any]
        let files = manifest["files"] as! [[String: Any]]
        #expect(files.contains { ($0["path"] as? String) == "certificats.pdf" })
        #expect(files.contains { ($0["path"] as? String) == "synthese.pdf" })
        for entry in files {
            let path = entry["path"] as! String
            let bytes = try Data(contentsOf: output.appendingPathComponent(path))
            let digest = SHA256.hex(bytes)
            #expect(digest == entry["sha256"] as? String, "\(path)")
        }
        // Every school has its dossier; the merged file has one page per certificate.
        let schools = try FileManager.default.contentsOfDirectory(atPath: LDMBinary.exampleCampaign.appendingPathComponent("dossiers").path)
        for school in schools {
            let uai = (school as NSString).deletingPathExtension
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("\(uai)/dossier.pdf").path))
        }
        let certificates = manifest["certificats"] as! [[String: Any]]
        #expect(!certificates.isEmpty)
        let info = try tool("pdfinfo", [output.appendingPathComponent("certificats.pdf").path])
        #expect(info.contains("Pages:           \(certificates.count)\n"), "\(info)")
        // The print file is untagged (memory stays flat over thousands of pages); each school's file is tagged.
        #expect(info.contains("Tagged:          no"))
        let single = try tool("pdfinfo", [output.appendingPathComponent(certificates[0]["fichier"] as! String).path])
        #expect(single.contains("Tagged:          yes"))
    }

    @Test("one school's bad data does not stop the others, and the exit status is 1")
    func brokenSchool() throws {
        let campaign = try LDMBinary.copyOfExample()
        let broken = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let text = try String(contentsOf: broken, encoding: .utf8)
        try text.replacingOccurrences(of: "niveau: 4", with: "niveau: quatre").write(to: broken, atomically: true, encoding: .utf8)
        let output = campaign.deletingLastPathComponent().appendingPathComponent("sortie")
        let run = try LDMBinary.run(["batch", campaign.path, "-o", output.path, "--quiet"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("0060034E"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("0060034E/dossier.pdf").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("0061987C/dossier.pdf").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("manifest.json").path))
    }

    @Test("a render that fails leaves an earlier good file untouched and no partial file")
    func failedRenderKeepsGoodFile() throws {
        let campaign = try LDMBinary.copyOfExample()
        let target = campaign.deletingLastPathComponent().appendingPathComponent("document.pdf")
        let school = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let good = try LDMBinary.run(["render", "certificat", school.path, "-o", target.path])
        #expect(good.status == 0, "\(good.stderr)")
        let before = try Data(contentsOf: target)
        // A logo that does not exist: the certificate can no longer be made.
        let settings = campaign.appendingPathComponent("campagne.yaml")
        var text = try String(contentsOf: settings, encoding: .utf8)
        if text.contains("logo:") {
            text = text.replacingOccurrences(of: "logo.svg", with: "absent.svg")
        } else {
            text += "\nlogo: \"absent.svg\"\n"
        }
        try text.write(to: settings, atomically: true, encoding: .utf8)
        let failed = try LDMBinary.run(["render", "certificat", school.path, "-o", target.path])
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("absent.svg"))
        #expect(try Data(contentsOf: target) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path)
            .filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("output is identical with --jobs 1 and --jobs 2")
    func jobsDoNotChangeOutput() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-jobs-\(UUID().uuidString)")
        let one = try LDMBinary.run(["batch", LDMBinary.exampleCampaign.path, "-o", base.appendingPathComponent("1").path, "--jobs", "1", "-q"])
        let two = try LDMBinary.run(["batch", LDMBinary.exampleCampaign.path, "-o", base.appendingPathComponent("2").path, "--jobs", "2", "-q"])
        #expect(one.status == 0 && two.status == 0)
        let first = try Data(contentsOf: base.appendingPathComponent("1/manifest.json"))
        let second = try Data(contentsOf: base.appendingPathComponent("2/manifest.json"))
        #expect(first == second)
    }

    @Test("--only certificat makes just the certificates and their merged file")
    func onlyCertificates() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-only-\(UUID().uuidString)")
        let run = try LDMBinary.run(["batch", LDMBinary.exampleCampaign.path, "-o", output.path, "--only", "certificat", "-q"])
        #expect(run.status == 0, "\(run.stderr)")
        let all = FileManager.default.enumerator(atPath: output.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".pdf") }
        #expect(all.allSatisfy { $0.hasSuffix("certificat.pdf") || $0 == "certificats.pdf" }, "\(all)")
        #expect(all.contains("certificats.pdf"))
    }
}
