import Foundation
import Label
import Pages
import Testing
@testable import Publishing

/// The acts read as an official would sign them, for every combination of data: who decides and
/// who signs, agreement with the persons, counted nouns, a refusal's considérants, the criteria set.
@Suite("Wording of the acts", .serialized)
struct ActWordingTests {
    let render: Render

    init() throws { render = try Render() }

    /// The example campaign changed where the example has only one side of a rule: a refusal with
    /// both unmet and partial criteria, signed by an interim, for a school with a single formation.
    func variant() throws -> LoadedCampaign {
        let copy = try CampaignCopy("wording")
        try copy.edit("dossiers/0830761B.yaml") { text in
            var changed = try text.replacingOnce("issue: attribution", with: """
                issue: refus
                  signataire:
                    civilite: M.
                    prenom: "Paul"
                    nom: "Orsini"
                    titre: "Le secrétaire général de l'académie de Nice"
                    delegation: true
                    autorite: "le recteur de la région académique Provence-Alpes-Côte d'Azur"
                """)
            changed = try changed.replacingOnce("  debut: 2026-09-01\n", with: "")
            changed = try changed.replacingOnce("""
                    C6:
                      appreciation: partiellement_satisfait
                """, with: """
                    C6:
                      appreciation: non_satisfait
                """)
            let start = try #require(changed.range(of: "formations:\n"))
            let end = try #require(changed.range(of: "\npartenariats:"))
            let formations = String(changed[start.lowerBound..<end.lowerBound])
            let first = formations.components(separatedBy: "\n  - diplome").prefix(2).joined(separator: "\n  - diplome")
            changed.replaceSubrange(start.lowerBound..<end.lowerBound, with: first)
            return changed
        }
        return try LoadedCampaign(copy.folder)
    }

    @Test("the preamble names the authority that decides; the signature the delegate with the delegation act")
    func whoDecidesAndWhoSigns() throws {
        let loaded = try LoadedCampaign()
        let text = try render.pdf(.decision, try loaded.dossier("0060034E"), loaded.campaign).text().flattened
        #expect(text.contains("Le recteur de la région académique Provence-Alpes-Côte d'Azur, Vu le code"), "\(text)")
        #expect(text.contains("Vu l'arrêté n° 2026-004 du 12 janvier 2026 portant délégation de signature ;"))
        #expect(text.contains("Pour le recteur de la région académique Provence-Alpes-Côte d'Azur et par délégation, La rectrice de l'académie de Nice, chancelière des universités"))
        #expect(!text.contains("universités, Vu le code"), "the delegate's title never opens the act")
    }

    @Test("the notification contracts « à » with the head's article, in either gender")
    func notification() throws {
        let loaded = try LoadedCampaign()
        let male = try render.pdf(.decision, try loaded.dossier("0061987C"), loaded.campaign).text().flattened
        #expect(male.contains("notifiée au directeur du Lycée polyvalent privé"), "\(male)")
        let female = try render.pdf(.decision, try loaded.dossier("0060034E"), loaded.campaign).text().flattened
        #expect(female.contains("notifiée à la proviseure du Lycée Jeanne et Paul Augier"))
        #expect(!male.contains("à le ") && !female.contains("à le "))
        // A long name that may not break leaves the paragraph no good break set: the emergency pass
        // still fills the first line rather than leave five words spread across it.
        let lines = try render.pdf(.decision, try loaded.dossier("0061987C"), loaded.campaign).text().components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("La présente décision") && $0.contains("Lycée polyvalent privé") }, "\(lines)")
    }

    @Test("functions agree with the person beside them")
    func functionsAgree() throws {
        let loaded = try LoadedCampaign()
        let lambert = try render.pdf(.dossier, try loaded.dossier("0060034E"), loaded.campaign).text().flattened
        #expect(lambert.contains("Cheffe d'établissement Mme Sophie Lambert, proviseure"))
        #expect(lambert.contains("Référente du label Mme Nadia Benali"))
        #expect(lambert.contains("Directeur délégué") && lambert.contains("M. Marc Giordano"), "\(lambert)")
        let aubert = try render.pdf(.dossier, try loaded.dossier("0061987C"), loaded.campaign).text()
        #expect(aubert.contains("Directrice déléguée"))
        #expect(aubert.flattened.contains("Chef d'établissement M. Thierry Aubert"))
        let report = try render.pdf(.rapport, try loaded.dossier("0830761B"), loaded.campaign).text().flattened
        #expect(report.contains("Cheffe d'établissement Mme Agnès Vidal"))
        #expect(report.contains("Le président du groupe académique"))
    }

    @Test("a single formation is counted in the singular; the visit date is written in words")
    func countsAndDates() throws {
        let loaded = try variant()
        let dossier = try loaded.dossier("0830761B")
        let report = try render.pdf(.rapport, dossier, loaded.campaign).text().flattened
        #expect(report.contains("1 formation, 16 élèves, apprentis et stagiaires"), "\(report)")
        #expect(report.contains("visite du 2 avril 2026"))
        #expect(!report.contains("02/04/2026"))
        let file = try render.pdf(.dossier, dossier, loaded.campaign).text().flattened
        #expect(file.contains("Total (1 formation)"))
        let example = try LoadedCampaign()
        let four = try render.pdf(.rapport, try example.dossier("0830761B"), example.campaign).text().flattened
        #expect(four.contains("4 formations, 62 élèves, apprentis et stagiaires"))
    }

    @Test("the first day of a month is « 1er » with a raised « er » in every act and report", arguments: [
        (DocumentKind.dossier, ["réuni le 1er février 2026", "le 1er avril 2026"]),
        (.rapport, ["a eu lieu le 1er avril 2026"]),
        (.decision, ["en date du 1er février 2026", "à compter du 1er septembre 2026"]),
    ])
    func raisedFirstDays(kind: DocumentKind, expected: [String]) throws {
        let copy = try CampaignCopy("premier")
        try copy.edit("dossiers/0830761B.yaml") { text in
            try text.replacingOnce("  date: 2026-02-10", with: "  date: 2026-02-01")
                .replacingOnce("date: 2026-02-16 }", with: "date: 2026-04-01 }")
                .replacingOnce("date_visite: 2026-04-02", with: "date_visite: 2026-04-01")
        }
        let loaded = try LoadedCampaign(copy.folder)
        let document = try render.publisher.layout(kind, dossier: try loaded.dossier("0830761B"), campaign: loaded.campaign)
        let lines = document.pages.flatMap(\.items).compactMap { item -> TextLine? in
            if case .text(let line) = item { return line } else { return nil }
        }
        let text = lines.map(\.text).joined(separator: " ").replacingOccurrences(of: "\u{A0}", with: " ")
        for phrase in expected { #expect(text.contains(phrase), "« \(phrase) » in \(kind)") }
        let firstDays = lines.filter { $0.text.replacingOccurrences(of: "\u{A0}", with: " ").contains("1er ") }
        #expect(firstDays.count >= expected.count)
        for line in firstDays {
            let runs = line.runs
            let raised = runs.indices.dropFirst().contains { index in
                runs[index].text == "er" && runs[index - 1].text.hasSuffix("1")
                    && runs[index].size < runs[index - 1].size && runs[index].glyphs.allSatisfy { $0.y < 0 }
            }
            #expect(raised, "« \(line.text) » of the \(kind): its « er » is not raised")
        }
    }

    @Test("acts, dossiers and reports leave about 30 mm to sign and stamp above the signer's name", arguments: [
        (DocumentKind.decision, "Hélène Marchetti"), (.dossier, "Sophie Lambert"), (.rapport, "Olivier Bertrand"),
    ])
    func roomToSign(kind: DocumentKind, name: String) throws {
        let example = try LoadedCampaign()
        let document = try render.publisher.layout(kind, dossier: try example.dossier("0060034E"), campaign: example.campaign)
        let page = try #require(document.pages.first { $0.items.contains { if case .text(let line) = $0 { line.text == name } else { false } } })
        let lines = page.items.compactMap { item -> TextLine? in if case .text(let line) = item { line } else { nil } }
        let index = try #require(lines.firstIndex { $0.text == name })
        let above = lines[index - 1], signer = lines[index]
        let room = (signer.origin.y - signer.ascent) - (above.origin.y + above.descent)
        #expect(room >= 28 * 72 / 25.4 && room <= 35 * 72 / 25.4, "\(room / 72 * 25.4) mm above « \(name) » under « \(above.text) »")
    }

    @Test("the visas are set ragged, never stretched, and no visa line ends with an article or a preposition",
          arguments: ["0060034E", "0061987C", "0830761B"])
    func raggedVisas(uai: String) throws {
        let example = try LoadedCampaign()
        let document = try render.publisher.layout(.decision, dossier: try example.dossier(uai), campaign: example.campaign)
        let lines = document.pages.flatMap(\.items).compactMap { item -> TextLine? in if case .text(let line) = item { line } else { nil } }
        // The measure: A4 less the décision's margins of 2.2 cm.
        let measure = 595.28 - 2 * 2.2 * 72 / 2.54
        var inVisa = false, wrapped = 0
        for line in lines {
            let text = line.text.replacingOccurrences(of: "\u{A0}", with: " ")
            if text.hasPrefix("Vu ") || text.hasPrefix("Considérant ") { inVisa = true }
            guard inVisa else { continue }
            let ends = text.hasSuffix(";") || text.hasSuffix(",")
            if !ends {
                wrapped += 1
                #expect(line.width < measure - 12, "« \(text) » is stretched to the measure")
                let last = text.split(separator: " ").last.map(String.init) ?? ""
                #expect(!["le", "la", "les", "de", "du", "des", "à", "au", "aux", "et", "en", "par"].contains(last), "« \(text) »")
            }
            if text.hasPrefix("DÉCIDE") { break }
            if ends { inVisa = false }
        }
        #expect(wrapped > 0)
    }

    @Test("a refusal names unmet and partial criteria apart; its own signatory signs it")
    func refusalConsiderants() throws {
        let loaded = try variant()
        let text = try render.pdf(.decision, try loaded.dossier("0830761B"), loaded.campaign).text().flattened
        #expect(text.contains("Considérant que le dossier présenté ne satisfait pas au critère suivant du cahier des charges : « mise en œuvre d'actions visant à l'ouverture internationale » ;"), "\(text)")
        #expect(text.contains("Considérant en outre que le dossier présenté ne satisfait que partiellement au critère suivant : « accueil de publics de statuts différents » ;"))
        #expect(!text.contains("pas pleinement") && !text.contains("(non satisfait)") && !text.contains("(partiellement satisfait)"))
        #expect(text.contains("Le secrétaire général de l'académie de Nice Paul Orsini"))
        #expect(!text.contains("Hélène Marchetti"), "the decision's own signatory replaces the campaign's")
        #expect(!text.contains("portant délégation de signature"), "the interim's delegation names no act")
        // The other schools keep the campaign's signatory.
        let other = try render.pdf(.decision, try loaded.dossier("0060034E"), loaded.campaign).text().flattened
        #expect(other.contains("Hélène Marchetti"))
    }

    @Test("an académie's criteria set is named as the national criteria completed by the académie's")
    func academicCriteriaSet() throws {
        let loaded = try LoadedCampaign()
        let dossier = try loaded.dossier("0061987C")
        let expected = "Critères de l'article D. 335-1 du code de l'éducation (décret n° 2023-763), complétés par les critères de l'académie de Nice"
        for kind in [DocumentKind.rapport, .dossier] {
            #expect(try render.pdf(kind, dossier, loaded.campaign).text().flattened.contains(expected), "\(kind)")
        }
        let decision = try render.pdf(.decision, dossier, loaded.campaign).text().flattened
        #expect(decision.contains("Vu le cahier des charges du label dans l'académie : critères de l'article D. 335-1"))
        let national = try render.pdf(.rapport, try loaded.dossier("0060034E"), loaded.campaign).text().flattened
        #expect(national.contains("Critères de l'article D. 335-1 du code de l'éducation (décret n° 2023-763)"))
        #expect(!national.contains("complétés par"))
        // The radar names an academic criterion's axis as it names the national ones.
        let axes = try render.lines(.rapport, dossier, loaded.campaign).filter { $0.hasPrefix("Critère ") && $0.count <= 12 }
        #expect(axes.contains("Critère A1") && axes.contains("Critère 8"), "\(axes)")
    }
}

@Suite("Signatory in the data")
struct SignatoryDataTests {
    func errors(campaign: ((String) throws -> String)? = nil, dossier: ((String) throws -> String)? = nil) throws -> [String] {
        let copy = try CampaignCopy("signatory")
        if let campaign { try copy.edit("campagne.yaml", campaign) }
        if let dossier { try copy.edit("dossiers/0060034E.yaml", dossier) }
        return CampaignLoader.load(folder: copy.folder).diagnostics.filter { $0.severity == .error }.map { "\($0)" }
    }

    @Test("a delegation without its delegating authority is an error at « delegation », with a hint")
    func missingAuthority() throws {
        let found = try errors(campaign: { text in
            try text.replacingOnce("  autorite: \"le recteur de la région académique Provence-Alpes-Côte d'Azur\"\n", with: "")
        })
        #expect(found.contains { $0.contains("campagne.yaml:15:3: erreur : « signataire.delegation » : une délégation doit nommer l'autorité qui délègue") }, "\(found)")
        #expect(found.count == 1)
    }

    @Test("a recteur delegating to himself is an error at the title's line", arguments: [
        "Le recteur de la région académique Provence-Alpes-Côte d'Azur, recteur de l'académie d'Aix-Marseille",
        "La rectrice de la région académique Provence-Alpes-Côte d’Azur",
    ])
    func selfDelegation(title: String) throws {
        let found = try errors(campaign: { text in
            try text.replacingOnce("titre: \"La rectrice de l'académie de Nice, chancelière des universités\"", with: "titre: \"\(title)\"")
        })
        #expect(found.contains { $0.contains("campagne.yaml:14:10: erreur : « signataire.titre » est le titre de l'autorité qui délègue") }, "\(found)")
    }

    @Test("a decision's own signatory with a missing field is an error and gives no dossier")
    func incompleteDecisionSignatory() throws {
        let copy = try CampaignCopy("signatory-decision")
        try copy.edit("dossiers/0060034E.yaml") { text in
            try text.replacingOnce("  numero: \"2026-LDM-011\"\n", with: "  numero: \"2026-LDM-011\"\n  signataire: { civilite: M., prenom: \"Paul\", nom: \"Orsini\" }\n")
        }
        let load = CampaignLoader.load(folder: copy.folder)
        let found = load.diagnostics.filter { $0.severity == .error }.map { "\($0)" }
        #expect(found.contains { $0.contains("0060034E.yaml") && $0.contains("clé obligatoire « titre » absente dans « decision.signataire »") }, "\(found)")
        #expect(!load.dossiers.contains { $0.etablissement.uai.code == "0060034E" })
    }
}
