import CPango
import CCairo

/// A paragraph shaped and broken into lines by Pango. Owns its PangoLayout; lines refer to it.
public final class ShapedParagraph {
    let layout: OpaquePointer
    private let fonts: FontNames
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

    init(layout: OpaquePointer, text: String, sourceOffset: Int, fonts: FontNames) {
        self.layout = layout
        self.fonts = fonts
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

    /// The UTF-8 bytes without U+00AD (0xC2 0xAD), U+200B (0xE2 0x80 0x8B) and U+2060 (0xE2 0x81
    /// 0xA0): soft hyphens, zero-width spaces and word joiners only mark where words may break.
    private static func removingSoftHyphens(_ bytes: [UInt8]) -> [UInt8] {
        // 0xA0 alone would match every no-break space and « à »: U+2060 is found by its middle byte.
        guard bytes.contains(0xAD) || bytes.contains(0x8B) || bytes.contains(0x81) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {
                index += 2
            } else if bytes[index] == 0xE2, index + 2 < bytes.count, (bytes[index + 1] == 0x80 && bytes[index + 2] == 0x8B || bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA0) {
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

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

extension ShapedParagraph {
    /// The glyphs of line `index` as plain values, placed as Pango's renderer places them: one run
    /// per glyph item, shifted by its rise, with its colour and the underline Pango would draw.
    public func glyphs(line index: Int) -> ShapedLine {
        var result = ShapedLine()
        guard let line = pango_layout_get_line_readonly(layout, Int32(index)) else { return result }
        var x: Int32 = 0
        var underlines = Underlines()
        var node = line.pointee.runs
        while let current = node {
            node = current.pointee.next
            guard let data = current.pointee.data else { continue }
            let run = data.assumingMemoryBound(to: PangoGlyphItem.self).pointee
            let item = run.item.pointee
            let glyphString = run.glyphs.pointee
            let attributes = Self.attributes(of: item)
            var logical = PangoRectangle(), ink = PangoRectangle()
            if attributes.underlined {
                pango_glyph_string_extents(run.glyphs, item.analysis.font, &ink, &logical)
            }
            let width = attributes.underlined ? logical.width : pango_glyph_string_get_width(run.glyphs)
            x += run.start_x_offset
            let baseline = -run.y_offset
            let backward = item.analysis.level % 2 == 1
            let count = Int(glyphString.num_glyphs)
            var clusters = ClusterBuilder()
            // Clusters in text order: a right-to-left run's glyphs are read from its end.
            for g in stride(from: backward ? count - 1 : 0, to: backward ? -1 : count, by: backward ? -1 : 1) {
                let info = glyphString.glyphs[g]
                clusters.add(offset: glyphString.log_clusters[g], drawn: info.glyph != PANGO_GLYPH_EMPTY && !info.isUnknown)
            }
            var glyphs: [ShapedGlyph] = []
            glyphs.reserveCapacity(count)
            var position = x
            for g in 0..<count {
                let info = glyphString.glyphs[g]
                defer { position += info.geometry.width }
                let glyphX = Double(position + info.geometry.x_offset) / TextShaper.scale
                let glyphY = Double(baseline + info.geometry.y_offset) / TextShaper.scale
                if info.glyph == PANGO_GLYPH_EMPTY { continue }
                if info.isUnknown {
                    // Pango draws no box for a space.
                    if info.glyph != (0x20 | PANGO_GLYPH_UNKNOWN_FLAG) {
                        var box = FontNames.missingBox(x: glyphX, width: Double(info.geometry.width) / TextShaper.scale,
                                                       font: item.analysis.font, color: attributes.color)
                        box.y += Double(baseline) / TextShaper.scale
                        result.missingGlyphs.append(box)
                    }
                    continue
                }
                glyphs.append(ShapedGlyph(id: info.glyph, x: glyphX, y: glyphY))
            }
            let start = Int(item.offset), length = Int(item.length)
            let text = String(decoding: utf8[start..<min(start + length, utf8.count)], as: UTF8.self)
            let name = fonts.name(of: item.analysis.font)
            result.runs.append(ShapedRun(font: name.key, size: name.size, color: attributes.color, glyphs: glyphs,
                                         clusters: clusters.clusters(length: length, backward: backward) ?? [],
                                         text: text, backward: backward))
            if attributes.underlined {
                underlines.add(x: x, baseline: baseline, ink: ink, logical: logical, font: item.analysis.font,
                               language: item.analysis.language, color: attributes.color)
            } else {
                underlines.close()
            }
            x += width + run.end_x_offset
        }
        underlines.close()
        result.underlines = underlines.rects
        return result
    }

    /// The colour of an item's text (black unless set) and whether it is underlined.
    private static func attributes(of item: PangoItem) -> (color: RGB, underlined: Bool) {
        var color = RGB(red: 0, green: 0, blue: 0)
        var underlined = false
        var node = item.analysis.extra_attrs
        while let current = node {
            node = current.pointee.next
            guard let attribute = current.pointee.data?.assumingMemoryBound(to: PangoAttribute.self) else { continue }
            switch attribute.pointee.klass.pointee.type {
            case PANGO_ATTR_FOREGROUND:
                let value = UnsafeRawPointer(attribute).assumingMemoryBound(to: PangoAttrColor.self).pointee.color
                color = RGB(red: Double(value.red) / 65535, green: Double(value.green) / 65535, blue: Double(value.blue) / 65535)
            case PANGO_ATTR_UNDERLINE:
                underlined = UnsafeRawPointer(attribute).assumingMemoryBound(to: PangoAttrInt.self).pointee.value
                    != Int32(PANGO_UNDERLINE_NONE.rawValue)
            default: break
            }
        }
        return (color, underlined)
    }
}
