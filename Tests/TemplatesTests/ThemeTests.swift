import DocumentTree
import Testing
@testable import Templates

@Suite struct ThemeTests {
    static let theme = """
        styles:
          body: { family: Noto Serif, size: 10.5pt, align: justify, hyphenate: true, widows: 3, orphans: 3 }
          h1: { size: 16, colour: "#000091", space-before: 0.5cm }
          cartouche: { based-on: body, small-caps: true, align: right, line-height: 1.1, keep-with-next: true,
                       left-indent: 1cm, right-indent: 0, first-line-indent: 0, space-after: 3pt, italic: true, bold: true }
        page-masters:
          - name: couverture
            size: A4
            orientation: landscape
            margin: 1.5cm
            frame: { inset: 18pt, border: double, width: 1.5pt, color: "#000091" }
          - name: courant
            margin: 2.2cm 2cm
            footer: { left: "Dossier", right: "page <page-number/> sur <page-count/>" }
        """

    @Test func themeStylesAndMastersApply() throws {
        let folder = try TemplateFolder([
            "theme.yaml": Self.theme,
            "t.xml": "<document theme=\"theme.yaml\" master=\"courant\"><p style=\"cartouche\">x</p></document>",
        ])
        let document = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:])
        let body = document.styles["body"]
        #expect(body.family == "Noto Serif" && body.size == 10.5 && body.widows == 3)
        let h1 = document.styles["h1"]
        #expect(h1.size == 16 && h1.bold && h1.keepWithNext && abs(h1.spaceBefore - 0.5 * Unit.centimetre) < 1e-9)
        let cartouche = document.styles["cartouche"]
        #expect(cartouche.family == "Noto Serif" && cartouche.smallCaps && cartouche.alignment == .right && cartouche.lineHeight == 1.1)
        #expect(document.masters.map(\.name) == ["courant", "couverture"])
        #expect(document.masters[1].size == PageSize.a4.landscape && document.masters[1].frame?.border == .double)
        #expect(document.masters[0].footer?.right == [.text("page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)])
        #expect(document.body == [.paragraph(Paragraph("x", style: "cartouche"))])
    }

    @Test func aTemplateMasterReplacesTheThemesOfTheSameName() throws {
        let folder = try TemplateFolder([
            "theme.yaml": Self.theme,
            "t.xml": "<document theme=\"theme.yaml\"><page-master name=\"courant\" margin=\"3cm\"/><p>x</p></document>",
        ])
        let document = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:])
        #expect(document.masters.map(\.name) == ["couverture", "courant"])
        #expect(document.masters[1].margins == Insets(all: 3 * Unit.centimetre))
    }

    @Test func aThemeMistakeIsPlacedInTheThemeFile() throws {
        let (error, folder) = try templateError([
            "theme.yaml": "styles:\n  body:\n    colr: \"#000000\"\n",
            "t.xml": "<document theme=\"theme.yaml\"/>",
        ])
        #expect(error == TemplateError(path: folder.path("theme.yaml"), line: 3, column: 5, message: "propriété de style inconnue « colr »",
                                       hints: ["vouliez-vous dire « color » ?"]))
    }

    @Test func aFamilyNotInTheManifestIsRefusedAtItsLine() throws {
        let (error, folder) = try templateError([
            "theme.yaml": "styles:\n  body: { family: Marianne, size: 11pt }\n  h1: { family: sans-serif }\n",
            "t.xml": "<document theme=\"theme.yaml\"/>",
        ])
        #expect(error == TemplateError(path: folder.path("theme.yaml"), line: 2, column: 19, message: "famille de polices « Marianne » inconnue",
                                       hints: ["familles disponibles : DejaVu Sans, Noto Sans, Noto Serif (fonts/manifest.tsv)"]))
    }

    /// Every block whose colour the template may leave out: rule, box, chart, heading of a house style.
    static let uncoloured = """
        <page-master name="cadre"><frame/></page-master>
        <rule/><box><p>x</p></box><chart type="bar"><entry label="a" value="1"/></chart><h4>Titre</h4>
        """

    /// The colours of `uncoloured`'s frame, rule, box border, chart and h4.
    static func colours(of document: Document) -> [Color?] {
        var found: [Color?] = [document.masters.first { $0.name == "cadre" }?.frame?.color]
        for block in document.body {
            switch block {
            case .rule(_, let color): found.append(color)
            case .box(let box): found.append(box.borderColor)
            case .chart(let chart): found.append(chart.color)
            case .heading(let heading): found.append(document.styles[heading.style ?? "h\(heading.level)"].color)
            default: break
            }
        }
        return found
    }

    @Test("without a theme, frames, rules, box borders, charts and headings are black")
    func neutralDefaults() throws {
        let folder = try TemplateFolder(["t.xml": "<document>\(Self.uncoloured)</document>"])
        let document = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:])
        #expect(Self.colours(of: document) == Array(repeating: Color.black, count: 5))
    }

    @Test("a theme's accent colours what names no colour; its named colours serve templates, styles, frames and bands")
    func themeColours() throws {
        let folder = try TemplateFolder([
            "theme.yaml": """
                accent: vert
                colours:
                  vert: "#18753C"
                  ocre: "#C3992A"
                styles:
                  note: { colour: ocre }
                page-masters:
                  - name: bandeau
                    frame: { color: ocre }
                    footer: { left: "<span color=\\"vert\\">pied</span>" }
                """,
            "t.xml": """
                <document theme="theme.yaml">\(Self.uncoloured)<rule color="ocre"/><box border-color="Ocre"><p>y</p></box></document>
                """,
        ])
        let document = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:])
        let vert = try #require(Color(hex: "#18753C")), ocre = try #require(Color(hex: "#C3992A"))
        #expect(Self.colours(of: document) == [vert, vert, vert, vert, vert, ocre, ocre])
        #expect(document.styles["note"].color == ocre)
        let bandeau = try #require(document.masters.first { $0.name == "bandeau" })
        #expect(bandeau.frame?.color == ocre)
        #expect(bandeau.footer?.left == [.text("pied", InlineStyle(color: vert))])
    }

    @Test("a colour name the theme does not define is an error that lists the names it does")
    func unknownColourName() throws {
        let (error, folder) = try templateError([
            "theme.yaml": "colours:\n  vert: \"#18753C\"\n",
            "t.xml": "<document theme=\"theme.yaml\">\n<rule color=\"bleu-france\"/>\n</document>",
        ])
        #expect(error?.description == folder.path("t.xml") + ":2:7: erreur : valeur « bleu-france » invalide pour l'attribut « color » "
            + "de <rule> : une couleur est attendue, comme #000091, ou black, white, vert")
    }

    @Test("a theme names its colours in lowercase letters, digits and hyphens, and cannot rename black or white",
          arguments: ["Bleu", "2e-bleu", "bleu france", "white"])
    func invalidColourName(name: String) throws {
        let (error, folder) = try templateError([
            "theme.yaml": "colours:\n  \"\(name)\": \"#000091\"\n",
            "t.xml": "<document theme=\"theme.yaml\"/>",
        ])
        #expect(error?.description == folder.path("theme.yaml") + ":2:3: erreur : nom de couleur « \(name) » invalide : "
            + "des minuscules, des chiffres et des tirets sont attendus, en commençant par une lettre (black et white sont déjà nommées)")
    }
}
