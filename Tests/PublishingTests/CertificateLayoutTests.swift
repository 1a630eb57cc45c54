import Foundation
import Label
import Layout
import Pages
import Testing
@testable import Publishing

/// The certificate as an office printer prints it: its frame away from the page's edge, and every
/// line of text inside the frame.
@Suite("Certificate layout")
struct CertificateLayoutTests {
    /// The laid-out certificate of one example school, and its dossier.
    func certificate(_ uai: String) throws -> (page: Page, dossier: Dossier) {
        let loaded = try LoadedCampaign()
        let dossier = try loaded.dossier(uai)
        let pages = try Render().publisher.layout(.certificat, dossier: dossier, campaign: loaded.campaign).pages
        return (try #require(pages.first), dossier)
    }

    @Test("the frame stays at least 10 mm from the page's edges and every line sits inside it",
          arguments: ["0060034E", "0061987C", "0830761B"])
    func frameAndText(uai: String) throws {
        let page = try certificate(uai).page
        let frames = page.items.compactMap { item -> Rect? in
            if case .rectangle(let rect, nil, .some, _) = item, rect.width > page.size.width / 2 { return rect }
            return nil
        }
        #expect(frames.count == 2, "the double frame")
        let tenMillimetres = 10 / 25.4 * 72
        for frame in frames {
            #expect(frame.x >= tenMillimetres && frame.y >= tenMillimetres)
            #expect(page.size.width - frame.maxX >= tenMillimetres && page.size.height - frame.maxY >= tenMillimetres)
        }
        let inner = try #require(frames.max { $0.x < $1.x })
        let lines = page.items.compactMap { item -> TextLine? in if case .text(let line) = item { return line } else { return nil } }
        #expect(lines.count > 10)
        for line in lines {
            #expect(line.origin.x >= inner.x && line.origin.x + line.width <= inner.maxX, "« \(line.text) »")
            #expect(line.origin.y - line.ascent >= inner.y && line.origin.y + line.descent <= inner.maxY, "« \(line.text) »")
        }
    }

    @Test("a label wording on two lines is balanced: lines of similar length, no word left alone",
          arguments: ["0060034E", "0061987C", "0830761B"])
    func balancedWording(uai: String) throws {
        let (page, dossier) = try certificate(uai)
        let lines = page.items.compactMap { item -> TextLine? in if case .text(let line) = item { return line } else { return nil } }
        let start = try #require(lines.firstIndex { $0.text.contains("sous l") })
        let end = try #require(lines.firstIndex { $0.text.hasPrefix("pour la période") })
        let wording = lines[(start + 1)..<end]
        #expect(wording.map(\.text).joined(separator: " ").replacingOccurrences(of: "’", with: "'") == dossier.label.intitule)
        #expect(wording.count == 2)
        let widths = wording.map(\.width)
        #expect(widths.min()! / widths.max()! > 0.75, "\(wording.map(\.text))")
        #expect(!wording.contains { $0.text.contains("-") && !dossier.label.intitule.contains("-") }, "never hyphenated")
    }

    @Test("the QR code's dark modules line up with the text above and below it, not its quiet zone")
    func qrAligned() throws {
        let page = try certificate("0060034E").page
        let number = try #require(page.items.lazy.compactMap { item -> TextLine? in
            if case .text(let line) = item, line.text.hasPrefix("Certificat n") { return line } else { return nil }
        }.first)
        let modules = try #require(page.items.lazy.compactMap { item -> ModuleGrid? in
            if case .modules(let grid) = item { return grid } else { return nil }
        }.first)
        // The first column holds a finder pattern: it has dark modules.
        let darkLeft = modules.origin.x
        #expect(abs(darkLeft - number.origin.x) < 0.5, "dark modules at \(darkLeft), text at \(number.origin.x)")
    }

    @Test("a long name and a long label wording are set smaller, the whole certificate on its page clear of the blocks below")
    func longNameShrinks() throws {
        let copy = try CampaignCopy("nom-long")
        try copy.edit("dossiers/0060034E.yaml") { text in
            try text.replacingOnce("nom: \"Lycée Jeanne et Paul Augier\"",
                                   with: "nom: \"Lycée polyvalent régional d’enseignement général et professionnel Jeanne-et-Paul-Augier\"")
                .replacingOnce("intitule: \"Lycée des métiers du tourisme, de l'hôtellerie et de la restauration\"",
                               with: "intitule: \"Lycée des métiers du tourisme, de l’hôtellerie, de la restauration et de l’accueil touristique\"")
        }
        let loaded = try LoadedCampaign(copy.folder)
        let pages = try Render().publisher.layout(.certificat, dossier: try loaded.dossier("0060034E"), campaign: loaded.campaign).pages
        #expect(pages.count == 1)
        let lines = pages[0].items.compactMap { item -> TextLine? in if case .text(let line) = item { return line } else { return nil } }
        let number = try #require(lines.first { $0.text.hasPrefix("Certificat n") })
        let decision = try #require(lines.first { $0.text.hasPrefix("Décision n") })
        #expect(decision.bottom <= number.top + 1, "the flow ends above the blocks placed at the bottom")
        let standard = try certificate("0060034E").page.items.compactMap { item -> TextLine? in
            if case .text(let line) = item { return line } else { return nil }
        }
        let name = try #require(lines.first { $0.text.hasPrefix("Lycée polyvalent") })
        let standardName = try #require(standard.first { $0.text.hasPrefix("Lycée Jeanne") })
        #expect(name.ascent < standardName.ascent && name.ascent >= standardName.ascent * 0.75)
        #expect(number.ascent == standard.first { $0.text.hasPrefix("Certificat n") }?.ascent, "the placed blocks keep their size")
        #expect(decision.ascent == standard.first { $0.text.hasPrefix("Décision n") }?.ascent, "only the name and the wording shrink")
    }

    @Test("a placed block that runs past the margin is an error at its <place>, with the fix, and no certificate")
    func placedBlockOverflows() throws {
        let copy = try CampaignCopy("debord")
        try copy.edit("campagne.yaml") { text in
            try text.replacingOnce("titre: \"La rectrice de l'académie de Nice, chancelière des universités\"",
                                   with: "titre: \"Le secrétaire général de la région académique Provence-Alpes-Côte d'Azur, "
                                       + "secrétaire général de l'académie d'Aix-Marseille, chargé des universités d'Aix-Marseille, "
                                       + "d'Avignon et de Toulon\"")
        }
        let loaded = try LoadedCampaign(copy.folder)
        let error = try #require(throws: LayoutError.self) {
            try Render().publisher.layout(.certificat, dossier: try loaded.dossier("0060034E"), campaign: loaded.campaign)
        }
        let diagnostic = Diagnostic(failure: error)
        #expect(diagnostic.location.file == "modèles fournis/national/certificat.xml")
        #expect(diagnostic.location.line == 53 && diagnostic.location.column == 1)
        #expect(error.message == "le bloc placé (<place>) dépasse la marge du bas de la page de 12 mm")
        #expect(error.hint == "remontez-le (y) ou raccourcissez son contenu")
    }
}
