import CCairo
import CPango  // cairo_text_cluster_t comes through it too, which @inlinable code must name

/// Glyph runs of consecutive lines in one font and colour, drawn by one `cairo_show_text_glyphs`.
/// A PDF surface records, analyses and writes each call of a page with a cost of its own: a
/// paragraph's lines drawn in one call save that per line. The caller flushes the batch before
/// anything else is drawn, so that the order of drawing stays.
public struct GlyphBatch {
    private var key: String?
    private var font: OpaquePointer?
    private var color = RGB(red: 0, green: 0, blue: 0)
    /// Whether the runs held come with their text and clusters, and read right to left.
    private var withText = true, backward = false
    // Appended to glyph by glyph from Render: inlinable there.
    @usableFromInline var glyphs: [cairo_glyph_t] = []
    @usableFromInline var clusters: [cairo_text_cluster_t] = []
    @usableFromInline var text: [UInt8] = []

    public init() {}

    /// Starts a run in the font of `key` (see `FontRegistry`), drawing what the batch held first
    /// when the run cannot join it; false when the registry has no such font (nothing is drawn).
    /// `withText`: the run's clusters and text follow (`addCluster`, `addText`).
    public mutating func beginRun(font key: String, color: RGB, withText: Bool, backward: Bool,
                                  fonts: FontRegistry, on canvas: Canvas) -> Bool {
        if key == self.key, color == self.color, withText == self.withText, backward == self.backward, !backward {
            return true
        }
        flush(on: canvas)
        if key != self.key {
            guard let font = fonts.scaledFont(key) else { self.key = nil; return false }
            self.font = font
            self.key = key
        }
        self.color = color
        self.withText = withText
        self.backward = backward
        return true
    }

    @inlinable public mutating func addGlyph(_ id: UInt32, x: Double, y: Double) {
        glyphs.append(cairo_glyph_t(index: UInt(id), x: x, y: y))
    }

    @inlinable public mutating func addCluster(bytes: Int, glyphs: Int) {
        clusters.append(cairo_text_cluster_t(num_bytes: Int32(bytes), num_glyphs: Int32(glyphs)))
    }

    @inlinable public mutating func addText(_ text: String) { self.text += text.utf8 }

    /// Draws the glyphs held, if any.
    public mutating func flush(on canvas: Canvas) {
        guard let font, !glyphs.isEmpty else { return }
        let cr = canvas.cr
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
        cairo_set_scaled_font(cr, font)
        if withText {
            let flags = cairo_text_cluster_flags_t(rawValue: backward ? CAIRO_TEXT_CLUSTER_FLAG_BACKWARD.rawValue : 0)
            text.withUnsafeBufferPointer { bytes in
                bytes.withMemoryRebound(to: CChar.self) { text in
                    cairo_show_text_glyphs(cr, text.baseAddress, Int32(text.count), glyphs, Int32(glyphs.count),
                                           clusters, Int32(clusters.count), flags)
                }
            }
        } else {
            cairo_show_glyphs(cr, glyphs, Int32(glyphs.count))
        }
        glyphs.removeAll(keepingCapacity: true)
        clusters.removeAll(keepingCapacity: true)
        text.removeAll(keepingCapacity: true)
    }
}
