import CPango

/// A line put together from pieces shaped once (see `ShapedWord`): each piece keeps its glyphs (a
/// superscript's raised), and the spaces between pieces are given the widths justification asks
/// for. Made as Pango draws a line: one run of glyphs for each stretch of one font, colour and
/// underline, with its text and the clusters tying glyphs to characters, so that the PDF keeps the
/// characters (ligatures included) for search and copy, and underlined as Pango underlines.
public enum ComposedLine {
    public struct Piece {
        public var word: ShapedWord
        /// The width to set the piece at (a space stretched or shrunk); nil: its own.
        public var width: Double?
        public var color: RGB
        public var underline: Bool
        public init(word: ShapedWord, width: Double? = nil, color: RGB, underline: Bool = false) {
            self.word = word; self.width = width; self.color = color; self.underline = underline
        }
    }

    /// The line of `pieces`, its left end at the origin.
    public static func make(_ pieces: [Piece], fonts: FontNames) -> ShapedLine {
        var line = ShapedLine()
        var left = 0.0
        var group: Group = []
        var underlines = Underlines()
        func flush() {
            guard !group.isEmpty else { return }
            left += add(group, at: left, to: &line, underlines: &underlines, fonts: fonts)
            group.removeAll(keepingCapacity: true)
        }
        for piece in pieces {
            for (index, run) in piece.word.runs.enumerated() {
                if let first = group.first, first.run.font != run.font || first.run.rise != run.rise
                    || first.piece.color != piece.color || first.piece.underline != piece.underline { flush() }
                group.append((run, piece, index == piece.word.runs.count - 1))
            }
        }
        flush()
        underlines.close()
        line.underlines = underlines.rects
        return line
    }

    private typealias Group = [(run: ShapedWord.Run, piece: Piece, lastOfPiece: Bool)]

    /// Adds the runs of one font, rise, colour and underline as one glyph run, and its underline;
    /// returns its advance in points.
    private static func add(_ group: Group, at x: Double, to line: inout ShapedLine, underlines: inout Underlines,
                            fonts: FontNames) -> Double {
        let first = group[0]
        let font = first.run.font, color = first.piece.color, underlined = first.piece.underline
        let baseline = -first.run.rise
        let text = Self.text(of: group)
        var count = 0
        for entry in group { count += Int(entry.run.glyphs.pointee.num_glyphs) }
        var clusters = ClusterBuilder()
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(count)
        // The glyphs as set, for the underline's extents.
        let set = underlined ? pango_glyph_string_new() : nil
        defer { if let set { pango_glyph_string_free(set) } }
        if let set { pango_glyph_string_set_size(set, Int32(count)) }
        var index = 0
        let advance = forEachGlyph(of: group) { info, cluster, position in
            set?.pointee.glyphs[index] = info
            index += 1
            let drawn = info.glyph != PANGO_GLYPH_EMPTY && !info.isUnknown
            clusters.add(offset: cluster, drawn: drawn)
            let glyphX = x + Double(position + info.geometry.x_offset) / TextShaper.scale
            if drawn {
                glyphs.append(ShapedGlyph(id: info.glyph, x: glyphX, y: Double(baseline + info.geometry.y_offset) / TextShaper.scale))
            } else if info.isUnknown {
                var box = FontNames.missingBox(x: glyphX, width: Double(info.geometry.width) / TextShaper.scale, font: font, color: color)
                box.y += Double(baseline) / TextShaper.scale
                line.missingGlyphs.append(box)
            }
        }
        if let set {
            var ink = PangoRectangle(), logical = PangoRectangle()
            pango_glyph_string_extents(set, font, &ink, &logical)
            underlines.add(x: Int32((x * TextShaper.scale).rounded()), baseline: baseline, ink: ink, logical: logical,
                           font: font, language: first.run.language, color: color)
        } else {
            underlines.close()
        }
        let name = fonts.name(of: font)
        line.runs.append(ShapedRun(font: name.key, size: name.size, color: color, glyphs: glyphs,
                                   clusters: clusters.clusters(length: text.count, backward: false) ?? [],
                                   text: String(decoding: text, as: UTF8.self), backward: false))
        return Double(advance) / TextShaper.scale
    }

    /// The group's text: each piece's bytes once (a piece's runs follow one another).
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
    /// up what the line gives it), its cluster (byte offset in the group's text) and its position
    /// from the group's start, in Pango units; returns the group's advance.
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
