import DocumentTree
import Native
import Pages

/// Native's shaped values copied into the display list's plain data.
extension GlyphRun {
    init(_ run: ShapedRun) {
        self.init(font: FontID(run.font), size: run.size, color: Color(run.color),
                  glyphs: run.glyphs.map { Glyph(id: $0.id, x: $0.x, y: $0.y) },
                  clusters: run.clusters.map { GlyphCluster(bytes: $0.bytes, glyphs: $0.glyphs) },
                  text: run.text, backward: run.backward)
    }
}

extension Color {
    init(_ rgb: RGB) { self.init(red: rgb.red, green: rgb.green, blue: rgb.blue) }
}

extension Rect {
    /// A rectangle given from a line's origin at (x, y).
    init(_ rect: ShapedRect, from x: Points, _ y: Points) {
        self.init(x: x + rect.x, y: y + rect.y, width: rect.width, height: rect.height)
    }
}
