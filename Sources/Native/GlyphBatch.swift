import CCairo

/// Glyphs of consecutive composed lines in one font and colour, drawn by one `cairo_show_text_glyphs`.
/// A PDF surface records, analyses and writes each call of a page with a cost of its own (about
/// 14,000 instructions, measured in C): a paragraph's lines drawn in one call save that per line.
/// The caller flushes the batch before anything else is drawn, so that the order of drawing stays.
public struct GlyphBatch {
    private var font: OpaquePointer?
    private var color = RGB(red: 0, green: 0, blue: 0)
    private var glyphs: [cairo_glyph_t] = []
    private var clusters: [cairo_text_cluster_t] = []
    private var text: [UInt8] = []

    public init() {}

    /// Adds a run whose glyphs are placed from (x, y); draws what the batch held first when the
    /// font or colour differs.
    mutating func add(font: OpaquePointer, color: RGB, glyphs: [cairo_glyph_t], clusters: [cairo_text_cluster_t],
                      text: [UInt8], x: Double, y: Double, on canvas: Canvas) {
        if font != self.font || color != self.color {
            flush(on: canvas)
            self.font = font
            self.color = color
        }
        for glyph in glyphs {
            self.glyphs.append(cairo_glyph_t(index: glyph.index, x: glyph.x + x, y: glyph.y + y))
        }
        self.clusters += clusters
        self.text += text
    }

    /// Draws the glyphs held, if any.
    public mutating func flush(on canvas: Canvas) {
        guard let font, !glyphs.isEmpty else { return }
        let cr = canvas.cr
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
        cairo_set_scaled_font(cr, font)
        text.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                cairo_show_text_glyphs(cr, text.baseAddress, Int32(text.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
            }
        }
        glyphs.removeAll(keepingCapacity: true)
        clusters.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
    }
}
