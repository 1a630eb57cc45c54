import DocumentTree
import Native
import Testing
@testable import Templates

@Suite struct MarkdownFilterTests {
    @Test func commonMarkBecomesBlocks() throws {
        let text = """
            Un *état* des **lieux** avec [un lien](https://x.fr).\\
            Ligne suivante

            # Titre

            - un
              - sous-point
            - deux

            1. premier
            """
        let document = try render("{{ texte|markdown }}", context: ["texte": text], lang: "en")
        let link = Inline.link(.url("https://x.fr"), [.text("un lien")])
        #expect(document.body == [
            .paragraph(Paragraph([.text("Un "), .text("état", .italic), .text(" des "), .text("lieux", .bold),
                                  .text(" avec "), link, .text("."), .lineBreak, .text("Ligne suivante")])),
            .heading(Heading(level: 3, [.text("Titre")])),
            .list(ListBlock(marker: .bullet, items: [
                [.paragraph(Paragraph("un")), .list(ListBlock(marker: .bullet, items: [[.paragraph(Paragraph("sous-point"))]]))],
                [.paragraph(Paragraph("deux"))],
            ])),
            .list(ListBlock(marker: .number, items: [[.paragraph(Paragraph("premier"))]], start: 1)),
        ])
    }

    @Test func headingLevelIsConfigurable() throws {
        let document = try render("{{ texte|markdown:2 }}", context: ["texte": "# A\n\n## B"])
        #expect(document.body == [.heading(Heading(level: 2, [.text("A")])), .heading(Heading(level: 3, [.text("B")]))])
    }

    @Test func markupInTheFieldIsText() throws {
        let document = try render("{{ texte|markdown }}", context: ["texte": "a <b>c</b> & d"], lang: "en")
        #expect(document.body == [.paragraph(Paragraph("a <b>c</b> & d"))])
    }

    @Test func cmarkTreeIsWalked() {
        #expect(CommonMark.parse("*a* `b`") == .document([.paragraph([.emphasis([.text("a")]), .text(" "), .code("b")])]))
    }
}
