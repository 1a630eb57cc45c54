import Foundation
import Registry
import Testing

@Suite("ldm batch, revoke and registry")
struct RegistryCommandTests {
    /// A batch of the example campaign into a new folder; its registry is DIR/registre.sqlite.
    func batch(_ extra: [String] = [], campaign: URL = LDM.exampleCampaign) throws -> (output: URL, run: LDM.Run) {
        let output = try LDM.temporaryFolder().appendingPathComponent("sortie")
        return (output, try LDM.run(["batch", campaign.path, "-o", output.path, "-q"] + extra))
    }

    @Test func aBatchRecordsEachCertificateItWrote() async throws {
        let (output, run) = try batch()
        #expect(run.status == 0, "\(run.stderr)")
        let registry = output.appendingPathComponent("registre.sqlite").path
        let store = try await RegistryLocation.sqlite(path: registry).open(readOnly: true)
        let issued = try await store.certificates()
        await store.close()
        #expect(issued.map(\.uai) == ["0060034E", "0061987C", "0830761B"])
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("manifest.json"))) as! [String: Any]
        let files = Dictionary(uniqueKeysWithValues: (manifest["files"] as! [[String: Any]]).map { ($0["path"] as! String, $0["sha256"] as! String) })
        let certificates = manifest["certificats"] as! [[String: Any]]
        for (record, listed) in zip(issued, certificates) {
            #expect(record.code == listed["code"] as? String)
            #expect(record.number == listed["numero"] as? String)
            #expect(record.sha256 == files["\(record.uai)/certificat.pdf"])
        }
        let augier = issued[0]
        #expect(augier.school == "Lycée Jeanne et Paul Augier" && augier.town == "Nice")
        #expect(augier.label == "Lycée des métiers du tourisme, de l'hôtellerie et de la restauration")
        #expect((augier.validFrom, augier.validUntil, augier.decisionNumber, augier.decisionDate, augier.campaign)
                == ("2026-09-01", "2031-08-31", "2026-LDM-011", "2026-06-12", "2026-2027"))

        // The same batch again: the same certificates, none superseding itself.
        #expect(try LDM.run(["batch", LDM.exampleCampaign.path, "-o", output.path, "-q"]).status == 0)
        let list = try LDM.run(["registry", "list", "--registry", registry])
        #expect(list.status == 0)
        #expect(list.stdout.components(separatedBy: "\n").filter { $0.hasSuffix("  valide") }.count == 3)
        #expect(list.stdout.hasSuffix("3 certificats\n"))
        #expect(list.stdout.contains("CLM-2026-0060034E  \(augier.code)  Lycée Jeanne et Paul Augier (Nice)  du 01/09/2026 au 31/08/2031  valide\n"))
    }

    @Test func searchRevokeAndExport() throws {
        let (output, run) = try batch()
        #expect(run.status == 0)
        let registry = output.appendingPathComponent("registre.sqlite").path
        let byUAI = try LDM.run(["registry", "search", "0060034e", "--registry", registry])
        #expect(byUAI.status == 0)
        #expect(byUAI.stdout.hasPrefix("CLM-2026-0060034E  ") && byUAI.stdout.hasSuffix("1 certificat\n"))
        let code = String(byUAI.stdout.split(separator: " ", omittingEmptySubsequences: true)[1])

        let byCode = try LDM.run(["registry", "search", code.lowercased(), "--registry", registry])
        #expect(byCode.stdout == byUAI.stdout)
        let none = try LDM.run(["registry", "search", "0069999Z", "--registry", registry])
        #expect(none.status == 1 && none.stderr == "Aucun certificat pour « 0069999Z » dans le registre.\n")
        let neither = try LDM.run(["registry", "search", "n'importe quoi", "--registry", registry])
        #expect(neither.status == 2 && neither.stderr.contains("« n'importe quoi » n'est ni un UAI (sept chiffres et une lettre) ni un code de vérification"))

        let revoke = try LDM.run(["revoke", code, "--reason", "Décision annulée", "--registry", registry])
        #expect(revoke.status == 0)
        #expect(revoke.stdout == "Certificat CLM-2026-0060034E (\(code)) de Lycée Jeanne et Paul Augier révoqué : Décision annulée\n")
        let twice = try LDM.run(["revoke", code, "--reason", "encore", "--registry", registry])
        #expect(twice.status == 1 && twice.stderr.hasPrefix("erreur : le certificat \(code) (CLM-2026-0060034E) est déjà révoqué depuis le "))
        let unknown = try LDM.run(["revoke", "ZZZZ-ZZZZ-ZZ", "--reason", "x", "--registry", registry])
        #expect(unknown.status == 1 && unknown.stderr == "erreur : aucun certificat de code ZZZZ-ZZZZ-ZZ dans le registre\n")
        let malformed = try LDM.run(["revoke", "1' OR 1=1", "--reason", "x", "--registry", registry])
        #expect(malformed.status == 2 && malformed.stderr.contains("« 1' OR 1=1 » n'est pas un code de vérification"))
        #expect(try LDM.run(["registry", "search", code, "--registry", registry]).stdout.contains("  révoqué : Décision annulée\n"))

        let csv = output.deletingLastPathComponent().appendingPathComponent("registre.csv")
        let export = try LDM.run(["registry", "export", "-o", csv.path, "--registry", registry])
        #expect(export.status == 0 && export.stderr == "Registre exporté dans \(csv.path).\n")
        let lines = try String(contentsOf: csv, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines[0] == "numero;code;uai;etablissement;commune;intitule;debut;fin;decision;date_decision;campagne;sha256;emis_le;statut;remplace_par;revoque_le;motif")
        #expect(lines.count == 5 && lines[4].isEmpty)
        #expect(lines[1].hasPrefix("CLM-2026-0060034E;\(code);0060034E;Lycée Jeanne et Paul Augier;Nice;Lycée des métiers du tourisme, de l'hôtellerie et de la restauration;2026-09-01;2031-08-31;2026-LDM-011;2026-06-12;2026-2027;"))
        #expect(lines[1].hasSuffix(";révoqué;;\(lines[1].split(separator: ";", omittingEmptySubsequences: false)[15]);Décision annulée"))
        #expect(lines[2].hasSuffix(";valide;;;"))
    }

    @Test func aRegistryThatIsNotLdmsStopsTheBatchBeforeAnyFile() throws {
        let folder = try LDM.temporaryFolder()
        let foreign = folder.appendingPathComponent("notes.txt")
        try Data("mes notes".utf8).write(to: foreign)
        let output = folder.appendingPathComponent("sortie")
        let run = try LDM.run(["batch", LDM.exampleCampaign.path, "-o", output.path, "-q", "--registry", foreign.path])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("erreur : « \(foreign.path) » n'est pas un registre ldm : ce n'est pas une base SQLite lisible"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        #expect(try String(contentsOf: foreign, encoding: .utf8) == "mes notes")
    }

    @Test func anUnreachablePostgreSQLStopsTheBatchBeforeAnyFile() throws {
        let (output, run) = try batch(["--registry", "postgres://ldm@127.0.0.1:1/registre?sslmode=disable"])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("erreur : impossible de joindre le registre PostgreSQL 127.0.0.1:1 : "))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func aSchoolThatFailsRecordsNothing() async throws {
        let copy = try LDM.temporaryFolder().appendingPathComponent("campagne")
        try FileManager.default.copyItem(at: LDM.exampleCampaign, to: copy)
        let dossier = copy.appendingPathComponent("dossiers/0061987C.yaml")
        let text = try String(contentsOf: dossier, encoding: .utf8)
        try text.replacingOccurrences(of: "uai: \"0061987C\"", with: "uai: \"0061987\"").replacingOccurrences(of: "uai: 0061987C", with: "uai: 0061987")
            .write(to: dossier, atomically: true, encoding: .utf8)
        let (output, run) = try batch(campaign: copy)
        #expect(run.status == 1)
        let store = try await RegistryLocation.sqlite(path: output.appendingPathComponent("registre.sqlite").path).open(readOnly: true)
        #expect(try await store.certificates().map(\.uai) == ["0060034E", "0830761B"])
        await store.close()
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("0061987C").path))
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["LDM_TEST_POSTGRES_URL"] != nil,
                   "LDM_TEST_POSTGRES_URL is not set: the shared registry is not tested on PostgreSQL (make test sets it)"))
    func aSharedPostgreSQLRegistryIsFilledByBatchAndServed() async throws {
        let url = try await freshPostgresDatabase()
        let (_, run) = try batch(["--registry", url])
        #expect(run.status == 0, "\(run.stderr)")
        let list = try LDM.run(["registry", "list", "--registry", url])
        #expect(list.stdout.hasSuffix("3 certificats\n"))
        let code = String(list.stdout.split(separator: "\n")[0].split(separator: " ", omittingEmptySubsequences: true)[1])
        let server = try Server(registry: url)
        defer { server.stop() }
        let page = try http("\(server.base)/verifier/\(code)")
        #expect(page.status == 200)
        #expect(page.body.contains("<dd>Lycée Jeanne et Paul Augier</dd>"))
        #expect(try http("\(server.base)/verifier/ZZZZ-ZZZZ-ZZ").status == 404)
        #expect(try LDM.run(["revoke", code, "--reason", "Essai", "--registry", url]).status == 0)
        #expect(try http("\(server.base)/verifier/\(code)").body.contains("<strong>Révoqué</strong>"))
    }
}

/// A new database on the test server, made with psql.
func freshPostgresDatabase() async throws -> String {
    let server = ProcessInfo.processInfo.environment["LDM_TEST_POSTGRES_URL"]!
    var components = URLComponents(string: server)!
    let name = "ldm_cli_\(UUID().uuidString.prefix(8).lowercased())"
    let made = try command(URL(fileURLWithPath: "/usr/bin/psql"), ["-q", "-h", components.host!, "-p", String(components.port!),
                                                                   "-U", components.user!, "-d", "postgres", "-c", "CREATE DATABASE \(name)"])
    guard made.status == 0 else { throw Server.ServerError(text: made.stderr) }
    components.path = "/\(name)"
    return components.string!
}
