import CCairo
import CPango

/// A line put together from pieces shaped once (see `ShapedWord`): each piece keeps its glyphs, and
/// the spaces between pieces are given the widths justification asks for. Drawn as Pango draws a
/// line: one run of glyphs for each stretch of one font and colour, with its text and the clusters
/// tying glyphs to characters, so that the PDF keeps the characters (ligatures included) for search
/// and copy. The glyphs and clusters are made with the line, on the thread that sets it, so that
/// drawing only hands them to cairo (Pango's renderer cost 25,000 instructions a run, serially).
public final class ComposedLine: @unchecked Sendable {
    public struct Piece {
        public var word: ShapedWord
        /// The width to set the piece at (a space stretched or shrunk); nil: its own.
        public var width: Double?
        public var color: RGB
        public init(word: ShapedWord, width: Double? = nil, color: RGB) { self.word = word; self.width = width; self.color = color }
    }

    /// A stretch of pieces in one font and colour, `x` points from the line's start: cairo's glyphs
    /// and clusters, or Pango's glyph item when the clusters do not follow the text (then Pango's
    /// renderer draws it, as it always did).
    private struct Segment {
        enum Glyphs {
            case cairo(font: OpaquePointer, glyphs: [cairo_glyph_t], clusters: [cairo_text_cluster_t])
            case pango(item: UnsafeMutablePointer<PangoItem>, glyphs: UnsafeMutablePointer<PangoGlyphString>)
        }
        let glyphs: Glyphs
        let text: [UInt8]
        let color: RGB
        let x: Double
    }
    private let segments: [Segment]

    public init(_ pieces: [Piece]) {
        var segments: [Segment] = []
        var left = 0.0
        var group: Group = []
        func flush() {
            guard let first = group.first else { return }
            let segment = Self.segment(group, font: first.run.font, color: first.piece.color, at: left)
            left += segment.advance
            segments.append(segment.segment)
            group.removeAll(keepingCapacity: true)
        }
        for piece in pieces {
            for (index, run) in piece.word.runs.enumerated() {
                if let first = group.first, first.run.font != run.font || first.piece.color != piece.color { flush() }
                group.append((run, piece, index == piece.word.runs.count - 1))
            }
        }
        flush()
        self.segments = segments
    }

    deinit {
        for segment in segments {
            switch segment.glyphs {
            case .cairo(let font, _, _): cairo_scaled_font_destroy(font)
            case .pango(let item, let glyphs):
                pango_glyph_string_free(glyphs)
                pango_item_free(item)  // releases the item's reference to its font
            }
        }
    }

    /// Draws the line with its baseline's left end at (x, y): its runs of cairo glyphs join `batch`,
    /// the others (Pango's glyph items) are drawn at once, after what the batch held.
    public func draw(on canvas: Canvas, x: Double, y: Double, batch: inout GlyphBatch) {
        for segment in segments {
            switch segment.glyphs {
            case .cairo(let font, let glyphs, let clusters):
                batch.add(font: font, color: segment.color, glyphs: glyphs, clusters: clusters, text: segment.text,
                          x: x, y: y, on: canvas)
            case .pango(let item, let glyphs):
                batch.flush(on: canvas)
                let cr = canvas.cr
                cairo_save(cr)
                defer { cairo_restore(cr) }
                cairo_set_source_rgb(cr, segment.color.red, segment.color.green, segment.color.blue)
                cairo_move_to(cr, x + segment.x, y)
                var glyphItem = PangoGlyphItem()
                glyphItem.item = item
                glyphItem.glyphs = glyphs
                segment.text.withUnsafeBufferPointer { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { pango_cairo_show_glyph_item(cr, $0.baseAddress, &glyphItem) }
                }
            }
        }
    }

    private typealias Group = [(run: ShapedWord.Run, piece: Piece, lastOfPiece: Bool)]

    /// Runs of one font and colour as one segment, with its advance in points: cairo's glyphs and
    /// clusters, made as Pango's renderer makes them, or Pango's glyph item when a cluster would not
    /// follow the text or a glyph is missing from its font (Pango draws those as boxes).
    private static func segment(_ group: Group, font: UnsafeMutablePointer<PangoFont>, color: RGB, at x: Double)
        -> (segment: Segment, advance: Double) {
        let text = Self.text(of: group)
        var count = 0
        for entry in group { count += Int(entry.run.glyphs.pointee.num_glyphs) }
        // Filled in place: appending glyph by glyph cost more than Pango's renderer saves.
        var clusters = [cairo_text_cluster_t](repeating: cairo_text_cluster_t(), count: count + 1)
        var clusterCount = 0, advance: Int32 = 0
        var valid = true, started = false
        var clusterStart: Int32 = 0, inCluster: Int32 = 0
        let glyphs = [cairo_glyph_t](unsafeUninitializedCapacity: count) { buffer, filled in
            advance = forEachGlyph(of: group) { info, cluster, position in
                guard valid else { return }
                if !started {
                    // The first cluster starts the text; each later one follows the one before.
                    valid = cluster == 0
                    started = true
                } else if cluster != clusterStart {
                    guard cluster > clusterStart else { valid = false; return }
                    clusters[clusterCount] = cairo_text_cluster_t(num_bytes: cluster - clusterStart, num_glyphs: inCluster)
                    clusterCount += 1
                    clusterStart = cluster
                    inCluster = 0
                }
                guard valid, info.glyph != PANGO_GLYPH_EMPTY else { return }
                guard info.glyph & PANGO_GLYPH_UNKNOWN_FLAG == 0 else { valid = false; return }
                buffer[filled] = cairo_glyph_t(index: UInt(info.glyph), x: x + Double(position + info.geometry.x_offset) / TextShaper.scale,
                                               y: Double(info.geometry.y_offset) / TextShaper.scale)
                filled += 1
                inCluster += 1
            }
        }
        let points = Double(advance) / TextShaper.scale
        if valid, count > 0, Int(clusterStart) < text.count, let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) {
            clusters[clusterCount] = cairo_text_cluster_t(num_bytes: Int32(text.count) - clusterStart, num_glyphs: inCluster)
            clusters.removeLast(count - clusterCount)
            return (Segment(glyphs: .cairo(font: cairo_scaled_font_reference(scaled), glyphs: glyphs, clusters: clusters),
                            text: text, color: color, x: x), points)
        }
        let string = pango_glyph_string_new()!
        pango_glyph_string_set_size(string, Int32(count))
        var index = 0
        _ = forEachGlyph(of: group) { info, cluster, _ in
            string.pointee.glyphs[index] = info
            string.pointee.log_clusters[index] = cluster
            index += 1
        }
        let item = pango_item_new()!
        item.pointee.offset = 0
        item.pointee.length = Int32(text.count)
        item.pointee.num_chars = Int32(text.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })  // UTF-8 lead bytes
        g_object_ref(font)
        item.pointee.analysis.font = font
        item.pointee.analysis.language = pango_language_from_string("fr")
        return (Segment(glyphs: .pango(item: item, glyphs: string), text: text, color: color, x: x), points)
    }

    /// The segment's text: each piece's bytes once (a piece's runs follow one another).
    private static func text(of group: Group) -> [UInt8] {
        var text: [UInt8] = []
        var previous: ShapedWord?
        for entry in group where previous !== entry.piece.word {
            text += entry.piece.word.bytes
            previous = entry.piece.word
        }
        return text
    }

    /// Calls `each` with every glyph of the group as it is set (a justified space's last glyph takes
    /// up what the line gives it), its cluster (byte offset in the segment's text) and its position
    /// from the segment's start, in Pango units; returns the segment's advance.
    private static func forEachGlyph(of group: Group, _ each: (PangoGlyphInfo, Int32, Int32) -> Void) -> Int32 {
        var position: Int32 = 0
        var pieceStart = 0, textLength = 0
        var previous: ShapedWord?
        for entry in group {
            if previous !== entry.piece.word {
                pieceStart = textLength
                textLength += entry.piece.word.bytes.count
                previous = entry.piece.word
            }
            let source = entry.run.glyphs.pointee
            let count = Int(source.num_glyphs)
            for g in 0..<count {
                var info = source.glyphs[g]
                if g == count - 1, entry.lastOfPiece, let width = entry.piece.width {
                    info.geometry.width += Int32((width * TextShaper.scale).rounded())
                        - Int32((entry.piece.word.width * TextShaper.scale).rounded())
                }
                each(info, source.log_clusters[g] + Int32(pieceStart + entry.run.offset), position)
                position += info.geometry.width
            }
        }
        return position
    }
}

/// What draws a line: the glyphs Pango shaped for the whole line, or a line composed from pieces.
public enum LineGlyphs: Sendable {
    case shaped(ShapedText)
    case composed(ComposedLine)

    /// Draws the line; a composed line's glyphs join `batch` (see `GlyphBatch`).
    public func draw(on canvas: Canvas, x: Double, y: Double, batch: inout GlyphBatch) {
        switch self {
        case .shaped(let text):
            batch.flush(on: canvas)
            text.draw(on: canvas, x: x, y: y)
        case .composed(let line): line.draw(on: canvas, x: x, y: y, batch: &batch)
        }
    }
}
