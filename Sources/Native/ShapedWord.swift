import CPango

/// A piece of text shaped once by Pango (a word, a space): its glyphs are reused on every line the
/// piece is set on, the line breaker placing them instead of Pango shaping each line again.
public final class ShapedWord {
    /// Glyph strings in visual order, each with its font, its bytes' offset in the piece's text,
    /// how far it is raised (a superscript's rise, Pango units) and its language (for the font's metrics).
    struct Run {
        let font: UnsafeMutablePointer<PangoFont>
        let glyphs: UnsafeMutablePointer<PangoGlyphString>
        let offset: Int
        let rise: Int32
        let language: OpaquePointer?
    }
    let runs: [Run]
    let bytes: [UInt8]
    /// Advance width in points.
    public let width: Double

    /// Copies the glyphs of `layout`'s first line (a layout holding just `text`, unwrapped).
    init(layout: OpaquePointer, text: String, width: Double) {
        bytes = Array(text.utf8)
        self.width = width
        var runs: [Run] = []
        var node = pango_layout_get_line_readonly(layout, 0)?.pointee.runs
        while let current = node {
            if let data = current.pointee.data {
                let glyphItem = data.assumingMemoryBound(to: PangoGlyphItem.self)
                let item = glyphItem.pointee.item!
                let font = item.pointee.analysis.font!
                g_object_ref(font)
                runs.append(Run(font: font, glyphs: pango_glyph_string_copy(glyphItem.pointee.glyphs),
                                offset: Int(item.pointee.offset), rise: glyphItem.pointee.y_offset,
                                language: item.pointee.analysis.language))
            }
            node = current.pointee.next
        }
        self.runs = runs
    }

    /// Where the piece's byte `offset` begins, in points from the piece's left end: the advance of
    /// the glyphs of the bytes before it (left-to-right text), the whole width at the end.
    public func x(atByte offset: Int) -> Double {
        var position: Int32 = 0
        for run in runs {
            let glyphs = run.glyphs.pointee
            for g in 0..<Int(glyphs.num_glyphs) {
                if run.offset + Int(glyphs.log_clusters[g]) >= offset { return Double(position) / TextShaper.scale }
                position += glyphs.glyphs[g].geometry.width
            }
        }
        return width
    }

    deinit {
        for run in runs {
            pango_glyph_string_free(run.glyphs)
            ldm_g_object_unref(UnsafeMutableRawPointer(run.font))
        }
    }
}
