import Foundation
import Testing

/// `ldm check CAMPAGNE` finds the mistakes of the campaign's templates that a batch would meet for
/// some schools only: every variable and filter of every template the campaign uses, without data.
@Suite("check finds what batch would", .serialized)
struct TemplateCheckTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var files: [String: String]
        var error: String
        var hint: String?
        var testDescription: String { error }
    }

    static let cases: [Case] = [
        Case(files: ["decision.xml": "<document title=\"{{ decision.dat.texte }}\"/>\n"],
             error: "templates/decision.xml:1:21: erreur : « decision.dat.texte » : clé « dat » inconnue",
             hint: "vouliez-vous dire « decision.date.texte » ?"),
        Case(files: ["decision.xml": "<document>\n  <p>{{ campagne.annee|lowercas }}</p>\n</document>\n"],
             error: "templates/decision.xml:2:24: erreur : filtre inconnu « lowercas »",
             hint: "vouliez-vous dire « lowercase » ?"),
        // A branch no example school reaches, and a loop over an empty list: found all the same.
        Case(files: ["rapport.xml": "{% if est_renouvellement %}{% for f in formations %}{{ f.diplom }}{% endfor %}{% endif %}\n"],
             error: "templates/rapport.xml:1:56: erreur : « f.diplom » : clé « diplom » inconnue",
             hint: "vouliez-vous dire « f.diplome » ?"),
        Case(files: ["rapport.xml": "{% if etablisement.uai %}x{% endif %}\n"],
             error: "templates/rapport.xml:1:7: erreur : variable inconnue « etablisement »",
             hint: "vouliez-vous dire « etablissement » ?"),
        Case(files: ["dossier.xml": "{% for c in criteres %}{% include \"ligne.xml\" %}{% endfor %}\n",
                     "ligne.xml": "<p>{{ c.numero }} {{ c.intitul }}</p>\n"],
             error: "templates/ligne.xml:1:22: erreur : « c.intitul » : clé « intitul » inconnue",
             hint: "vouliez-vous dire « c.intitule » ?"),
        Case(files: ["decision.xml": "<p>{{ decision.date.jour }}</p>\n"],
             error: "templates/decision.xml:1:7: erreur : « decision.date.jour » : « jour » n'existe pas pour cette valeur",
             hint: nil),
        Case(files: ["synthese.xml": "{% for c in categories %}{{ c.etablissements.count }} {{ c.nombr }}{% endfor %}\n"],
             error: "templates/synthese.xml:1:58: erreur : « c.nombr » : clé « nombr » inconnue",
             hint: "vouliez-vous dire « c.nombre » ?"),
        // What only the document builder saw: elements, the theme and images named by constant paths.
        Case(files: ["decision.xml": "<document>\n  <p>x</p><tabel/>\n</document>\n"],
             error: "templates/decision.xml:2:11: erreur : élément inconnu <tabel>",
             hint: "vouliez-vous dire « table » ?"),
        Case(files: ["rapport.xml": "<document theme=\"nice.yaml\">\n</document>\n"],
             error: "templates/rapport.xml:1:11: erreur : thème « nice.yaml » introuvable", hint: nil),
        Case(files: ["rapport.xml": "<document theme=\"../../../../../../etc/passwd\">\n</document>\n"],
             error: "templates/rapport.xml:1:11: erreur : le chemin « ../../../../../../etc/passwd » sort du dossier de la campagne : "
                 + "seuls ses fichiers, les modèles et les polices fournis avec ldm peuvent être lus", hint: nil),
        Case(files: ["dossier.xml": "<document>\n<!-- <tabel> en commentaire -->\n{% if campagne.logo %}<image src=\"absent.png\"/>{% endif %}</document>\n"],
             error: "templates/dossier.xml:3:30: erreur : fichier image « absent.png » introuvable", hint: nil),
    ]

    @Test("a template's mistake is an error at its line and column, with a suggestion", arguments: cases)
    func brokenTemplate(_ testCase: Case) throws {
        let campaign = try LDMBinary.copyOfExample()
        for (name, text) in testCase.files {
            try text.write(to: campaign.appendingPathComponent("templates/\(name)"), atomically: true, encoding: .utf8)
        }
        let run = try LDMBinary.run(["check", "campagne-2026"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex(of: "campagne-2026/" + testCase.error), "\(run.stderr)")
        if let hint = testCase.hint {
            #expect(lines.dropFirst(index + 1).first == "  suggestion : \(hint)", "\(run.stderr)")
        }
        #expect(lines.last == "1 erreur, 0 avertissement", "\(run.stderr)")
    }

    @Test("the shipped templates and the example campaign's override pass the check")
    func shippedTemplates() throws {
        let run = try LDMBinary.run(["check", LDMBinary.exampleCampaign.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "données valides\n" || run.stderr == "données valides\n", "\(run.stdout)\(run.stderr)")
    }

    @Test("batch reports a template's mistake once, as the template's, and writes nothing")
    func batchReportsOnce() throws {
        let campaign = try LDMBinary.copyOfExample()
        try "<document title=\"{{ decision.dat.texte }}\"/>\n"
            .write(to: campaign.appendingPathComponent("templates/decision.xml"), atomically: true, encoding: .utf8)
        let output = campaign.deletingLastPathComponent().appendingPathComponent("sortie")
        let run = try LDMBinary.run(["batch", "campagne-2026", "-o", output.path], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        let error = "campagne-2026/templates/decision.xml:1:21: erreur : « decision.dat.texte » : clé « dat » inconnue"
        #expect(run.stderr.components(separatedBy: error).count == 2, "\(run.stderr)")
        #expect(run.stderr.contains("1 erreur dans les modèles de la campagne : aucun document n'est produit"), "\(run.stderr)")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        #expect(written.filter { $0.hasSuffix(".pdf") } == [])
    }

    @Test("batch reports a mistake met only while rendering (a filter refusing a value) once, at the template's line")
    func batchReportsRuntimeMistakeOnce() throws {
        let campaign = try LDMBinary.copyOfExample()
        let template = campaign.appendingPathComponent("templates/certificat.xml")
        try String(contentsOf: template, encoding: .utf8)
            .replacingOccurrences(of: "{{ campagne.region_academique }}", with: "{{ campagne.region_academique|nombre }}")
            .write(to: template, atomically: true, encoding: .utf8)
        #expect(try LDMBinary.run(["check", "campagne-2026"], in: campaign.deletingLastPathComponent()).status == 0)
        let output = campaign.deletingLastPathComponent().appendingPathComponent("sortie")
        let run = try LDMBinary.run(["batch", "campagne-2026", "-q", "-o", "sortie"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        let position = "campagne-2026/templates/certificat.xml:8:47"
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("\(position): erreur : ") }, "\(run.stderr)")
        #expect(lines.filter { $0.hasPrefix(position) }.count == 1, "\(run.stderr)")
        #expect(lines[index + 1] == "  note : rencontrée en produisant les documents de 3 établissements : 0060034E, 0061987C, 0830761B")
        #expect(!run.stderr.contains("en produisant le fichier de données"), "\(run.stderr)")
        #expect(run.stderr.contains("  0061987C : 0061987C/certificat.pdf: erreur du modèle \(position), signalée plus haut\n"), "\(run.stderr)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: output.path)
        #expect(!written.contains { $0.hasSuffix("certificat.pdf") || $0 == "certificats.pdf" }, "\(written)")
    }

    @Test("batch reports a certificate whose text cannot fit even set smaller at the template's <place>, with the fix; the others are made")
    func batchReportsTextOverPlacedBlock() throws {
        let campaign = try LDMBinary.copyOfExample()
        let dossier = campaign.appendingPathComponent("dossiers/0060034E.yaml")
        let name = "Lycée " + Array(repeating: "polyvalent régional d’enseignement général et technologique", count: 12).joined(separator: " ")
        try String(contentsOf: dossier, encoding: .utf8)
            .replacingOccurrences(of: "nom: \"Lycée Jeanne et Paul Augier\"", with: "nom: \"\(name)\"")
            .write(to: dossier, atomically: true, encoding: .utf8)
        let output = campaign.deletingLastPathComponent().appendingPathComponent("sortie")
        let run = try LDMBinary.run(["batch", "campagne-2026", "-q", "-o", "sortie"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        let index = try #require(lines.firstIndex { $0.hasPrefix("modèles fournis/national/certificat.xml:42:1: erreur : le texte « ") }, "\(run.stderr)")
        #expect(lines[index].hasSuffix(" sur le bloc placé (<place>) : le fil du texte ne s'écarte pas des blocs placés, même réduit à 75\u{00A0}%"))
        #expect(lines[index + 1] == "  note : rencontrée en produisant les documents de l’établissement : 0060034E")
        #expect(lines[index + 2].hasPrefix("  suggestion : raccourcissez le texte qui précède le bloc"))
        #expect(lines.contains("  0060034E : 0060034E/certificat.pdf: erreur du modèle modèles fournis/national/certificat.xml:42:1, signalée plus haut"))
        #expect(run.stderr.contains("1 établissement en échec"), "\(run.stderr)")
        let written = try FileManager.default.subpathsOfDirectory(atPath: output.path)
        #expect(!written.contains("0060034E/certificat.pdf") && written.contains("0061987C/certificat.pdf"), "\(written)")
    }

    @Test("an include loop through the shipped templates names them « modèles fournis », never where ldm is installed")
    func loopThroughShippedTemplates() throws {
        let campaign = try LDMBinary.copyOfExample()
        try "{% include \"decision.xml\" %}\n".write(to: campaign.appendingPathComponent("templates/emetteur.xml"),
                                                   atomically: true, encoding: .utf8)
        let run = try LDMBinary.run(["check", "campagne-2026"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        let loop = "« {% include \"emetteur.xml\" %} » ramène à un modèle déjà en cours : les modèles s'incluent en boucle"
        #expect(run.stderr.contains("""
            modèles fournis/national/decision.xml:12:11: erreur : \(loop)
              note : modèles fournis/national/dossier.xml:12:1 : {% include "emetteur.xml" %}
              note : campagne-2026/templates/emetteur.xml:1:1 : {% include "decision.xml" %}
              note : modèles fournis/national/decision.xml:12:11 : {% include "emetteur.xml" %}

            """), "\(run.stderr)")
        #expect(!run.stderr.contains(LDMBinary.root.path), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("2 erreurs, 0 avertissement\n"), "\(run.stderr)")
    }

    /// A valid PNG signature and a 10 × 10 header, then data that do not decode.
    static let brokenPNG: Data = {
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            let count = UInt32(body.count)
            let length = [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: count >> $0) }
            return length + Array(type.utf8) + body + [0, 0, 0, 0]
        }
        let header: [UInt8] = [0, 0, 0, 10, 0, 0, 0, 10, 8, 2, 0, 0, 0]
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IDAT", Array("pas du zlib".utf8))
                    + chunk("IEND", []))
    }()

    @Test("check loads the images and the themes the templates name: a broken PNG, a theme's bad value, at their lines")
    func imagesAndThemesLoaded() throws {
        let campaign = try LDMBinary.copyOfExample()
        try Self.brokenPNG.write(to: campaign.appendingPathComponent("templates/casse.png"))
        try "<document>\n  <image src=\"casse.png\"/>\n</document>\n"
            .write(to: campaign.appendingPathComponent("templates/decision.xml"), atomically: true, encoding: .utf8)
        try "styles:\n  body: { size: 10.5pts }\n".write(to: campaign.appendingPathComponent("templates/theme.yaml"),
                                                        atomically: true, encoding: .utf8)
        let top = campaign.deletingLastPathComponent()
        let run = try LDMBinary.run(["check", "campagne-2026"], in: top)
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.contains("campagne-2026/templates/decision.xml:2:10: erreur : l’image « casse.png » est un PNG illisible"),
                "\(run.stderr)")
        #expect(lines.contains { $0.hasPrefix("campagne-2026/templates/theme.yaml:2:17: erreur : ") && $0.contains("10.5pts") },
                "\(run.stderr)")
        // What render meets is what check found; nothing is written.
        let render = try LDMBinary.run(["render", "decision", "campagne-2026/dossiers/0060034E.yaml", "-o", "d.pdf"], in: top)
        #expect(render.status == 1)
        #expect(render.stderr.hasPrefix("campagne-2026/templates/decision.xml:2:10: erreur : l’image « casse.png » est un PNG illisible\n"),
                "\(render.stderr)")
        #expect(!FileManager.default.fileExists(atPath: top.appendingPathComponent("d.pdf").path))
        let batch = try LDMBinary.run(["batch", "campagne-2026", "-q", "-o", "sortie"], in: top)
        #expect(batch.status == 1)
        let written = (try? FileManager.default.subpathsOfDirectory(atPath: top.appendingPathComponent("sortie").path)) ?? []
        #expect(!written.contains { $0.hasSuffix(".pdf") || $0 == "manifest.json" }, "\(written)")
    }
}
