// The text specimen of issue 2: about 60 pages built through the engine's API: headings, 200 justified
// French paragraphs with hyphenation, a forced page break, a landscape page (a page break naming a
// landscape page master), header and footer with « page X sur Y ».
//
//   specimen text [-o FILE.pdf] [--png] [--export-text FILE.json]
//
// Writes output/specimen-text.pdf (or FILE.pdf); with --png, also <name>-<page>.png at 60 dpi beside it;
// with --export-text, the document's content as JSON for the benchmark's Typst version (bench/peers/specimen.typ).
// The text is drawn from a vocabulary by a seeded generator: the same on every run and every machine.
import DocumentTree
import Foundation
import Layout
import Native
import Pages
import Render

enum TextSpecimen {
    /// One block of the specimen, as exported for the peers.
    enum Part {
        case title(String), heading(Int, String), paragraph(String), pageBreak(String?)
    }

    /// SplitMix64: small, seeded, the same everywhere.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
        mutating func number(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
    }

    static let openings = ["", "", "Par ailleurs, ", "En outre, ", "Depuis trois ans, ", "Chaque année, ", "Dans ce cadre, ",
                           "Parallèlement, ", "Concrètement, ", "Afin d’amplifier cette dynamique, ", "Au cours du dernier trimestre, "]
    static let subjects = ["l’équipe pédagogique", "le lycée", "l’établissement", "le conseil pédagogique",
                           "la direction déléguée aux formations professionnelles et technologiques", "chaque professeur principal",
                           "le pôle des métiers", "le comité de pilotage du label", "le service de vie scolaire",
                           "le référent du label", "le groupe de prévention du décrochage scolaire", "le bureau des entreprises",
                           "l’unité de formation par apprentissage", "le campus des métiers et des qualifications"]
    static let verbs = ["organise", "développe", "met en œuvre", "renforce", "accompagne", "structure", "coordonne", "évalue",
                        "consolide", "formalise", "anime", "pilote", "diversifie", "valorise", "systématise", "expérimente"]
    static let objects = ["les périodes de formation en milieu professionnel", "l’accueil des apprentis et des stagiaires adultes",
                          "l’individualisation des parcours de formation", "la préparation aux épreuves certificatives",
                          "les partenariats avec les entreprises du bassin d’emploi", "l’ouverture internationale des formations",
                          "les actions culturelles conduites avec les structures du territoire", "la prévention du décrochage scolaire",
                          "l’accompagnement personnalisé des élèves allophones", "la professionnalisation des enseignements généraux",
                          "les passerelles entre le certificat d’aptitude professionnelle et le baccalauréat professionnel",
                          "la validation des acquis de l’expérience des salariés", "la mutualisation des plateaux techniques",
                          "la co-intervention entre professeurs d’enseignement général et professionnel",
                          "la transition écologique des pratiques professionnelles", "le chef-d’œuvre réalisé en classe de terminale"]
    static let complements = ["en lien étroit avec les entreprises partenaires", "depuis la rentrée 2022",
                              "avec le soutien de la région académique", "pour l’ensemble des sections de l’établissement",
                              "dans le cadre du projet d’établissement 2024-2028", "en concertation avec les branches professionnelles",
                              "selon un calendrier arrêté en conseil pédagogique", "grâce à une organisation hebdomadaire renouvelée",
                              "conformément aux orientations nationales de la transformation de la voie professionnelle",
                              "au plus près des besoins des employeurs locaux", "en s’appuyant sur des indicateurs partagés"]
    static let endings = ["les résultats obtenus sont supérieurs aux moyennes académiques",
                          "les effets sont mesurés chaque année par le conseil pédagogique",
                          "les retours des tuteurs en entreprise sont très positifs",
                          "cette démarche reste toutefois à étendre aux formations de niveau 5",
                          "les élèves y gagnent en autonomie et en confiance",
                          "un bilan intermédiaire sera présenté au conseil d’administration"]
    static let chapterTitles = ["Offre de formation et parcours", "Publics de statuts différents", "Réponses pédagogiques",
                                "Partenariats avec le tissu économique", "Actions culturelles", "Ouverture internationale",
                                "Prévention du décrochage", "Indicateurs et tableaux de bord", "Communication", "Perspectives"]

    static func sentence(_ random: inout Generator) -> String {
        let opening = random.pick(openings)
        var subject = random.pick(subjects)
        if opening.isEmpty { subject = subject.prefix(1).uppercased() + subject.dropFirst() }
        var text = opening + subject + " " + random.pick(verbs) + " " + random.pick(objects) + " " + random.pick(complements)
        switch random.number(0...3) {
        case 0: text += "\u{202F}: " + random.pick(endings)
        case 1: text += "\u{202F}; " + random.pick(endings)
        case 2: text += ", soit \(random.number(8...480)) élèves et apprentis concernés"
        default: break
        }
        return text + "."
    }

    /// 200 paragraphs in 10 chapters of 2 sections; a forced break before chapter 6; chapter 8 on a landscape page.
    static func parts() -> [Part] {
        var random = Generator(state: 2026)
        var parts: [Part] = [.title("Spécimen de composition"),
                             .paragraph("Ce spécimen montre la composition du texte courant : deux cents paragraphes justifiés et coupés "
                                        + "selon les règles françaises, des titres, un saut de page forcé, une page en paysage, un en-tête "
                                        + "et un pied de page avec « page X sur Y ».")]
        for chapter in 1...10 {
            if chapter == 6 { parts.append(.pageBreak(nil)) }
            if chapter == 8 { parts.append(.pageBreak("paysage")) }
            if chapter == 9 { parts.append(.pageBreak("courant")) }
            parts.append(.heading(1, "\(chapter). \(chapterTitles[chapter - 1])"))
            for section in 1...2 {
                parts.append(.heading(2, "\(chapter).\(section) " + (section == 1 ? "État des lieux" : "Axes de progrès")))
                let count = chapter == 8 ? 1 : 11
                for _ in 0..<count {
                    parts.append(.paragraph((0..<random.number(4...8)).map { _ in sentence(&random) }.joined(separator: " ")))
                }
            }
        }
        return parts
    }

    static func document(_ parts: [Part]) -> Document {
        var body = TextStyle()
        body.family = "Noto Serif"
        body.size = 11
        body.lineHeight = 1.3
        body.spaceAfter = 5
        body.firstLineIndent = 0
        var title = body
        title.family = "Noto Sans"; title.size = 22; title.bold = true; title.color = Color(hex: "#000091")!; title.alignment = .center
        title.hyphenate = false; title.spaceAfter = 18; title.keepWithNext = true
        var h1 = title
        h1.size = 16; h1.alignment = .left; h1.spaceBefore = 18; h1.spaceAfter = 8
        var h2 = h1
        h2.size = 12.5; h2.spaceBefore = 12; h2.spaceAfter = 5
        var band = TextStyle()
        band.family = "Noto Sans"; band.size = 8.5; band.alignment = .left; band.hyphenate = false; band.spaceAfter = 0
        let styles = StyleSheet(["body": body, "titre": title, "h1": h1, "h2": h2, "header": band, "footer": band])
        let header = Band(left: [.text("Spécimen de composition")], right: [.text("Label « lycée des métiers »")], style: "header")
        let footer = Band(center: [.text("page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)], style: "footer")
        let margins = Insets(top: 2.5 * Unit.centimetre, right: 2.5 * Unit.centimetre, bottom: 2.5 * Unit.centimetre,
                             left: 2.5 * Unit.centimetre)
        let portrait = PageMaster(name: "courant", size: .a4, margins: margins, header: header, footer: footer)
        let landscape = PageMaster(name: "paysage", size: PageSize.a4.landscape, margins: margins, header: header, footer: footer)
        var metadata = Metadata()
        metadata.title = "Spécimen de composition"
        metadata.author = "ldm"
        metadata.subject = "Texte justifié et coupé, titres, sauts de page, page en paysage"
        let blocks: [Block] = parts.map { part in
            switch part {
            case .title(let text): return .paragraph(Paragraph(text, style: "titre"))
            case .heading(let level, let text): return .heading(Heading(level: level, [.text(text)]))
            case .paragraph(let text): return .paragraph(Paragraph(text))
            case .pageBreak(let master): return .pageBreak(master: master)
            }
        }
        return Document(metadata: metadata, styles: styles, masters: [portrait, landscape], body: blocks)
    }

    static func export(_ parts: [Part]) -> [[String: Any]] {
        parts.map { part in
            switch part {
            case .title(let text): return ["t": "title", "text": text]
            case .heading(let level, let text): return ["t": "h", "level": level, "text": text]
            case .paragraph(let text): return ["t": "p", "text": text]
            case .pageBreak(let master): return ["t": "pagebreak", "master": master ?? ""]
            }
        }
    }

    /// Runs `specimen text …`; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        var output = "output/specimen-text.pdf"
        var png = false
        var exportPath: String?
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "-o": output = rest.popFirst() ?? output
            case "--png": png = true
            case "--export-text": exportPath = rest.popFirst()
            default:
                FileHandle.standardError.write(Data("usage: specimen text [-o FILE.pdf] [--png] [--export-text FILE.json]\n".utf8))
                return 2
            }
        }
        do {
            let parts = parts()
            if let exportPath {
                let data = try JSONSerialization.data(withJSONObject: export(parts), options: [.sortedKeys])
                try data.write(to: URL(fileURLWithPath: exportPath))
            }
            let engine = try LayoutEngine()
            let laidOut = try engine.layout(document(parts))
            let fonts = FontRegistry(fonts: engine.fonts)
            let url = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(try PDFRenderer.render(laidOut, fonts: fonts)).write(to: url)
            if png {
                let stem = url.deletingPathExtension().path
                for (index, image) in try PNGRenderer.render(laidOut, resolution: 60, fonts: fonts).enumerated() {
                    try Data(image).write(to: URL(fileURLWithPath: "\(stem)-\(index + 1).png"))
                }
            }
            print("\(output): \(laidOut.pages.count) pages")
            return 0
        } catch {
            FileHandle.standardError.write(Data("specimen text: \(error)\n".utf8))
            return 1
        }
    }
}
