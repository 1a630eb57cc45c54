import Foundation
import Testing

/// What a new user meets: French help and messages, init → check → status, CSV formations, an
/// installed ldm run from elsewhere.
@Suite("User tour", .serialized)
struct UserTourTests {
    static let snapshots = LDMBinary.root.appendingPathComponent("Tests/ldmTests/Snapshots")

    /// `--help` of every command, compared with Tests/ldmTests/Snapshots/<command>.txt
    /// (LDM_UPDATE_SNAPSHOTS=1 rewrites them).
    @Test("--help of every command is the French snapshot", arguments: ["", "init", "check", "status", "render", "batch", "demo", "verify", "schema"])
    func helpSnapshot(command: String) throws {
        let run = try LDMBinary.run(command.isEmpty ? ["--help"] : [command, "--help"])
        #expect(run.status == 0)
        let file = Self.snapshots.appendingPathComponent("\(command.isEmpty ? "ldm" : command).txt")
        if ProcessInfo.processInfo.environment["LDM_UPDATE_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: Self.snapshots, withIntermediateDirectories: true)
            try run.stdout.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(run.stdout == (try String(contentsOf: file, encoding: .utf8)))
        #expect(!run.stdout.contains("OVERVIEW") && !run.stdout.contains("Show help"))
    }

    @Test("usage errors are in French and exit with 2")
    func usageErrors() throws {
        let missing = try LDMBinary.run(["check"])
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("erreur : argument obligatoire absent : « <chemins> ... »\n"))
        let kind = try LDMBinary.run(["render", "affiche", "x.yaml"])
        #expect(kind.status == 2)
        #expect(kind.stderr.hasPrefix("erreur : la valeur « affiche » ne convient pas pour « <genre> » ; valeurs possibles : « dossier », « rapport », « decision » ou « certificat ».\n"))
        let option = try LDMBinary.run(["batch", "x", "--quite"])
        #expect(option.stderr.hasPrefix("erreur : option inconnue « --quite » ; vouliez-vous dire « --quiet » ?\n"))
        #expect(try LDMBinary.run(["batch", "x", "--jobs", "0"]).stderr.hasPrefix("erreur : --jobs doit valoir au moins 1\n"))
    }

    @Test("a misspelt key: the exact French diagnostic, and the same as JSON")
    func diagnosticsHumanAndJSON() throws {
        let campaign = try LDMBinary.copyOfExample()
        let file = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "    niveau: 4\n    voies: [scolaire, apprentissage, vae]",
                                      with: "    niveua: 4\n    voies: [scolaire, apprentissage, vae]")
            .write(to: file, atomically: true, encoding: .utf8)
        let human = try LDMBinary.run(["check", file.path])
        #expect(human.status == 1)
        #expect(human.stderr == """
            \(file.path):44:5: erreur : clé inconnue « niveua » dans « formations »
              suggestion : vouliez-vous dire « niveau » ?
            1 erreur, 0 avertissement

            """)
        let json = try LDMBinary.run(["check", file.path, "--diagnostics", "json"])
        #expect(json.status == 1)
        #expect(json.stderr.isEmpty)
        let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let diagnostics = report["diagnostics"] as! [[String: Any]]
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["file"] as? String == file.path)
        #expect(diagnostics.first?["line"] as? Int == 44)
        #expect(diagnostics.first?["column"] as? Int == 5)
        #expect(diagnostics.first?["severity"] as? String == "error")
        #expect(diagnostics.first?["message"] as? String == "clé inconnue « niveua » dans « formations »")
        let notes = diagnostics.first?["notes"] as? [[String: String]]
        #expect(notes == [["kind": "hint", "message": "vouliez-vous dire « niveau » ?"]])
        #expect(report["errors"] as? Int == 1)
    }

    @Test("render and batch give JSON diagnostics too")
    func renderAndBatchJSON() throws {
        let campaign = try LDMBinary.copyOfExample()
        let file = campaign.appendingPathComponent("dossiers/0831452C.yaml")
        let render = try LDMBinary.run(["render", "rapport", file.path, "-o", campaign.appendingPathComponent("r.pdf").path,
                                        "--diagnostics", "json"])
        #expect(render.status == 1)
        let report = try JSONSerialization.jsonObject(with: Data(render.stdout.utf8)) as! [String: Any]
        let message = (report["diagnostics"] as! [[String: Any]]).first?["message"] as? String
        #expect(message?.contains("pas de rapport d'évaluation : le fichier n'a pas encore de section « evaluation »") == true)
        let batch = try LDMBinary.run(["batch", campaign.path, "-o", campaign.appendingPathComponent("sortie").path,
                                       "--only", "certificat", "--diagnostics", "json"])
        #expect(batch.status == 0, "\(batch.stderr)")
        let written = (try JSONSerialization.jsonObject(with: Data(batch.stdout.utf8)) as! [String: Any])["written"] as! [String]
        #expect(written.contains("certificats.pdf"))
    }

    /// Fills every « À REMPLIR » of a file written by `ldm init` with a value of its key.
    static func fill(_ text: String) -> String {
        let values = ["campagne": "\"2026-2027\"", "lieu": "Nice", "civilite": "Mme", "prenom": "Claire", "nom": "Durand",
                      "titre": "La rectrice de l'académie de Nice", "type": "candidature", "nature": "LP", "statut": "public",
                      "voie": "1 rue de la Paix", "code_postal": "\"06000\"", "commune": "Nice",
                      "intitule": "Lycée des métiers de la cuisine", "ensemble_de_metiers": "Cuisine et service.",
                      "diplome": "Bac pro", "specialite": "Cuisine", "niveau": "4", "voies": "[scolaire]",
                      "etat_des_lieux": "Texte.", "auto_evaluation": "satisfait", "date": "2026-03-14",
                      "deliberation": "\"2026-12\"", "pour": "20", "contre": "0", "abstention": "1"]
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.contains("# À REMPLIR"), let colon = line.firstIndex(of: ":") else { return String(line) }
            let key = line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: " -"))
            return "\(line[...colon]) \(values[key] ?? "INCONNU-\(key)")"
        }.joined(separator: "\n")
    }

    @Test("init writes a campaign that check accepts once its placeholders are filled; --school adds a school")
    func initThenCheck() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let run = try LDMBinary.run(["init", "campagne", "--academie", "Nice", "--school", "0060034E"], in: base)
        #expect(run.status == 0, "\(run.stderr)")
        let folder = base.appendingPathComponent("campagne")
        let unfilled = try LDMBinary.run(["check", "campagne"], in: base)
        #expect(unfilled.status == 1)
        #expect(unfilled.stderr.contains("campagne/campagne.yaml:6:1: erreur : « campagne » n'a pas de valeur"))
        for name in ["campagne.yaml", "dossiers/0060034E.yaml"] {
            let file = folder.appendingPathComponent(name)
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.hasPrefix("# yaml-language-server: $schema=file://"))
            #expect(text.contains("/schema/\(name == "campagne.yaml" ? "campagne" : "dossier").schema.json\n"))
            try Self.fill(text).write(to: file, atomically: true, encoding: .utf8)
        }
        let dossier = try String(contentsOf: folder.appendingPathComponent("dossiers/0060034E.yaml"), encoding: .utf8)
        #expect(dossier.contains("  # C8 : Politique active de communication\n  C8:\n"))
        #expect(!dossier.contains("INCONNU"))
        let filled = try LDMBinary.run(["check", "campagne"], in: base)
        #expect(filled.status == 0, "\(filled.stderr)")

        let added = try LDMBinary.run(["init", "--school", "0061987C", "campagne"], in: base)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("dossiers/0061987C.yaml").path))
        let again = try LDMBinary.run(["init", "--school", "0061987C", "campagne"], in: base)
        #expect(again.status == 1)
        #expect(again.stderr == "erreur : campagne/dossiers/0061987C.yaml existe déjà : ldm ne remplace jamais un fichier\n")
        let wrong = try LDMBinary.run(["init", "--school", "0061987D", "campagne"], in: base)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.hasPrefix("erreur : lettre de contrôle erronée dans l'UAI « 0061987D » : la lettre de 0061987 est C\n"))
    }

    @Test("status of the example campaign: one line per school and the totals")
    func statusOfTheExample() throws {
        let run = try LDMBinary.run(["status", LDMBinary.exampleCampaign.path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(lines == [
            "UAI Établissement Étape Pour le document suivant Erreurs",
            "0060034E Lycée Jeanne et Paul Augier décidé — 0",
            "0061987C Lycée polyvalent privé Saint-Exupéry-les-Oliviers décidé — 0",
            "0830761B EREA Les Cigales décidé — 0",
            "0831452C Lycée professionnel du Val d'Argens dossier déposé « evaluation » (rapport d'évaluation) 0",
            "4 établissements : 1 dossier déposé, 3 décidés ; 0 erreur",
        ])
        let csv = try LDMBinary.run(["status", LDMBinary.exampleCampaign.path, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("uai;etablissement;etape;manque;erreurs\n0060034E;Lycée Jeanne et Paul Augier;décidé;;0\n"))
    }

    @Test("formations from a CSV file: accepted, and errors at the CSV's line and column")
    func formationsFromCSV() throws {
        let campaign = try LDMBinary.copyOfExample()
        let file = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        let start = text.range(of: "\nformations:")!.lowerBound
        let end = text.range(of: "\npartenariats:")!.lowerBound
        text.replaceSubrange(start..<end, with: "\nformations: formations.csv")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let csv = campaign.appendingPathComponent("dossiers/formations.csv")
        let good = "\u{FEFF}diplome;specialite;cfd;niveau;scolaire;apprentissage;formation_continue;vae\r\n"
            + "Bac pro;Cuisine;40022106;4;48;12;;x\r\n\"CAP\";\"Service; restauration\";;3;24;;;\r\n"
        try good.write(to: csv, atomically: true, encoding: .utf8)
        let valid = try LDMBinary.run(["check", file.path])
        #expect(valid.status == 0, "\(valid.stderr)")
        let bad = "diplome,specialite,niveau,scolaire,apprentisage\nBac pro,Cuisine,4,oui,\n\"BTS\",\"MHR\",6,12,\nCAP,Cuisine,3,,\n"
        try bad.write(to: csv, atomically: true, encoding: .utf8)
        let invalid = try LDMBinary.run(["check", file.path])
        #expect(invalid.status == 1)
        let path = csv.path
        #expect(invalid.stderr == """
            \(path):1:36: erreur : colonne inconnue « apprentisage »
              suggestion : vouliez-vous dire « apprentissage » ?
            \(path):2:19: erreur : valeur « oui » invalide dans la colonne « scolaire »
              note : une voie a son effectif, x si elle est ouverte sans effectif connu, ou rien si elle ne l'est pas
            \(path):3:13: erreur : un diplôme BTS est de niveau 5, pas de niveau 6
            \(path):4:1: erreur : « voies » est vide
              note : une formation est ouverte par au moins une voie
            4 erreurs, 0 avertissement

            """)
    }

    @Test("make install into a temporary prefix, then a render from another folder without LDM_HOME")
    func installedBinaryFindsItsResources() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-prefix-\(UUID().uuidString)")
        let make = try Command.run("/usr/bin/make", ["-C", LDMBinary.root.path, "install-files", "PREFIX=\(prefix.path)",
                                                     "BINARY=\(LDMBinary.url.path)"])
        #expect(make.status == 0, "\(make.stderr)")
        var environment = ProcessInfo.processInfo.environment
        environment["LDM_HOME"] = nil
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-elsewhere-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let installed = prefix.appendingPathComponent("bin/ldm").path
        let version = try Command.run(installed, ["--version"], environment: environment, in: elsewhere)
        #expect(version.stdout.hasPrefix("ldm 0.1.0 (commit "))
        #expect(!version.stdout.contains("inconnu"))
        let school = prefix.appendingPathComponent("share/ldm/examples/campagne-2026/dossiers/0060034E.yaml").path
        let render = try Command.run(installed, ["render", "certificat", school, "-o", "certificat.pdf"],
                                     environment: environment, in: elsewhere)
        #expect(render.status == 0, "\(render.stderr)")
        let text = try tool("pdftotext", [elsewhere.appendingPathComponent("certificat.pdf").path, "-"])
        #expect(text.contains("Lycée Jeanne et Paul Augier"))
    }
}
