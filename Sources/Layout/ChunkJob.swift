import DocumentTree
import Native
import Pages

/// What it takes to set one chunk of a section (see `SectionChunks`) on any thread, given that
/// thread's typesetter.
struct ChunkJob: Sendable {
    var chunks: [[Block]]
    var section: Int
    var document: Document
    var fields: FieldValues
    /// One per chunk.
    var caches: [LineCache]
    var images: ImageSizes
    var lineBreaking: LayoutEngine.LineBreaking
    /// The text area, in page coordinates.
    var area: Rect

    func set(_ index: Int, with typesetter: Typesetter) -> LayoutEngine.SetChunk {
        let hyphenation: SoftHyphenInserter
        do { hyphenation = try typesetter.hyphenation(for: document) } catch {
            return LayoutEngine.SetChunk(elements: .failure(error), headings: [], readsLaterPasses: false, keepsWithNext: false)
        }
        let flow = BlockFlow(shaper: typesetter.shaper,
                             breaker: LayoutEngine.lineBreaker(lineBreaking, shaper: typesetter.shaper),
                             styles: document.styles,
                             hyphenation: hyphenation,
                             fields: fields, lineCache: caches[index], images: images, anchorNamespace: "\(section).\(index).")
        flow.pageArea = area
        let elements = Result { try flow.elements(for: chunks[index], left: 0, width: area.width) }
        return LayoutEngine.SetChunk(elements: elements, headings: flow.headings, readsLaterPasses: flow.readsLaterPasses,
                                     keepsWithNext: chunks[index].last.map(flow.keepsWithNext) ?? false)
    }
}
