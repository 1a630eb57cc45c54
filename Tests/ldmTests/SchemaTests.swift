import Foundation
import Testing

/// The JSON Schemas shipped in schema/: generated from the format's description, up to date, accepting
/// the example campaign, and agreeing with `ldm check` on which keys exist and which are required.
/// The schema side runs in Python's jsonschema (python3-jsonschema, installed by `make deps`).
@Suite("JSON Schema", .serialized)
struct SchemaTests {
    static let schemaFolder = LDMBinary.root.appendingPathComponent("schema")
    static let script = LDMBinary.root.appendingPathComponent("Tests/ldmTests/Schema/schema_check.py").path

    static func python(_ arguments: [String]) throws -> Any {
        let run = try Command.run("/usr/bin/python3", [script] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }

    @Test("schema/ holds what `ldm schema` generates (run `make schema` after changing the format)")
    func shippedSchemasAreUpToDate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-schema-\(UUID().uuidString)")
        let run = try LDMBinary.run(["schema", folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["campagne", "dossier", "criteres"] {
            let generated = try String(contentsOf: folder.appendingPathComponent("\(name).schema.json"), encoding: .utf8)
            let shipped = try String(contentsOf: Self.schemaFolder.appendingPathComponent("\(name).schema.json"), encoding: .utf8)
            #expect(generated == shipped, "schema/\(name).schema.json is stale")
        }
    }

    @Test("the example campaign, the built-in criteria sets and the test fixtures are valid")
    func examplesAreValid() throws {
        let example = LDMBinary.exampleCampaign
        var files = ["campagne=\(example.path)/campagne.yaml", "criteres=\(example.path)/criteres-nice-2026.yaml"]
        files += try FileManager.default.contentsOfDirectory(atPath: example.appendingPathComponent("dossiers").path)
            .map { "dossier=\(example.path)/dossiers/\($0)" }
        files += ["national-2005", "national-2016", "national-2023"].map { "criteres=\(LDMBinary.root.path)/templates/criteres/\($0).yaml" }
        let fixtures = LDMBinary.root.appendingPathComponent("Tests/LabelTests/Fixtures/campaign").path
        files += ["campagne=\(fixtures)/campagne.yaml", "criteres=\(fixtures)/criteres.yaml",
                  "dossier=\(fixtures)/dossier.yaml", "dossier=\(fixtures)/dossier.json"]
        let report = try Self.python(["validate", Self.schemaFolder.path] + files) as! [String: [String]]
        #expect(report.count == files.count)
        for (file, errors) in report { #expect(errors.isEmpty, "\(file): \(errors)") }
    }

    /// Bad inputs, each one change of the example's 0060034E.yaml: both the schema and `ldm check` reject them.
    static let badInputs: [(String, String)] = [
        ("nature: LP", "nature: PL"),
        ("statut: public", "statut: publique"),
        ("type: renouvellement", "type: premier"),
        ("niveau: 4", "niveau: quatre"),
        ("niveau: 4", "niveau: 9"),
        ("voies: [scolaire, apprentissage, vae]", "voies: [scolaire, alternance]"),
        ("voies: [scolaire, apprentissage, vae]", "voies: []"),
        ("pour: 22", "pour: beaucoup"),
        ("\nformations:", "\nformation:"),
        ("auto_evaluation: satisfait", "auto_evaluation: bien"),
        ("avis: favorable\n", "avis: oui\n"),
        ("issue: renouvellement_avec_modification", "issue: accord"),
        ("date_visite: 2026-03-19", "date_visite: 19 mars 2026"),
    ]

    @Test("bad inputs are rejected by the schema and by ldm check", arguments: badInputs)
    func badInputIsRejectedByBoth(old: String, new: String) throws {
        let campaign = try LDMBinary.copyOfExample()
        let file = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try #require(text.contains(old), "the example has no \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        let report = try Self.python(["validate", Self.schemaFolder.path, "dossier=\(file.path)"]) as! [String: [String]]
        #expect(report[file.path]?.isEmpty == false, "the schema accepts \(new)")
        let check = try LDMBinary.run(["check", file.path])
        #expect(check.status == 1, "ldm check accepts \(new)")
    }

    @Test("schema and ldm check agree: every required key removed and an unknown key added in every mapping")
    func schemaAndCheckAgreeOnKeys() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-mutations-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let mutations = try Self.python(["mutate", Self.schemaFolder.path, LDMBinary.exampleCampaign.path, out.path])
            as! [[String: Any]]
        #expect(mutations.count > 100)
        let files = mutations.map { "\($0["folder"] as! String)/\($0["file"] as! String)" }
        // One run of `ldm check` for every mutated file.
        let run = try LDMBinary.run(["check", "--diagnostics", "json"] + files)
        let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        var messages: [String: [String]] = [:]
        for diagnostic in report["diagnostics"] as! [[String: Any]] where diagnostic["severity"] as? String == "error" {
            messages[diagnostic["file"] as! String, default: []].append(diagnostic["message"] as! String)
        }
        for (mutation, file) in zip(mutations, files) {
            let key = mutation["key"] as! String
            let what = "\(mutation["change"]!) « \(key) » in « \(mutation["path"]!) » of \(mutation["file"]!)"
            #expect((mutation["schema_errors"] as! Int) > 0, "the schema accepts \(what)")
            let found = messages[file] ?? []
            let expected = mutation["change"] as! String == "removed"
                ? ["clé obligatoire « \(key) » absente"]
                : ["clé inconnue « \(key) »", "critère « \(key) » inconnu"]
            #expect(found.contains { message in expected.contains { message.hasPrefix($0) } }, "ldm check misses \(what): \(found)")
        }
    }
}
