import DocumentTree
import Layout
import Pages
import Testing

@Suite("Table of contents")
struct ContentsTests {
    /// A table of contents long enough to push the headings by a page, then headings and text;
    /// `numbered`: titles begin with their section number (« 7.1 »), whose entries hang.
    func document(headings: Int, numbered: Bool = false) -> Document {
        var body: [Block] = [.heading(Heading(level: 1, [.text("Sommaire")], inOutline: false)), .tableOfContents(TableOfContents(maxLevel: 2))]
        for index in 1...headings {
            let level = index % 3 == 1 ? 1 : 2
            let number = numbered ? (level == 1 ? "\(index / 3 + 1). " : "\(index / 3 + 1).\(index % 3) ") : ""
            body.append(.heading(Heading(level: level, [.text(number + "Critère \(index) : vie de l’établissement")], anchor: "c\(index)")))
            body += (0..<3).map { .paragraph(Paragraph(frenchParagraph(index + $0))) }
        }
        return Document(body: body)
    }

    /// The page (1-based) of each named destination.
    func destinationPages(_ result: LaidOutDocument) -> [String: Int] {
        var pages: [String: Int] = [:]
        for (index, page) in result.pages.enumerated() {
            for case .destination(let name, _) in page.items where pages[name] == nil { pages[name] = index + 1 }
        }
        return pages
    }

    @Test("each entry links to its heading and shows the page the heading lands on, whole (two or three digits beside a hanging number too)",
          arguments: [false, true])
    func pageNumbersAreExact(numbered: Bool) throws {
        let result = try layout(document(headings: 70, numbered: numbered))
        let destinations = destinationPages(result)
        var entries = 0
        var contentsPages = Set<Int>()
        for (index, page) in result.pages.enumerated() {
            for case .link(let rect, .destination(let anchor)) in page.items {
                let number = try #require(page.lines.last { $0.origin.y > rect.y && $0.origin.y < rect.maxY && Int($0.text) != nil })
                #expect(Int(number.text) == destinations[anchor], "entry for \(anchor)")
                #expect(abs(number.origin.x + number.width - (PageSize.a4.width - 2.2 * Unit.centimetre)) < 1, "flush right")
                let leader = try #require(page.lines.first { $0.origin.y == number.origin.y && $0.text.contains(". .") })
                #expect(leader.origin.x + leader.width <= number.origin.x)
                entries += 1
                contentsPages.insert(index)
            }
        }
        #expect(entries == 70)
        #expect(contentsPages.count >= 2, "the contents take more than one page and push the headings")
        #expect(destinations.values.max() ?? 0 >= 10, "page numbers of two digits")
    }

    @Test("entries deeper than the maximum level are left out and levels are indented")
    func levels() throws {
        let body: [Block] = [
            .tableOfContents(TableOfContents(maxLevel: 2)),
            .heading(Heading(level: 1, [.text("Partie")])),
            .heading(Heading(level: 2, [.text("Section")])),
            .heading(Heading(level: 3, [.text("Détail")])),
        ]
        let result = try layout(Document(body: body))
        let lines = result.pages[0].lines
        let part = try #require(lines.first { $0.text == "Partie" })
        let section = try #require(lines.first { $0.text == "Section" })
        #expect(section.origin.x > part.origin.x)
        #expect(lines.filter { $0.text == "Détail" }.count == 1, "only the heading itself")
    }

    @Test("a numbered entry's wrapped lines hang under its title, an unnumbered one's under its first line",
          arguments: [("7.4 ", true), ("", false)])
    func hangingEntries(number: String, hangs: Bool) throws {
        let title = number + "Critère 4 : Partenariat actif avec le tissu économique local, les organismes de proximité "
            + "et les établissements partenaires (formation professionnelle, orientation, insertion)"
        let document = Document(body: [.tableOfContents(TableOfContents(maxLevel: 2)),
                                       .heading(Heading(level: 2, [.text(title)], anchor: "c4"))])
        let lines = try layout(document).pages[0].lines
        let first = try #require(lines.firstIndex { $0.text.hasPrefix(number + "Critère 4") })
        let wrapped = lines[first + 1]
        #expect(!wrapped.text.hasPrefix(". ") && lines.count > first + 2, "the entry wraps: \(lines.map(\.text))")
        let shift = wrapped.origin.x - lines[first].origin.x
        if hangs { #expect(shift > 12 && shift < 25, "shift \(shift)") } else { #expect(abs(shift) < 0.5, "shift \(shift)") }
    }
}
