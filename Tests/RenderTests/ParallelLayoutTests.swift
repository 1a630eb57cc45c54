import DocumentTree
import Native
import Pages
import Render
import Testing
@testable import Layout

/// A long section is set by several threads; the pages and the file must not depend on how many.
@Suite("Layout on several threads")
struct ParallelLayoutTests {
    static let sentences = [
        "Le lycée des métiers accueille des publics de statuts différents : élèves, apprentis, adultes en formation continue.",
        "Les partenariats avec les entreprises de la métropole permettent d’organiser les périodes de formation en milieu professionnel.",
        "L’établissement développe une politique d’ouverture internationale grâce aux mobilités Erasmus+ des élèves et des enseignants.",
        "La prévention du décrochage scolaire s’appuie sur un groupe réunissant enseignants, conseillers principaux d’éducation et psychologues.",
        "Chaque année, les résultats aux examens sont analysés en conseil pédagogique afin d’ajuster les réponses pédagogiques.",
    ]

    /// A contents page, then headings without anchors of their own (generated ones), justified text,
    /// cross references, a landscape section and a list: about forty pages.
    static func document() -> Document {
        let footer = Band(center: [.text("page "), .field(.pageNumber), .text(" sur "), .field(.pageCount)], style: "body")
        var body: [Block] = [.tableOfContents(TableOfContents(maxLevel: 2))]
        for index in 1...60 {
            if index == 41 { body.append(.pageBreak(master: "paysage")) }
            body.append(.heading(Heading(level: index % 4 == 1 ? 1 : 2, [.text("Critère \(index) : vie de l’établissement")])))
            for paragraph in 0..<3 {
                let text = (0..<5).map { sentences[(index + paragraph + $0 * 2) % sentences.count] }.joined(separator: " ")
                body.append(.paragraph(Paragraph([.text(text + " Voir la page "), .field(.pageOf(destination: "annexe")), .text(".")])))
            }
            if index % 10 == 0 {
                body.append(.list(ListBlock(marker: .bullet, items: sentences.map { [.paragraph(Paragraph($0))] })))
            }
        }
        body.append(.heading(Heading(level: 1, [.text("Annexe")], anchor: "annexe")))
        return Document(masters: [PageMaster(name: "portrait", footer: footer),
                                  PageMaster(name: "paysage", size: PageSize.a4.landscape, footer: footer)],
                        body: body)
    }

    func render(threads: Int, prepared: Bool = false) throws -> (pages: Int, pdf: [UInt8]) {
        let engine = try LayoutEngine()
        engine.threads = threads
        if prepared { engine.prepareHelpers() }
        let laidOut = try engine.layout(Self.document())
        return (laidOut.pages.count, try PDFRenderer.render(laidOut))
    }

    @Test("the document is cut into several chunks, and one thread or three (made then or beforehand) give the same PDF, byte for byte")
    func sameFileOnAnyNumberOfThreads() throws {
        let portrait = Self.document().body.prefix { if case .pageBreak = $0 { false } else { true } }
        #expect(SectionChunks.ranges(Array(portrait)).count >= 3)
        let one = try render(threads: 1), three = try render(threads: 3), prepared = try render(threads: 3, prepared: true)
        #expect(one.pages >= 30)
        #expect(one.pages == three.pages)
        #expect(one.pdf == three.pdf)
        // Helpers made beforehand, on another thread, set the same.
        #expect(one.pdf == prepared.pdf)
    }

    @Test("chunks cover every block once, in order, and a short tail joins the chunk before it")
    func chunksCoverTheSection() {
        let long = Block.paragraph(Paragraph(String(repeating: "a", count: SectionChunks.weight / 4)))
        let short = Block.paragraph(Paragraph("b"))
        // Four quarters make a chunk; a quarter and a line left over join the chunk before.
        #expect(SectionChunks.ranges(Array(repeating: long, count: 9) + [short]) == [0..<4, 4..<10])
        // Three quarters left over make a chunk of their own.
        #expect(SectionChunks.ranges(Array(repeating: long, count: 11)) == [0..<4, 4..<8, 8..<11])
        #expect(SectionChunks.ranges([]) == [0..<0])
        #expect(SectionChunks.ranges([short]) == [0..<1])
    }
}
