import CCairo
import CPango

/// A line put together from pieces shaped once (see `ShapedWord`): each piece keeps its glyphs, and
/// the spaces between pieces are given the widths justification asks for. Drawn as Pango draws a
/// line: one glyph item for each stretch of one font and colour, with the text, so that the PDF
/// keeps the characters (ligatures included) for search and copy. The glyph items are made with
/// the line, on the thread that sets it, so that drawing only shows them.
public final class ComposedLine: @unchecked Sendable {
    public struct Piece {
        public var word: ShapedWord
        /// The width to set the piece at (a space stretched or shrunk); nil: its own.
        public var width: Double?
        public var color: RGB
        public init(word: ShapedWord, width: Double? = nil, color: RGB) { self.word = word; self.width = width; self.color = color }
    }

    /// One glyph item: a stretch of pieces in one font and colour, `x` points from the line's start.
    private struct Segment {
        let item: UnsafeMutablePointer<PangoItem>
        let glyphs: UnsafeMutablePointer<PangoGlyphString>
        let text: [UInt8]
        let color: RGB
        let x: Double
    }
    private let segments: [Segment]

    public init(_ pieces: [Piece]) {
        var segments: [Segment] = []
        var left = 0.0
        var group: [(run: ShapedWord.Run, piece: Piece, lastOfPiece: Bool)] = []
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
            pango_glyph_string_free(segment.glyphs)
            pango_item_free(segment.item)  // releases the item's reference to its font
        }
    }

    /// Draws the line with its baseline's left end at (x, y).
    public func draw(on canvas: Canvas, x: Double, y: Double) {
        let cr = canvas.cr
        cairo_save(cr)
        defer { cairo_restore(cr) }
        for segment in segments {
            var glyphItem = PangoGlyphItem()
            glyphItem.item = segment.item
            glyphItem.glyphs = segment.glyphs
            cairo_set_source_rgb(cr, segment.color.red, segment.color.green, segment.color.blue)
            cairo_move_to(cr, x + segment.x, y)
            segment.text.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { pango_cairo_show_glyph_item(cr, $0.baseAddress, &glyphItem) }
            }
        }
    }

    /// Runs of one font and colour as one glyph item, with its advance in points.
    private static func segment(_ group: [(run: ShapedWord.Run, piece: Piece, lastOfPiece: Bool)], font: UnsafeMutablePointer<PangoFont>,
                                color: RGB, at x: Double) -> (segment: Segment, advance: Double) {
        var text: [UInt8] = []
        var count = 0
        for entry in group { count += Int(entry.run.glyphs.pointee.num_glyphs) }
        let glyphs = pango_glyph_string_new()!
        pango_glyph_string_set_size(glyphs, Int32(count))
        var index = 0
        var advance: Int32 = 0
        var pieceStart = 0
        var previousPiece: ShapedWord?
        for entry in group {
            // A piece's runs follow one another: their bytes are the piece's, added once.
            if previousPiece !== entry.piece.word {
                pieceStart = text.count
                text += entry.piece.word.bytes
                previousPiece = entry.piece.word
            }
            let source = entry.run.glyphs.pointee
            var runAdvance: Int32 = 0
            for g in 0..<Int(source.num_glyphs) {
                glyphs.pointee.glyphs[index] = source.glyphs[g]
                glyphs.pointee.log_clusters[index] = source.log_clusters[g] + Int32(pieceStart + entry.run.offset)
                runAdvance += source.glyphs[g].geometry.width
                index += 1
            }
            if entry.lastOfPiece, let width = entry.piece.width, index > 0 {
                // A justified space: its last glyph takes up what the line gives it.
                let wanted = Int32((width * TextShaper.scale).rounded())
                let shapedWidth = Int32((entry.piece.word.width * TextShaper.scale).rounded())
                glyphs.pointee.glyphs[index - 1].geometry.width += wanted - shapedWidth
                runAdvance += wanted - shapedWidth
            }
            advance += runAdvance
        }
        let item = pango_item_new()!
        item.pointee.offset = 0
        item.pointee.length = Int32(text.count)
        item.pointee.num_chars = Int32(text.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) })  // UTF-8 lead bytes
        g_object_ref(font)
        item.pointee.analysis.font = font
        item.pointee.analysis.language = pango_language_from_string("fr")
        return (Segment(item: item, glyphs: glyphs, text: text, color: color, x: x), Double(advance) / TextShaper.scale)
    }
}

/// What draws a line: the glyphs Pango shaped for the whole line, or a line composed from pieces.
public enum LineGlyphs: Sendable {
    case shaped(ShapedText)
    case composed(ComposedLine)

    public func draw(on canvas: Canvas, x: Double, y: Double) {
        switch self {
        case .shaped(let text): text.draw(on: canvas, x: x, y: y)
        case .composed(let line): line.draw(on: canvas, x: x, y: y)
        }
    }
}
