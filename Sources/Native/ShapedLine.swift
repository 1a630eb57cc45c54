import CPango

/// A glyph placed from the line's origin (the left end of its baseline), y downwards.
public struct ShapedGlyph: Sendable, Hashable {
    public var id: UInt32
    public var x: Double
    public var y: Double
}

/// Glyphs in one font and colour with the text they show and the clusters tying them to it: plain
/// values that Layout copies into the display list and the renderer hands to cairo.
public struct ShapedRun: Sendable, Hashable {
    /// The font's key in a `FontRegistry` (Pango's description of it, with its size).
    public var font: String
    public var size: Double
    public var color: RGB
    public var glyphs: [ShapedGlyph]
    /// In text order; empty when the glyphs do not follow the text.
    public var clusters: [ShapedCluster]
    public var text: String
    public var backward: Bool
}

/// Consecutive glyphs standing for consecutive bytes of a run's text.
public struct ShapedCluster: Sendable, Hashable {
    public var bytes: Int
    public var glyphs: Int
}

/// A rectangle from a line's origin, y downwards.
public struct ShapedRect: Sendable, Hashable {
    public var x: Double, y: Double, width: Double, height: Double
    public var color: RGB
}

/// What draws one line of text, as plain values: glyph runs, underlines (filled), and the boxes
/// that stand for characters no font of the set has (stroked, where Pango would draw a hex box).
public struct ShapedLine: Sendable, Hashable {
    public var runs: [ShapedRun] = []
    public var underlines: [ShapedRect] = []
    public var missingGlyphs: [ShapedRect] = []
    public init() {}
}

/// Builds a run's clusters from its glyphs' byte offsets (Pango's log clusters) in the run's text,
/// skipping empty and missing glyphs as Pango's renderer does; nil when the offsets do not follow
/// the text in one direction (the run is then drawn without its text).
struct ClusterBuilder {
    private var starts: [Int32] = []
    private var counts: [Int] = []

    init() {}

    /// Room for `capacity` glyphs' clusters, allocated once.
    init(capacity: Int) {
        starts.reserveCapacity(capacity)
        counts.reserveCapacity(capacity)
    }

    /// Adds a glyph at `offset`; `drawn`: it is one of the glyphs handed to cairo.
    mutating func add(offset: Int32, drawn: Bool) {
        if starts.last != offset {
            starts.append(offset)
            counts.append(0)
        }
        if drawn { counts[counts.count - 1] += 1 }
    }

    /// The clusters in text order for a text of `length` bytes, glyphs `backward` (right to left).
    func clusters(length: Int, backward: Bool) -> [ShapedCluster]? {
        guard !starts.isEmpty else { return [] }
        // The cluster at `position` in text order is `index(position)` in glyph order.
        let count = starts.count
        func index(_ position: Int) -> Int { backward ? count - 1 - position : position }
        guard starts[index(0)] == 0 else { return nil }
        var result: [ShapedCluster] = []
        result.reserveCapacity(count)
        for position in 0..<count {
            let end = position + 1 < count ? Int(starts[index(position + 1)]) : length
            let bytes = end - Int(starts[index(position)])
            guard bytes > 0 else { return nil }
            result.append(ShapedCluster(bytes: bytes, glyphs: counts[index(position)]))
        }
        return result
    }
}

extension PangoGlyphInfo {
    /// Missing from its font: Pango shows such a character as a box.
    var isUnknown: Bool { glyph != PANGO_GLYPH_EMPTY && glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 }
}
