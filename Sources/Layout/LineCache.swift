import DocumentTree

/// Paragraphs already set by an earlier pass of the same layout. Text without page fields comes
/// out the same in every pass, so a pass after the first (for a table of contents) reshapes only
/// what shows page numbers. Lives for one `layout` call.
final class LineCache {
    struct Key: Hashable {
        let inlines: [Inline]
        let style: TextStyle
        let left: Points
        let width: Points
        /// The texts hashed once, from their UTF-8 bytes: Swift hashes a String with accents through
        /// its normalized form (6,000 instructions for a paragraph), and a dictionary hashes a key at
        /// each look-up and again each time it grows.
        private let textHash: Int

        init(inlines: [Inline], style: TextStyle, left: Points, width: Points) {
            self.inlines = inlines; self.style = style; self.left = left; self.width = width
            var hasher = Hasher()
            Self.hashTexts(inlines, into: &hasher)
            textHash = hasher.finalize()
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

        func hash(into hasher: inout Hasher) {
            hasher.combine(textHash)
            hasher.combine(style)
            hasher.combine(left)
            hasher.combine(width)
        }

        static func == (a: Key, b: Key) -> Bool {
            a.textHash == b.textHash && a.left == b.left && a.width == b.width && a.style == b.style && a.inlines == b.inlines
        }
    }
    private var entries: [Key: [FlowBox]] = [:]

    func lines(for key: Key, _ make: () throws -> [FlowBox]) rethrows -> [FlowBox] {
        try Self.value(for: key, in: &entries, make)
    }

    /// A table's key hashes its cells' texts once too (a 300-row table: 3.7 million instructions a hash).
    struct TableKey: Hashable {
        let table: Table
        let left: Points
        let width: Points
        let pageHeight: Points
        private let textHash: Int

        init(table: Table, left: Points, width: Points, pageHeight: Points) {
            self.table = table; self.left = left; self.width = width; self.pageHeight = pageHeight
            var hasher = Hasher()
            for row in table.rows {
                hasher.combine(row.cells.count)
                for cell in row.cells {
                    hasher.combine(cell.blocks.count)
                    for case .paragraph(let paragraph) in cell.blocks {
                        Key.hashTexts(paragraph.content, into: &hasher)
                    }
                }
            }
            textHash = hasher.finalize()
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(textHash)
            hasher.combine(left)
            hasher.combine(width)
            hasher.combine(pageHeight)
        }

        static func == (a: TableKey, b: TableKey) -> Bool {
            a.textHash == b.textHash && a.left == b.left && a.width == b.width && a.pageHeight == b.pageHeight && a.table == b.table
        }
    }
    private var tables: [TableKey: [FlowElement]] = [:]

    /// A table of plain paragraphs is set once: a later pass finds its rows, slices and repeated
    /// headers as the first pass left them (a 300-row table took a pass a sixth of its time).
    func table(for key: TableKey, _ make: () throws -> [FlowElement]) rethrows -> [FlowElement] {
        try Self.value(for: key, in: &tables, make)
    }

    private static func value<K, V>(for key: K, in entries: inout [K: V], _ make: () throws -> V) rethrows -> V {
        if let cached = entries[key] { return cached }
        let value = try make()
        entries[key] = value
        return value
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
