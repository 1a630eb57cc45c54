import DocumentTree
import Native
import Pages

/// Lays out a document tree into pages. Owns Pango and libhyphen handles: one engine per task.
public final class LayoutEngine {
    public let fonts: FontSet
    let shaper: TextShaper
    let hyphenator: Hyphenator
    let hyphenatedWords = HyphenatedWords()
    /// Passes are repeated while page numbers of destinations (table of contents) still move.
    static let maximumPasses = 4

    /// How justified paragraphs are broken into lines (ragged text is always broken greedily).
    public enum LineBreaking: String, Sendable, CaseIterable {
        /// Knuth and Plass's total fit: even spacing, few hyphens.
        case totalFit = "total-fit"
        /// Pango's first fit: faster, more hyphens.
        case greedy
    }
    public var lineBreaking: LineBreaking = .totalFit

    var lineBreaker: LineBreaker {
        switch lineBreaking {
        case .totalFit: TotalFitLineBreaker(shaper: shaper)
        case .greedy: GreedyLineBreaker(shaper: shaper)
        }
    }

    public init(fonts: FontSet) throws {
        self.fonts = fonts
        shaper = TextShaper(fonts: fonts)
        hyphenator = try Hyphenator()
    }

    public convenience init() throws { try self.init(fonts: FontSet()) }

    public func layout(_ document: Document) throws -> LaidOutDocument {
        for (name, style) in document.styles.styles {
            do { try fonts.requireFamily(style.family) } catch let error as NativeError {
                throw LayoutError("style « \(name) »: \(error.message)")
            }
        }
        var fields = FieldValues()
        var bodies: [PageBody] = []
        let lineCache = LineCache()
        for _ in 0..<Self.maximumPasses {
            let pass = try paginate(document, fields: fields, lineCache: lineCache)
            bodies = pass.bodies
            let next = FieldValues(pageCount: bodies.count, destinationPages: destinationPages(bodies), headings: pass.headings)
            // One pass is enough unless the pass printed numbers only a later pass knows.
            let settled = !pass.readsLaterPasses || next == fields
            fields = next
            if settled { break }
        }
        let pages = try bodies.enumerated().map { index, body in
            try decorate(body, number: index + 1, of: bodies.count, document: document, fields: fields)
        }
        return LaidOutDocument(metadata: document.metadata, pages: pages)
    }

    /// A body of a page with the master it was filled with.
    struct PageBody {
        var master: PageMaster
        var body: Paginator.Body
    }

    private func paginate(_ document: Document, fields: FieldValues, lineCache: LineCache) throws
        -> (bodies: [PageBody], headings: [HeadingEntry], readsLaterPasses: Bool) {
        let flow = BlockFlow(shaper: shaper, breaker: lineBreaker, styles: document.styles,
                             hyphenation: SoftHyphenInserter(hyphenator: hyphenator, settings: document.hyphenation,
                                                             words: hyphenatedWords),
                             fields: fields, lineCache: lineCache)
        var bodies: [PageBody] = []
        guard var master = document.masters.first else { throw LayoutError("the document has no page master") }
        var section: [Block] = []
        func closeSection() throws {
            let width = master.size.width - master.margins.left - master.margins.right
            let height = master.size.height - master.margins.top - master.margins.bottom
            guard width > 0, height > 0 else {
                throw LayoutError("page master « \(master.name) »: its margins leave no text area")
            }
            flow.pageHeight = height
            let elements = try flow.elements(for: section, left: 0, width: width)
            bodies += Paginator(capacity: height).paginate(elements).map { PageBody(master: master, body: $0) }
            section = []
        }
        for block in document.body {
            if case .pageBreak(let name?) = block {
                try closeSection()
                guard let next = document.master(named: name) else {
                    throw LayoutError("page break asks for the page master « \(name) », which the document does not define")
                }
                master = next
            } else {
                section.append(block)
            }
        }
        try closeSection()
        return (bodies, flow.headings, flow.readsLaterPasses)
    }

    private func destinationPages(_ bodies: [PageBody]) -> [String: Int] {
        var pages: [String: Int] = [:]
        for (index, page) in bodies.enumerated() {
            for case .destination(let name, _) in page.body.items where pages[name] == nil { pages[name] = index + 1 }
        }
        return pages
    }
}
