import CPango
import CCairo

/// A paragraph shaped and broken into lines by Pango. Owns its PangoLayout; lines refer to it.
public final class ShapedParagraph: @unchecked Sendable {
    let layout: OpaquePointer
    private let utf8: [UInt8]
    public let lines: [LineInfo]

    public struct LineInfo: Sendable, Hashable {
        /// Offset of the line's left end from the paragraph's left edge (alignment, indent).
        public var x: Double
        public var width: Double
        /// Byte range of the line in the paragraph's UTF-8 text.
        public var start: Int, end: Int
        /// The characters as they read, soft hyphens removed, « - » added where the line breaks at one.
        public var text: String
        public var endsWithHyphen: Bool
        public init(x: Double, width: Double, start: Int, end: Int, text: String, endsWithHyphen: Bool) {
            self.x = x; self.width = width; self.start = start; self.end = end
            self.text = text; self.endsWithHyphen = endsWithHyphen
        }
    }

    /// Byte offset of this text within the paragraph it was cut from.
    private let sourceOffset: Int

    init(layout: OpaquePointer, text: String, sourceOffset: Int) {
        self.layout = layout
        self.sourceOffset = sourceOffset
        utf8 = Array(text.utf8)
        var lines: [LineInfo] = []
        let iterator = pango_layout_get_iter(layout)
        let count = Int(pango_layout_get_line_count(layout))
        for index in 0..<count {
            var logical = PangoRectangle()
            pango_layout_iter_get_line_extents(iterator, nil, &logical)
            let line = pango_layout_iter_get_line_readonly(iterator)!
            let start = Int(line.pointee.start_index)
            let end = start + Int(line.pointee.length)
            let raw = Array(utf8[start..<min(end, utf8.count)])
            let softHyphen: [UInt8] = [0xC2, 0xAD]
            let hyphenated = index < count - 1 && raw.count >= 2 && Array(raw.suffix(2)) == softHyphen
            var text = Self.readingText(raw)
            if hyphenated { text += "-" }
            lines.append(LineInfo(x: Double(logical.x) / TextShaper.scale, width: Double(logical.width) / TextShaper.scale,
                                  start: start, end: end, text: text, endsWithHyphen: hyphenated))
            pango_layout_iter_next_line(iterator)
        }
        pango_layout_iter_free(iterator)
        self.lines = lines
    }

    deinit { ldm_g_object_unref(UnsafeMutableRawPointer(layout)) }

    /// A line's characters as they read: no soft hyphens, no spaces or line separator at the end.
    public static func readingText(_ bytes: [UInt8]) -> String {
        var text = String(decoding: removingSoftHyphens(bytes), as: UTF8.self)
        while let last = text.last, last == "\n" || last == "\u{2028}" || last == " " { text.removeLast() }
        return text
    }

    /// The UTF-8 bytes without U+00AD (0xC2 0xAD): the soft hyphens only mark where words may break.
    private static func removingSoftHyphens(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0xAD) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {
                index += 2
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    public func line(_ index: Int) -> ShapedText { ShapedText(paragraph: self, index: index) }

    /// The horizontal extent, from the line's left end, of the paragraph's bytes `start..<end`
    /// on line `index`: where a link inside the paragraph is clickable.
    public func horizontalSpan(line index: Int, start: Int, end: Int) -> (x: Double, width: Double)? {
        let info = lines[index]
        let start = start - sourceOffset, end = end - sourceOffset
        let from = max(start, info.start), to = min(end, info.end)
        guard from < to else { return nil }
        let line = pango_layout_get_line_readonly(layout, Int32(index))
        var xFrom: Int32 = 0, xTo: Int32 = 0
        pango_layout_line_index_to_x(line, Int32(from), 0, &xFrom)
        pango_layout_line_index_to_x(line, Int32(to), 0, &xTo)
        let a = Double(min(xFrom, xTo)) / TextShaper.scale, b = Double(max(xFrom, xTo)) / TextShaper.scale
        return (a, b - a)
    }
}

/// One drawable line of a shaped paragraph.
public struct ShapedText: Sendable {
    let paragraph: ShapedParagraph
    let index: Int

    /// Draws the line with its baseline's left end at (x, y).
    public func draw(on canvas: Canvas, x: Double, y: Double) {
        guard let line = pango_layout_get_line_readonly(paragraph.layout, Int32(index)) else { return }
        cairo_move_to(canvas.cr, x, y)
        pango_cairo_show_layout_line(canvas.cr, line)
    }
}
