import DocumentTree
import Foundation
import Native
import Pages
import Synchronization

/// Lays out a document tree into pages. Owns Pango and libhyphen handles: one engine per task.
public final class LayoutEngine {
    public let fonts: FontSet
    /// The engine's own handles; `helpers` are made when a long section first needs them, or
    /// beforehand by `prepareHelpers`.
    private let main: Typesetter
    private var helpers: [Typesetter] = []
    private var preparing: PreparedHelpers?
    var shaper: TextShaper { main.shaper }
    var hyphenator: Hyphenator { main.hyphenator }
    var hyphenatedWords: HyphenatedWords { main.hyphenatedWords }
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

    static func lineBreaker(_ breaking: LineBreaking, shaper: TextShaper, composes: Bool = false) -> LineBreaker {
        switch breaking {
        case .totalFit: TotalFitLineBreaker(shaper: shaper, composes: composes)
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
        preparing = PreparedHelpers(count: threads - 1, fonts: fonts)
    }

    /// Typesetters made on another thread; `take` waits for them.
    private final class PreparedHelpers: @unchecked Sendable {
        private let done = DispatchGroup()
        private var made: [Typesetter] = []

        init(count: Int, fonts: FontSet) {
            let fonts = Handed(value: fonts)
            DispatchQueue.global().async(group: done) {
                // Only this thread touches `made` until `take` has waited for it.
                for _ in 0..<count {
                    guard let typesetter = try? Typesetter(fonts: fonts.value.copy()) else { return }
                    self.made.append(typesetter)
                }
            }
        }

        func take() -> [Typesetter] {
            done.wait()
            return made
        }
    }

    public func layout(_ document: Document) throws -> LaidOutDocument {
        for (name, style) in document.styles.styles {
            do { try fonts.requireFamily(style.family) } catch let error as NativeError {
                throw LayoutError("style « \(name) »: \(error.message)")
            }
        }
        var fields = FieldValues()
        var bodies: [PageBody] = []
        let lineCaches = LineCaches()
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
        guard var master = document.masters.first else { throw LayoutError("the document has no page master") }
        var section: [Block] = []
        var sectionNumber = 0
        func closeSection() throws {
            let width = master.size.width - master.margins.left - master.margins.right
            let height = master.size.height - master.margins.top - master.margins.bottom
            guard width > 0, height > 0 else {
                throw LayoutError("page master « \(master.name) »: its margins leave no text area")
            }
            var elements: [FlowElement] = []
            let ranges = SectionChunks.ranges(section)
            let chunks = try setChunks(ranges.map { Array(section[$0]) }, section: sectionNumber, document: document,
                                       fields: fields, lineCaches: lineCaches, width: width, height: height)
            for (index, chunk) in chunks.enumerated() {
                elements += try chunk.elements.get()
                if index < chunks.count - 1, let last = section[ranges[index]].last, !chunk.flow.keepsWithNext(last) {
                    elements.append(.breakAllowed)
                }
                headings += chunk.flow.headings
                readsLaterPasses = readsLaterPasses || chunk.flow.readsLaterPasses
            }
            bodies += Paginator(capacity: height).paginate(elements).map { PageBody(master: master, body: $0) }
            section = []
            sectionNumber += 1
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
        return (bodies, headings, readsLaterPasses)
    }

    /// One chunk of a section set by one thread.
    struct SetChunk {
        var flow: BlockFlow
        var elements: Result<[FlowElement], Error>
    }

    /// Sets the chunks of a section, in parallel when there are several: each thread takes the next
    /// chunk with its own handles. Chunk `c` of section `s` names its generated anchors `s.c.n`.
    private func setChunks(_ chunks: [[Block]], section: Int, document: Document, fields: FieldValues,
                           lineCaches: LineCaches, width: Points, height: Points) throws -> [SetChunk] {
        let job = ChunkJob(chunks: chunks, section: section, document: document, fields: fields,
                           caches: chunks.indices.map { lineCaches.cache(section: section, chunk: $0) },
                           lineBreaking: lineBreaking, width: width, height: height)
        let workers = min(max(threads, 1), chunks.count)
        if workers == 1 { return chunks.indices.map { job.set($0, with: main) } }
        if let preparing {
            helpers += preparing.take()
            self.preparing = nil
        }
        // A helper missing yet is made by its own thread, while the others already set text.
        let slots = Mutex((0..<workers).map { worker -> Handed<Typesetter?> in
            Handed(value: worker == 0 ? main : helpers.indices.contains(worker - 1) ? helpers[worker - 1] : nil)
        })
        let next = Mutex(0)
        let results = Mutex([Handed<SetChunk>?](repeating: nil, count: chunks.count))
        let shared = Handed(value: (job, fonts))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let (job, fonts) = shared.value
            guard let typesetter = slots.withLock({ $0[worker].value }) ?? (try? Typesetter(fonts: fonts.copy())) else {
                return  // the other threads take this one's chunks
            }
            slots.withLock { $0[worker] = Handed(value: typesetter) }
            while let index = next.withLock({ i -> Int? in defer { i += 1 }; return i < chunks.count ? i : nil }) {
                let chunk = Handed(value: job.set(index, with: typesetter))
                results.withLock { $0[index] = chunk }
            }
        }
        helpers = slots.withLock { $0.dropFirst().compactMap(\.value) }
        return results.withLock { $0.map { $0!.value } }
    }

    /// What the threads of `setChunks` share: each uses only its own typesetter, the line cache of
    /// the chunk it took and the flow it makes; the results are read once every thread is done.
    private struct Handed<Value>: @unchecked Sendable { var value: Value }

    private func destinationPages(_ bodies: [PageBody]) -> [String: Int] {
        var pages: [String: Int] = [:]
        for (index, page) in bodies.enumerated() {
            for case .destination(let name, _) in page.body.items where pages[name] == nil { pages[name] = index + 1 }
        }
        return pages
    }
}
