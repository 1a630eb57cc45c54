import DocumentTree
import Synchronization

/// Paragraphs already set by an earlier pass of the same layout. Text without page fields comes
/// out the same in every pass, so a pass after the first (for a table of contents) reshapes only
/// what shows page numbers. Lives for one `layout` call.
final class LineCache: Sendable {
    /// A paragraph: its inlines, set in a style at a place and width.
    typealias Key = TextKey<[Inline], ParagraphPlace>
    struct ParagraphPlace: Hashable {
        var style: TextStyle
        var left: Points
        var width: Points
    }
    private let entries = Mutex<[Key: [FlowBox]]>([:])

    func lines(for key: Key, _ make: () throws -> [FlowBox]) rethrows -> [FlowBox] {
        try Self.value(for: key, in: entries, make)
    }

    /// A table of plain paragraphs, set at a place and width on pages of a height.
    typealias TableKey = TextKey<Table, TablePlace>
    struct TablePlace: Hashable {
        var left: Points
        var width: Points
        var pageHeight: Points
    }
    private let tables = Mutex<[TableKey: [FlowElement]]>([:])

    /// A table of plain paragraphs is set once: a later pass finds its rows, slices and repeated
    /// headers as the first pass left them (a 300-row table took a pass a sixth of its time).
    func table(for key: TableKey, _ make: () throws -> [FlowElement]) rethrows -> [FlowElement] {
        try Self.value(for: key, in: tables, make)
    }

    /// The lock is not held while a value is made (making one may look up another).
    private static func value<K: Sendable, V: Sendable>(for key: K, in entries: borrowing Mutex<[K: V]>,
                                                        _ make: () throws -> V) rethrows -> V {
        if let cached = entries.withLock({ $0[key] }) { return cached }
        let value = try make()
        entries.withLock { $0[key] = value }
        return value
    }
}

/// A cache key whose texts are hashed once, from their UTF-8 bytes: Swift hashes a String with
/// accents through its normalized form (costly for a paragraph, much more so for a long table), and
/// a dictionary hashes a key at each look-up and again each time it grows.
/// Equal keys have equal content, compared in full.
struct TextKey<Content: Equatable & Sendable, Place: Hashable & Sendable>: Hashable, Sendable {
    let content: Content
    let place: Place
    private let textHash: Int

    private init(content: Content, place: Place, hashTexts: (inout Hasher) -> Void) {
        self.content = content
        self.place = place
        var hasher = Hasher()
        hashTexts(&hasher)
        textHash = hasher.finalize()
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(textHash)
        hasher.combine(place)
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        a.textHash == b.textHash && a.place == b.place && a.content == b.content
    }

    static func hashTexts(_ inlines: [Inline], into hasher: inout Hasher) {
        for inline in inlines {
            switch inline {
            case .text(var text, let style):
                text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
                hasher.combine(style)
            case .link(let target, let inner):
                hasher.combine(target)
                hashTexts(inner, into: &hasher)
            case .field, .lineBreak:
                hasher.combine(inline)
            }
        }
    }
}

extension TextKey where Content == [Inline], Place == LineCache.ParagraphPlace {
    init(inlines: [Inline], style: TextStyle, left: Points, width: Points) {
        self.init(content: inlines, place: Place(style: style, left: left, width: width)) { Self.hashTexts(inlines, into: &$0) }
    }
}

extension TextKey where Content == Table, Place == LineCache.TablePlace {
    init(table: Table, left: Points, width: Points, pageHeight: Points) {
        self.init(content: table, place: Place(left: left, width: width, pageHeight: pageHeight)) { hasher in
            for row in table.rows {
                hasher.combine(row.cells.count)
                for cell in row.cells {
                    hasher.combine(cell.blocks.count)
                    for case .paragraph(let paragraph) in cell.blocks { Self.hashTexts(paragraph.content, into: &hasher) }
                }
            }
        }
    }
}

/// The line caches of one layout, one per chunk of a section (see `SectionChunks`): a chunk is set
/// by one thread at a time, and finds in later passes the lines it set in the first.
final class LineCaches {
    private var caches: [[LineCache]] = []

    func cache(section: Int, chunk: Int) -> LineCache {
        while caches.count <= section { caches.append([]) }
        while caches[section].count <= chunk { caches[section].append(LineCache()) }
        return caches[section][chunk]
    }
}
