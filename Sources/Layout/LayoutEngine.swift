import DocumentTree
import Foundation
import Native
import Pages

/// Lays out a document tree into pages. Owns Pango and libhyphen handles: one engine per task.
public final class LayoutEngine {
    public let fonts: FontSet
    /// The engine's own handles; `helpers` are made when a long section first needs them, or
    /// beforehand by `prepareHelpers`.
    private(set) var main: Typesetter
    /// The helper threads' typesetters, handed to them for each long section and back.
    private var helpers: [Handoff<Typesetter>] = []
    private var preparing: Background<[Handoff<Typesetter>]>?
    var shaper: TextShaper { main.shaper }
    /// The images of the engine's documents, read once (a batch's certificates all show the same logo).
    let images = ImageSizes()
    /// Threads that set a long section's text (see `SectionChunks`): the processors available,
    /// four at most. A batch that already renders a document per processor sets it to 1.
    public var threads = min(ProcessInfo.processInfo.activeProcessorCount, 4)
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

    static func lineBreaker(_ breaking: LineBreaking, shaper: TextShaper) -> LineBreaker {
        switch breaking {
        case .totalFit: TotalFitLineBreaker(shaper: shaper)
        case .greedy: GreedyLineBreaker(shaper: shaper)
        }
    }

    public init(fonts: FontSet) throws {
        self.fonts = fonts
        main = try Typesetter(fonts: fonts)
    }

    public convenience init() throws { try self.init(fonts: FontSet()) }

    deinit { _ = preparing?.take() }

    /// Starts making the helpers' handles on another thread, for a document that may be long: the
    /// caller goes on (expands the template) while a processor that would wait makes them.
    public func prepareHelpers() {
        guard threads > 1, helpers.isEmpty, preparing == nil else { return }
        let source = fonts.source, count = threads - 1
        preparing = Background { (0..<count).compactMap { _ in Typesetter.handoff(fonts: source) } }
    }

    public func layout(_ document: Document) throws -> LaidOutDocument {
        for (name, style) in document.styles.styles {
            do { try fonts.requireFamily(style.family) } catch let error as NativeError {
                throw LayoutError("style « \(name) » : \(error.message)")
            }
        }
        do {
            guard document.shrinkToFit else { return try layoutAsWritten(document) }
            return try layoutShrinkingToFit(document)
        } catch let overlap as PlacedArea.Overlap {
            throw overlap.error
        }
    }

    /// The document laid out in the sizes it is written in. `lineCaches` may hold the lines of an
    /// earlier layout of the same document (its keys hold each paragraph's style).
    func layoutAsWritten(_ document: Document, lineCaches: LineCaches = LineCaches()) throws -> LaidOutDocument {
        var fields = FieldValues()
        var bodies: [PageBody] = []
        for _ in 0..<Self.maximumPasses {
            let pass = try paginate(document, fields: fields, lineCaches: lineCaches)
            bodies = pass.bodies
            let next = FieldValues(pageCount: bodies.count, destinationPages: destinationPages(bodies), headings: pass.headings)
            // One pass is enough unless the pass printed numbers only a later pass knows.
            let settled = !pass.readsLaterPasses || next == fields
            fields = next
            if settled { break }
        }
        let bandLines = LineCache()
        let pages = try bodies.enumerated().map { index, body in
            try decorate(body, number: index + 1, of: bodies.count, document: document, fields: fields, bandLines: bandLines)
        }
        return LaidOutDocument(metadata: document.metadata, pages: pages)
    }

    /// A body of a page with the master it was filled with.
    struct PageBody {
        var master: PageMaster
        var body: Paginator.Body
    }

    private func paginate(_ document: Document, fields: FieldValues, lineCaches: LineCaches) throws
        -> (bodies: [PageBody], headings: [HeadingEntry], readsLaterPasses: Bool) {
        var bodies: [PageBody] = []
        var headings: [HeadingEntry] = []
        var readsLaterPasses = false
        guard var master = document.masters.first else { throw LayoutError("le document n'a aucun gabarit de page (<page-master>)") }
        var section: [Block] = []
        var sectionNumber = 0
        func closeSection() throws {
            let width = master.size.width - master.margins.left - master.margins.right
            let height = master.size.height - master.margins.top - master.margins.bottom
            guard width > 0, height > 0 else {
                throw LayoutError("gabarit de page « \(master.name) » : ses marges ne laissent aucune place au texte")
            }
            var elements: [FlowElement] = []
            let ranges = SectionChunks.ranges(section)
            let chunks = try setChunks(ranges.map { Array(section[$0]) }, section: sectionNumber, document: document,
                                       fields: fields, lineCaches: lineCaches,
                                       area: Rect(x: master.margins.left, y: master.margins.top, width: width, height: height))
            for (index, chunk) in chunks.enumerated() {
                elements += try chunk.elements.get()
                if index < chunks.count - 1, !chunk.keepsWithNext { elements.append(.breakAllowed) }
                headings += chunk.headings
                readsLaterPasses = readsLaterPasses || chunk.readsLaterPasses
            }
            bodies += Paginator(capacity: height).paginate(elements).map { PageBody(master: master, body: $0) }
            section = []
            sectionNumber += 1
        }
        for block in document.body {
            if case .pageBreak(let name?) = block {
                try closeSection()
                guard let next = document.master(named: name) else {
                    throw LayoutError("un saut de page demande le gabarit de page « \(name) », que le document ne définit pas")
                }
                master = next
            } else {
                section.append(block)
            }
        }
        try closeSection()
        return (bodies, headings, readsLaterPasses)
    }

    /// One chunk of a section set by one thread: what the section needs of it.
    struct SetChunk: Sendable {
        var elements: Result<[FlowElement], Error>
        var headings: [HeadingEntry]
        var readsLaterPasses: Bool
        /// Whether the chunk's last block keeps with the next chunk's first.
        var keepsWithNext: Bool
    }

    /// Sets the chunks of a section, in parallel when there are several: each thread takes the next
    /// chunk with its own handles. Chunk `c` of section `s` names its generated anchors `s.c.n`.
    private func setChunks(_ chunks: [[Block]], section: Int, document: Document, fields: FieldValues,
                           lineCaches: LineCaches, area: Rect) throws -> [SetChunk] {
        let job = ChunkJob(chunks: chunks, section: section, document: document, fields: fields,
                           caches: chunks.indices.map { lineCaches.cache(section: section, chunk: $0) }, images: images,
                           lineBreaking: lineBreaking, area: area)
        let workers = min(max(threads, 1), chunks.count)
        if workers == 1 { return chunks.indices.map { job.set($0, with: main) } }
        if let preparing {
            helpers += preparing.take() ?? []
            self.preparing = nil
        }
        let source = fonts.source
        let (chunks, idle) = SharedWork.run(chunks.count, helpers: workers - 1, local: &main, idle: helpers,
                                            make: { try? Typesetter(fonts: source.load()) },
                                            work: { index, typesetter in job.set(index, with: typesetter) })
        helpers = idle
        return chunks
    }

    private func destinationPages(_ bodies: [PageBody]) -> [String: Int] {
        var pages: [String: Int] = [:]
        for (index, page) in bodies.enumerated() {
            for case .destination(let name, _) in page.body.items where pages[name] == nil { pages[name] = index + 1 }
        }
        return pages
    }
}
