import DocumentTree
import Foundation
import Testing
@testable import Templates

@Suite struct ElementTests {
    @Test func documentAttributesBecomeMetadata() throws {
        let folder = try TemplateFolder(["t.xml": """
            <document title="Dossier : Lyon" author="Rectorat" subject="Label" keywords="lycée, métiers" date="2026-06-15" lang="fr">
            <p>x</p></document>
            """])
        let document = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:])
        #expect(document.metadata.title == "Dossier\u{00A0}: Lyon")
        #expect(document.metadata.author == "Rectorat")
        #expect(document.metadata.keywords == "lycée, métiers")
        #expect(document.metadata.creationDate == "2026-06-15T00:00:00Z")
        #expect(document.masters.map(\.name) == ["default"])
    }

    @Test func headingsAndParagraphs() throws {
        let document = try render("""
            <h1 id="offre">Offre de   formation</h1>
            <h3 outline="false">Détail</h3>
            <p style="cell">Un <b>gras</b> et <i>italique</i>, 1<sup>er</sup>, <small-caps>Académie</small-caps><br/>suite</p>
            """)
        #expect(document.body.count == 3)
        #expect(document.body[0] == .heading(Heading(level: 1, [.text("Offre de formation")], anchor: "offre")))
        #expect(document.body[1] == .heading(Heading(level: 3, [.text("Détail")], inOutline: false)))
        #expect(document.body[2] == .paragraph(Paragraph([
            .text("Un "), .text("gras", .bold), .text(" et "), .text("italique", .italic), .text(", 1"),
            .text("er", InlineStyle(superscript: true)), .text(", "), .text("Académie", InlineStyle(smallCaps: true)),
            .lineBreak, .text("suite"),
        ], style: "cell")))
    }

    @Test func linksAndFields() throws {
        let document = try render("""
            <p><link href="https://www.education.gouv.fr">site</link> <link to="offre">voir</link> page <page-number/> sur <page-count/>, <page-ref to="offre"/></p>
            """)
        #expect(document.body[0].paragraph?.content == [
            .link(.url("https://www.education.gouv.fr"), [.text("site")]), .text(" "),
            .link(.destination("offre"), [.text("voir")]), .text(" page "), .field(.pageNumber), .text(" sur "),
            .field(.pageCount), .text(", "), .field(.pageOf(destination: "offre")),
        ])
    }

    @Test func pageMastersWithBandsAndFrame() throws {
        let document = try render("""
            <page-master name="couverture" size="A4" orientation="landscape" margin="1cm 2cm">
              <frame inset="20pt" border="double" width="1.5pt" color="#000091"/>
            </page-master>
            <page-master name="courant" margin="2.2cm">
              <footer><left>Dossier</left><right>page <page-number/> sur <page-count/></right></footer>
            </page-master>
            <p>x</p>
            <page-break master="courant"/>
            """)
        #expect(document.masters.map(\.name) == ["couverture", "courant"])
        let cover = document.masters[0]
        #expect(cover.size == PageSize.a4.landscape)
        #expect(abs(cover.margins.top - 1 * Unit.centimetre) < 1e-9 && abs(cover.margins.left - 2 * Unit.centimetre) < 1e-9)
        #expect(cover.frame == PageFrame(inset: 20, border: .double, width: 1.5, color: Color(hex: "#000091")!))
        #expect(document.masters[1].footer == Band(left: [.text("Dossier")],
                                                    right: [.text("page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)],
                                                    style: "footer"))
        #expect(document.body.last == .pageBreak(master: "courant"))
    }

    @Test func blocksOfAllKinds() throws {
        let document = try render("""
            <keep-together><p>a</p><p>b</p></keep-together>
            <spacer height="12pt"/>
            <rule thickness="1pt" color="black"/>
            <list><item>un</item><item>deux<list ordered="true" start="3"><item>trois</item></list></item></list>
            <qrcode text="https://x.fr/v/ABC" size="2cm" level="H" align="right"/>
            <toc levels="3"/>
            """)
        #expect(document.body[0] == .keepTogether([.paragraph(Paragraph("a")), .paragraph(Paragraph("b"))]))
        #expect(document.body[1] == .spacer(12))
        #expect(document.body[2] == .rule(thickness: 1, color: .black))
        let nested = ListBlock(marker: .number, items: [[.paragraph(Paragraph("trois"))]], start: 3)
        #expect(document.body[3] == .list(ListBlock(marker: .bullet, items: [
            [.paragraph(Paragraph("un"))], [.paragraph(Paragraph("deux")), .list(nested)],
        ])))
        var code = QRCodeBlock(text: "https://x.fr/v/ABC", size: 2 * Unit.centimetre, errorCorrection: .high, alignment: .right)
        code.alternative = "Code QR\u{00A0}: https://x.fr/v/ABC"
        #expect(document.body[4] == .qrCode(code))
        #expect(document.body[5] == .tableOfContents(TableOfContents(maxLevel: 3)))
    }

    @Test func tableWithColumnsSpansAndTotal() throws {
        let document = try render("""
            <table columns="4fr 1fr 2cm auto" header-rows="1" numeric="2-3" header-background="none">
              <row><cell>Diplôme</cell><cell colspan="2" align="center">Effectifs</cell><cell>Voie</cell></row>
              <row><cell rowspan="2" valign="middle" background="#EEEEEE">CAP</cell><cell>12</cell><cell>3</cell><cell>✓</cell></row>
              <row total="true"><cell>15</cell><cell>4</cell><cell/></row>
            </table>
            """)
        guard case .table(let table) = document.body[0] else { Issue.record("not a table"); return }
        #expect(table.columns == [.fraction(4), .fraction(1), .fixed(2 * Unit.centimetre), .content])
        #expect(table.headerRows == 1)
        #expect(table.numericColumns == [1, 2])
        #expect(table.headerBackground == nil)
        #expect(table.rows.count == 3)
        #expect(table.rows[0].cells[1] == Table.Cell([.paragraph(Paragraph("Effectifs", style: "cell"))], columnSpan: 2, alignment: .center))
        #expect(table.rows[1].cells[0].rowSpan == 2 && table.rows[1].cells[0].verticalAlignment == .middle)
        #expect(table.rows[1].cells[0].background == Color(hex: "#EEEEEE"))
        #expect(table.rows[2].isTotal && table.rows[2].cells[2].blocks.isEmpty)
    }

    @Test func paragraphInACellTakesTheCellStyle() throws {
        let document = try render("""
            <table columns="1fr 1fr" header-rows="0"><row><cell><p>Objet</p></cell><cell><p style="body">Corps</p></cell></row></table>
            """)
        guard case .table(let table) = document.body[0] else { Issue.record("not a table"); return }
        #expect(table.rows[0].cells[0].blocks == [.paragraph(Paragraph("Objet", style: "cell"))])
        #expect(table.rows[0].cells[1].blocks == [.paragraph(Paragraph("Corps", style: "body"))])
    }

    @Test func imageBoxPlaceAndChart() throws {
        let folder = try TemplateFolder([
            "logo.png": "not really a png",
            "t.xml": """
            <document>
            <image src="logo.png" width="3cm" align="left" alt="Logo de l'académie"/>
            <box border="double" background="#F5F5FE" padding="6pt 12pt" radius="4pt" width="10cm"><p>Encadré</p></box>
            <place x="2cm" y="25cm" width="8cm"><box border="none">Numéro</box></place>
            <chart type="radar" max="4" scale="non satisfait; partiel; satisfait; point fort" width="300pt" height="200pt">
              <entry label="Critère 1" value="3"/><entry label="Critère 2" value="4"/>
            </chart>
            </document>
            """])
        let document = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:])
        #expect(document.body[0] == .image(ImageBlock(path: folder.path("logo.png"), width: 3 * Unit.centimetre,
                                                      alignment: .left, alternative: "Logo de l’académie")))
        var box = Box([.paragraph(Paragraph("Encadré"))])
        box.border = .double
        box.background = Color(hex: "#F5F5FE")
        box.padding = Insets(top: 6, right: 12, bottom: 6, left: 12)
        box.cornerRadius = 4
        box.width = 10 * Unit.centimetre
        #expect(document.body[1] == .box(box))
        var placed = Box([.paragraph(Paragraph("Numéro"))])
        placed.border = .none
        guard case .placed(let actual) = document.body[2] else { Issue.record("no placed box"); return }
        // Layout names the <place> line when the box does not fit the page.
        #expect(actual.source?.path.hasSuffix("t.xml") == true && actual.source?.line == 4 && actual.source?.column == 1)
        #expect(document.body[2] == .placed(PlacedBox(x: 2 * Unit.centimetre, y: 25 * Unit.centimetre,
                                                      width: 8 * Unit.centimetre, box: placed, source: actual.source)))
        var chart = Chart(kind: .radar, entries: [.init(label: "Critère 1", value: 3), .init(label: "Critère 2", value: 4)],
                          maximum: 4, scaleLabels: ["non satisfait", "partiel", "satisfait", "point fort"], width: 300, height: 200)
        chart.alternative = "Graphique en radar\u{00A0}: Critère 1\u{00A0}: satisfait\u{202F}; Critère 2\u{00A0}: point fort"
        #expect(document.body[3] == .chart(chart))
    }

    @Test func textDirectlyInABlockContainerIsAParagraph() throws {
        let document = try render("Texte <b>libre</b>\n<p>suivant</p>")
        #expect(document.body == [.paragraph(Paragraph([.text("Texte "), .text("libre", .bold)])), .paragraph(Paragraph("suivant"))])
    }

    @Test func frenchSpacingAppliesToTextRunsOnlyInFrench() throws {
        let french = try render("<p>Critère <b>1</b>: « <i>Offre</i> » ?</p>")
        #expect(french.body[0].paragraph?.content == [
            .text("Critère "), .text("1\u{00A0}", .bold), .text(": «\u{00A0}"), .text("Offre", .italic), .text("\u{00A0}»\u{202F}?"),
        ])
        let english = try render("<p>Why?</p>", lang: "en")
        #expect(english.body[0].paragraph?.content == [.text("Why?")])
    }

    @Test("the document's lang is its language; French spacing follows the language, whatever the region and case",
          arguments: [("fr-FR", true), ("FR", true), ("fr_CA", true), ("en", false), ("frr", false)])
    func languageOfTheDocument(lang: String, french: Bool) throws {
        let document = try render("<p>Pourquoi ?</p>", lang: lang)
        #expect(document.metadata.language == lang)
        #expect(document.body[0].paragraph?.content == [.text(french ? "Pourquoi\u{202F}?" : "Pourquoi ?")])
    }
}

/// The element registry is the one list of the vocabulary: the builder, the check and the docs follow it.
@Suite struct ElementRegistryTests {
    @Test("every element of the registry is documented in docs/templates.md and has a French summary")
    func documented() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/templates.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for element in ElementRegistry.all {
            // Headings are documented together, as `<h1>` … `<h6>`.
            let written = if case .block(.heading) = element.role { "`<h1>` … `<h6>`" } else { "<\(element.name)" }
            #expect(text.contains(written), "<\(element.name)> is not in docs/templates.md")
            #expect(!element.summary.isEmpty)
        }
        #expect(ElementRegistry.byName.count == ElementRegistry.all.count)
    }

    @Test("an element that is not in the registry is an error, never a table of contents, with the nearest name",
          arguments: [("tableofcontents", nil), ("sommaire", nil), ("tocs", "toc")])
    func unknownBlock(name: String, nearest: String?) throws {
        let (error, folder) = try templateError(["t.xml": "<document>\n  <\(name)/>\n</document>"])
        #expect(error == TemplateError(path: folder.path("t.xml"), line: 2, column: 3, message: "élément inconnu <\(name)>",
                                       hints: nearest.map { ["vouliez-vous dire « \($0) » ?"] } ?? []))
    }

    @Test("every block of the registry builds a block of its kind")
    func everyBlockBuilds() throws {
        let samples: [String: String] = [
            "page-break": "<page-break/>", "keep-together": "<keep-together><p>x</p></keep-together>",
            "spacer": "<spacer height=\"1cm\"/>", "rule": "<rule/>", "list": "<list><item>x</item></list>",
            "table": "<table columns=\"1fr\"><row><cell>x</cell></row></table>",
            "box": "<box><p>x</p></box>", "place": "<place x=\"1cm\" y=\"1cm\" width=\"3cm\"><box><p>x</p></box></place>",
            "qrcode": "<qrcode text=\"x\"/>", "chart": "<chart type=\"bar\"><entry label=\"a\" value=\"1\"/></chart>",
            "toc": "<toc/>", "p": "<p>x</p>",
        ]
        for element in ElementRegistry.all {
            guard case .block(let kind) = element.role, element.name != "image" else { continue }
            let sample = samples[element.name] ?? "<\(element.name)>x</\(element.name)>"
            let document = try render(sample)
            let built = try #require(document.body.first, "\(element.name)")
            #expect(Self.kind(of: built) == Self.kind(of: kind), "\(element.name)")
        }
    }

    private static func kind(of kind: BlockKind) -> String {
        switch kind {
        case .heading: "heading"
        case .paragraph: "paragraph"
        case .pageBreak: "pageBreak"
        case .keepTogether: "keepTogether"
        case .spacer: "spacer"
        case .rule: "rule"
        case .list: "list"
        case .table: "table"
        case .image: "image"
        case .box: "box"
        case .place: "placed"
        case .qrCode: "qrCode"
        case .chart: "chart"
        case .tableOfContents: "tableOfContents"
        }
    }

    private static func kind(of block: Block) -> String {
        String(String(describing: block).prefix { $0 != "(" }).replacingOccurrences(of: "DocumentTree.Block.", with: "")
    }
}
