import DocumentTree
import Layout
import Pages
import Testing

@Suite("Pagination")
struct PaginationTests {
    /// A small page so that a few paragraphs fill it.
    let small = PageMaster(name: "small", size: PageSize(width: 300, height: 300), margins: Insets(all: 30))

    @Test("a heading that would end a page moves to the next one")
    func headingNeverEndsAPage() throws {
        // Fill the page with one-line paragraphs until the heading would land on the last line.
        var style = TextStyle()
        style.spaceAfter = 0
        style.lineHeight = 1.25
        let body = Array(repeating: Block.paragraph(Paragraph("Ligne.")), count: 17)
            + [.heading(Heading(level: 2, [.text("Critère 4 : partenariats")])), .paragraph(Paragraph(frenchParagraph(1)))]
        let result = try layout(Document(styles: StyleSheet(["body": style]), masters: [small], body: body))
        let headingPage = try #require(result.page(containing: "Critère 4"))
        let lastLinePage = result.pages[headingPage - 1].lines.last!
        #expect(!lastLinePage.text.contains("Critère 4"), "the heading is not the last line of its page")
        #expect(result.pages[headingPage - 1].lines.first { $0.text.contains("Critère 4") } != nil)
        #expect(headingPage == 2)
    }

    @Test("a paragraph ending with a colon stays on the page of what it introduces")
    func colonKeepsWithNext() throws {
        var style = TextStyle()
        style.spaceAfter = 0
        let filler = { (count: Int) in Array(repeating: Block.paragraph(Paragraph("Ligne.")), count: count) }
        let document = { (blocks: [Block]) in Document(styles: StyleSheet(["body": style]), masters: [self.small], body: blocks) }
        let perPage = try layout(document(filler(40))).pages[0].lines.count
        // The introducing line is the last of page 1 unless it keeps with the wording.
        for (intro, kept) in [("est renouvelé sous l'intitulé :", true), ("est renouvelé sous l'intitulé :\u{00A0}\n", true),
                              ("est renouvelé sous l'intitulé", false)] {
            let body = filler(perPage - 1) + [.paragraph(Paragraph(intro)), .paragraph(Paragraph("« Lycée des métiers du bâtiment »"))]
            let result = try layout(document(body))
            #expect((result.page(containing: "sous l'intitulé") == result.page(containing: "Lycée des métiers")) == kept, "« \(intro) »")
        }
    }

    @Test("a paragraph split across pages leaves at least two lines on each side", arguments: 10...24)
    func widowsAndOrphans(lead: Int) throws {
        var style = TextStyle()
        style.spaceAfter = 0
        let body = Array(repeating: Block.paragraph(Paragraph("Ligne.")), count: lead)
            + [.paragraph(Paragraph(frenchParagraph(2, sentences: 3)))]
        let result = try layout(Document(styles: StyleSheet(["body": style]), masters: [small], body: body))
        let paragraphLines = result.pages.map { page in page.lines.filter { $0.text != "Ligne." }.count }
        for count in paragraphLines where count > 0 { #expect(count >= 2, "lines per page: \(paragraphLines)") }
    }

    @Test("« page X sur Y » holds the real total")
    func pageOfTotal() throws {
        var master = small
        master.footer = Band(right: [.text("page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)], style: "footer")
        let body = (0..<30).map { Block.paragraph(Paragraph(frenchParagraph($0))) }
        let result = try layout(Document(masters: [master], body: body))
        #expect(result.pages.count > 3)
        for (index, page) in result.pages.enumerated() {
            #expect(page.text.contains("page \(index + 1) sur \(result.pages.count)"))
        }
    }

    @Test("a long left part of a footer wraps before « page X sur Y », never over it")
    func longFooterWraps() throws {
        var master = small
        let title = "Rapport d’évaluation – Lycée polyvalent régional d’enseignement général, technologique et professionnel Jeanne-et-Paul-Augier (0060034E)"
        master.footer = Band(left: [.text(title)], right: [.text("page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)],
                             style: "footer")
        let page = try layout(Document(masters: [master], body: [.paragraph(Paragraph("Texte."))])).pages[0]
        let number = try #require(page.lines.first { $0.text == "page 1 sur 1" })
        let footer = page.lines.filter { $0.text != "page 1 sur 1" && $0.text != "Texte." }
        #expect(footer.count >= 2, "the title wraps: \(footer.map(\.text))")
        #expect(footer.map(\.text).joined(separator: " ") == title)
        #expect(footer.allSatisfy { $0.origin.x + $0.width <= number.origin.x - 12 + 0.5 }, "\(footer.map(\.width))")
        #expect(abs(footer[0].origin.y - number.origin.y) < 0.5, "the first lines share a baseline")
    }

    @Test("a landscape page master has the swapped size and a break can switch to it")
    func landscapeMaster() throws {
        let portrait = PageMaster(name: "portrait", size: .a4)
        let landscape = PageMaster(name: "paysage", size: PageSize.a4.landscape)
        let body: [Block] = [.paragraph(Paragraph("Avant.")), .pageBreak(master: "paysage"), .paragraph(Paragraph("Après.")),
                             .pageBreak(master: "portrait"), .paragraph(Paragraph("Fin."))]
        let result = try layout(Document(masters: [portrait, landscape], body: body))
        #expect(result.pages.count == 3)
        #expect(result.pages[1].size.width == PageSize.a4.height)
        #expect(result.pages[1].size.height == PageSize.a4.width)
        #expect(result.page(containing: "Après.") == 2)
        #expect(result.pages[2].size == .a4)
    }

    @Test("a forced page break starts a new page")
    func forcedBreak() throws {
        let result = try layout(Document(body: [.paragraph(Paragraph("Un.")), .pageBreak(), .paragraph(Paragraph("Deux."))]))
        #expect(result.pages.count == 2)
        #expect(result.page(containing: "Deux.") == 2)
    }

    @Test("keep-together moves a group that fits on one page to the next page")
    func keepTogether() throws {
        var style = TextStyle()
        style.spaceAfter = 0
        let group = Block.keepTogether((0..<6).map { Block.paragraph(Paragraph("Groupe \($0).")) })
        let body = Array(repeating: Block.paragraph(Paragraph("Ligne.")), count: 15) + [group]
        let result = try layout(Document(styles: StyleSheet(["body": style]), masters: [small], body: body))
        #expect(result.page(containing: "Groupe 0.") == 2)
        #expect(result.page(containing: "Groupe 5.") == 2)
    }

    @Test("nothing lands below the text area")
    func textStaysInTextArea() throws {
        let body = (0..<40).map { Block.paragraph(Paragraph(frenchParagraph($0))) }
        let result = try layout(Document(masters: [small], body: body))
        for page in result.pages {
            for line in page.lines {
                #expect(line.bottom <= 300 - 30 + 0.5)
                #expect(line.top >= 30 - 0.5)
            }
        }
    }

    @Test("a destination's page number resolves in a later pass")
    func pageOfDestination() throws {
        let body: [Block] = [.paragraph(Paragraph([.text("Voir page "), .field(.pageOf(destination: "annexe")), .text(".")])),
                             .pageBreak(), .pageBreak(),
                             .heading(Heading(level: 1, [.text("Annexe")], anchor: "annexe"))]
        let result = try layout(Document(body: body))
        #expect(result.pages[0].text.contains("Voir page 3."))
    }
}

@Suite("Page fields in the body")
struct BodyPageFieldTests {
    @Test("a page number in the body prints the page the paragraph lands on")
    func pageNumberInBody() throws {
        let body: [Block] = [.paragraph(Paragraph([.text("Première page "), .field(.pageNumber)])), .pageBreak(),
                             .paragraph(Paragraph([.text("Deuxième page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)]))]
        let result = try layout(Document(body: body))
        #expect(result.pages[0].text.contains("Première page 1"))
        #expect(result.pages[1].text.contains("Deuxième page 2 sur 2"))
    }
}
