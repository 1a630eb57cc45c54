import Foundation
import Label
import Templates
import Testing
@testable import Publishing

/// Copies of the example campaign changed for one case: a long formation table, tricky strings,
/// a refusal, an académie's override, missing files.
@Suite("Campaign variants", .serialized)
struct VariantCampaignTests {
    let render: Render

    init() throws { render = try Render() }

    @Test("the formation table's header repeats on every page it spans")
    func repeatedHeader() throws {
        let copy = try CampaignCopy("formations")
        try copy.edit("dossiers/0060034E.yaml") { text in
            var formations = "formations:\n"
            for index in 1...70 {
                formations += """
                  - diplome: "Bac pro"
                    specialite: "Spécialité d'essai numéro \(index)"
                    niveau: 4
                    voies: [scolaire, apprentissage]
                    effectifs: { scolaire: \(10 + index), apprentissage: \(index % 7) }

                """
            }
            return try text.replacingOnce("formations:\n", with: formations)
        }
        let loaded = try LoadedCampaign(copy.folder)
        let pdf = try render.pdf(.dossier, try loaded.dossier("0060034E"), loaded.campaign)
        let pages = try pdf.pages()
        let tablePages = pages.indices.filter { index in
            pages[index].flattened.contains("Spécialité d'essai numéro")
        }
        #expect(tablePages.count >= 2, "the table spans pages")
        for index in tablePages {
            #expect(pages[index].contains("Spécialité (code CFD)"), "header on page \(index + 1)")
            #expect(pages[index].contains("Voies de formation et effectifs"), "header on page \(index + 1)")
        }
        #expect(pages.joined().flattened.contains("Total (77 formations)"))
    }

    @Test("a value with & and < prints as is; French spaces come out as no-break spaces")
    func escapingAndSpacing() throws {
        let copy = try CampaignCopy("escaping")
        try copy.edit("dossiers/0061987C.yaml") { text in
            try text.replacingOnce("nom: \"Lycée polyvalent privé Saint-Exupéry-les-Oliviers\"", with: "nom: \"Arts & Métiers <Sud>\"")
        }
        let loaded = try LoadedCampaign(copy.folder)
        let dossier = try loaded.dossier("0061987C")
        for kind in [DocumentKind.decision, .certificat, .dossier] {
            let text = try render.pdf(kind, dossier, loaded.campaign).text()
            #expect(text.flattened.contains("Arts & Métiers <Sud>"), "\(kind)")
            #expect(!text.contains("&amp;") && !text.contains("&lt;"), "\(kind)")
        }
        // What the PDF draws (pdftotext prints no-break spaces as ordinary ones).
        let decision = try render.lines(.decision, dossier, loaded.campaign).joined(separator: "\n")
        #expect(decision.contains("Arts & Métiers <Sud>"))
        #expect(decision.contains("DÉCIDE\u{00A0}:"))
        #expect(decision.contains("«\u{00A0}lycée des métiers\u{00A0}»"))
        #expect(decision.contains("n°\u{00A0}2026-LDM"))
        #expect(decision.contains("D.\u{00A0}335-4\u{202F};"), "no break after « D. », a narrow no-break space before ;")
        #expect(!decision.contains("DÉCIDE :") && !decision.contains("« lycée"), "never an ordinary space there")
    }

    @Test("a refusal gives a refusal decision and no certificate, the error naming the file")
    func refusal() throws {
        let copy = try CampaignCopy("refus")
        try copy.edit("dossiers/0830761B.yaml") { text in
            var changed = try text.replacingOnce("issue: attribution", with: "issue: refus")
            changed = try changed.replacingOnce("  debut: 2026-09-01\n", with: "")
            return changed
        }
        let loaded = try LoadedCampaign(copy.folder)
        let dossier = try loaded.dossier("0830761B")
        let flat = try render.pdf(.decision, dossier, loaded.campaign).text().flattened
        #expect(flat.contains("portant refus d'attribution du label « lycée des métiers »"))
        #expect(flat.contains("Article 1er"))
        #expect(flat.contains("n'est pas attribué"))
        #expect(flat.contains("Considérant que"))
        #expect(flat.contains("Voies et délais de recours"))
        #expect(!flat.contains("à compter du"))
        let error = #expect(throws: PublishingError.self) {
            _ = try render.publisher.layout(.certificat, dossier: dossier, campaign: loaded.campaign)
        }
        #expect(error?.message.contains("0830761B.yaml") == true)
        #expect(error?.message.contains("refus") == true)
        // The summary lists it apart.
        let summary = try render.summary(loaded).text().flattened
        let refusals = summary.components(separatedBy: "3. Refus").last ?? ""
        #expect(refusals.contains("0830761B"))
    }

    @Test("a report without partial or unmet criterion has no fiche d'écart; an unmet one has its sheet")
    func gapSheetsFollowAppreciations() throws {
        let copy = try CampaignCopy("ecarts")
        try copy.edit("dossiers/0060034E.yaml") { text in
            var changed = try text.replacingOnce("appreciation: partiellement_satisfait", with: "appreciation: satisfait")
            changed = try changed.replacingOnce("C5: { appreciation: satisfait", with: "C5: { appreciation: non_satisfait")
            return changed
        }
        let loaded = try LoadedCampaign(copy.folder)
        let flat = try render.pdf(.rapport, try loaded.dossier("0060034E"), loaded.campaign).text().flattened
        #expect(flat.occurrences(of: "Fiche d'écart n° ") == 1)
        #expect(flat.contains("Fiche d'écart n° 1 – critère 5"))
        #expect(!flat.contains("critère 7 Critère"))

        try copy.edit("dossiers/0060034E.yaml") { text in
            try text.replacingOnce("C5: { appreciation: non_satisfait", with: "C5: { appreciation: satisfait")
        }
        let none = try LoadedCampaign(copy.folder)
        let plain = try render.pdf(.rapport, try none.dossier("0060034E"), none.campaign).text().flattened
        #expect(plain.occurrences(of: "Fiche d'écart n° ") == 0)
        #expect(plain.contains("aucune fiche d'écart"))
    }

    @Test("the académie's certificat.xml replaces only the header block")
    func academieOverride() throws {
        let example = try LoadedCampaign()
        let dossier = try example.dossier("0061987C")
        let flat = try render.pdf(.certificat, dossier, example.campaign).text().flattened
        #expect(flat.contains("Départements des Alpes-Maritimes et du Var"), "the académie's header")
        #expect(flat.contains("Label « lycée des métiers »"), "the national blocks stay")
        #expect(flat.contains("Code de vérification"))

        // Without the override, the national header.
        let copy = try CampaignCopy("national")
        try copy.remove("templates/certificat.xml")
        let national = try LoadedCampaign(copy.folder)
        let plain = try render.pdf(.certificat, try national.dossier("0061987C"), national.campaign).text().flattened
        #expect(!plain.contains("Départements des Alpes-Maritimes et du Var"))
        #expect(plain.contains("Label « lycée des métiers »"))
    }

    @Test("a missing logo file is a clear error naming campagne.yaml")
    func missingLogo() throws {
        let copy = try CampaignCopy("logo")
        try copy.remove("logo.svg")
        let load = CampaignLoader.load(folder: copy.folder)
        let errors = load.diagnostics.filter { $0.severity == .error }.map { "\($0)" }
        #expect(errors.contains { $0.contains("campagne.yaml") && $0.contains("fichier de logo « logo.svg » introuvable") }, "\(errors)")
    }

    @Test("an académie template naming a missing image or an unknown element fails at its place")
    func academieTemplateErrors() throws {
        let copy = try CampaignCopy("template-errors")
        try copy.write("templates/certificat.xml", """
            {% extends "certificat.xml" %}
            {% block entete %}<image src="armoiries.png" height="1cm"/>{% endblock %}
            """)
        let loaded = try LoadedCampaign(copy.folder)
        let dossier = try loaded.dossier("0061987C")
        let error = #expect(throws: TemplateError.self) {
            _ = try render.publisher.layout(.certificat, dossier: dossier, campaign: loaded.campaign)
        }
        let message = error.map { "\($0)" } ?? ""
        #expect(message.contains("templates/certificat.xml:2:"), "\(message)")
        #expect(message.contains("fichier image « armoiries.png » introuvable"), "\(message)")
        #expect(message.contains("0061987C.yaml"), "the data file in a note: \(message)")

        try copy.write("templates/certificat.xml", """
            {% extends "certificat.xml" %}
            {% block entete %}<para>Académie</para>{% endblock %}
            """)
        let unknown = #expect(throws: TemplateError.self) {
            _ = try render.publisher.layout(.certificat, dossier: dossier, campaign: loaded.campaign)
        }
        let text = unknown.map { "\($0)" } ?? ""
        #expect(text.contains("templates/certificat.xml:2:") && text.contains("élément inconnu <para>"), "\(text)")
    }

    @Test("a report asked for a dossier without evaluation says which file lacks it")
    func missingEvaluation() throws {
        let example = try LoadedCampaign()
        guard let dossier = example.dossiers.first(where: { $0.evaluation == nil }) else { return }
        let error = #expect(throws: PublishingError.self) {
            _ = try render.publisher.layout(.rapport, dossier: dossier, campaign: example.campaign)
        }
        #expect(error?.message.contains(dossier.file.lastPathComponent) == true)
        #expect(error?.message.contains("evaluation") == true)
    }
}
