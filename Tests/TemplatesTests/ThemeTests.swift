import DocumentTree
import Testing
@testable import Templates

@Suite struct ThemeTests {
    static let theme = """
        styles:
          body: { family: Marianne, size: 10.5pt, align: justify, hyphenate: true, widows: 3, orphans: 3 }
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
        #expect(body.family == "Marianne" && body.size == 10.5 && body.widows == 3)
        let h1 = document.styles["h1"]
        #expect(h1.size == 16 && h1.bold && h1.keepWithNext && abs(h1.spaceBefore - 0.5 * Unit.centimetre) < 1e-9)
        let cartouche = document.styles["cartouche"]
        #expect(cartouche.family == "Marianne" && cartouche.smallCaps && cartouche.alignment == .right && cartouche.lineHeight == 1.1)
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
}
