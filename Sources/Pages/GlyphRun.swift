import DocumentTree

/// A font as the display list names it: a key the renderer's font registry resolves to the font
/// layout shaped with (Pango's description of it, size included). Plain data: any thread, any
/// renderer with the same font set.
public struct FontID: Sendable, Hashable {
    public var name: String
    public init(_ name: String) { self.name = name }
}

/// One glyph of a run, placed from the line's origin (the left end of its baseline), y downwards.
public struct Glyph: Sendable, Hashable {
    public var id: UInt32
    public var x: Points
    public var y: Points
    public init(id: UInt32, x: Points, y: Points) { self.id = id; self.x = x; self.y = y }
}

/// Consecutive glyphs that stand for consecutive bytes of a run's text (a ligature is one glyph for
/// several characters): what lets a PDF reader extract and search the text.
public struct GlyphCluster: Sendable, Hashable {
    public var bytes: Int
    public var glyphs: Int
    public init(bytes: Int, glyphs: Int) { self.bytes = bytes; self.glyphs = glyphs }
}

/// Glyphs in one font and colour, with the text they show, as Typst's `TextItem`: what the renderer
/// draws, decided entirely by layout.
public struct GlyphRun: Sendable, Hashable {
    public var font: FontID
    /// The font's size in points.
    public var size: Points
    public var color: Color
    public var glyphs: [Glyph]
    /// The clusters tying glyphs to `text`, in glyph order; empty when the glyphs do not follow the
    /// text (then they are drawn without it).
    public var clusters: [GlyphCluster]
    public var text: String
    /// Right-to-left: the clusters take the text from its end.
    public var backward: Bool
    public init(font: FontID, size: Points, color: Color, glyphs: [Glyph], clusters: [GlyphCluster], text: String,
                backward: Bool = false) {
        self.font = font; self.size = size; self.color = color; self.glyphs = glyphs
        self.clusters = clusters; self.text = text; self.backward = backward
    }
}

/// An image as the display list names it: its file (the key a renderer decodes it once by) and
/// its bytes, shared, not copied, by every item that shows it.
public struct ImageID: Sendable, Hashable {
    public var path: String
    public var data: [UInt8]
    public init(path: String, data: [UInt8]) { self.path = path; self.data = data }
    public static func == (a: ImageID, b: ImageID) -> Bool { a.path == b.path }
    public func hash(into hasher: inout Hasher) { hasher.combine(path) }
}
