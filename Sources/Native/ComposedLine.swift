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
        var underlines = Underlines()
        var runs: [RunIndex] = []
        for (index, piece) in pieces.enumerated() {
            for run in piece.word.runs.indices { runs.append(RunIndex(piece: index, run: run)) }
        }
        var start = 0
        for next in 1..<runs.count + 1 {
            if next < runs.count {
                let first = pieces[runs[start].piece], piece = pieces[runs[next].piece]
                let firstRun = first.word.runs[runs[start].run], run = piece.word.runs[runs[next].run]
                if firstRun.font == run.font, firstRun.rise == run.rise, first.color == piece.color,
                   first.underline == piece.underline { continue }
            }
            left += add(runs[start..<next], of: pieces, at: left, to: &line, underlines: &underlines, fonts: fonts)
            start = next
        }
        underlines.close()
        line.underlines = underlines.rects
        return line
    }

    /// Run `run` of piece `piece`'s word.
    private struct RunIndex {
        var piece: Int
        var run: Int
    }

    /// Adds the runs `group` of `pieces`, of one font, rise, colour and underline, as one glyph run,
    /// and its underline; returns its advance in points.
    private static func add(_ group: ArraySlice<RunIndex>, of pieces: [Piece], at x: Double, to line: inout ShapedLine,
                            underlines: inout Underlines, fonts: FontNames) -> Double {
        let first = pieces[group[group.startIndex].piece]
        let firstRun = first.word.runs[group[group.startIndex].run]
        let font = firstRun.font, color = first.color, underlined = first.underline
        let baseline = -firstRun.rise
        var count = 0
        for entry in group { count += Int(pieces[entry.piece].word.runs[entry.run].glyphs.pointee.num_glyphs) }
        var clusters = ClusterBuilder(capacity: count)
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(count)
        // The glyphs as set, for the underline's extents.
        let set = underlined ? pango_glyph_string_new() : nil
        defer { if let set { pango_glyph_string_free(set) } }
        if let set { pango_glyph_string_set_size(set, Int32(count)) }
        var index = 0
        var text: [UInt8] = []
        let advance = forEachGlyph(of: group, pieces, text: &text) { info, cluster, position in
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
                           font: font, language: firstRun.language, color: color)
        } else {
            underlines.close()
        }
        let name = fonts.name(of: font)
        line.runs.append(ShapedRun(font: name.key, size: name.size, color: color, glyphs: glyphs,
                                   clusters: clusters.clusters(length: text.count, backward: false) ?? [],
                                   text: String(decoding: text, as: UTF8.self), backward: false))
        return Double(advance) / TextShaper.scale
    }

    /// Calls `each` with every glyph of the group as it is set (a justified space's last glyph takes
    /// up what the line gives it), its cluster (byte offset in the group's text) and its position
    /// from the group's start, in Pango units; gathers the group's `text` (each piece's bytes once: a
    /// piece's runs follow one another); returns the group's advance.
    private static func forEachGlyph(of group: ArraySlice<RunIndex>, _ pieces: [Piece], text: inout [UInt8],
                                     _ each: (PangoGlyphInfo, Int32, Int32) -> Void) -> Int32 {
        var position: Int32 = 0
        var pieceStart = 0
        var previous: ShapedWord?
        for entry in group {
            let piece = pieces[entry.piece]
            if previous !== piece.word {
                pieceStart = text.count
                text += piece.word.bytes
                previous = piece.word
            }
            let run = piece.word.runs[entry.run]
            let lastOfPiece = entry.run == piece.word.runs.count - 1
            let source = run.glyphs.pointee
            let count = Int(source.num_glyphs)
            for g in 0..<count {
                var info = source.glyphs[g]
                if g == count - 1, lastOfPiece, let width = piece.width {
                    info.geometry.width += Int32((width * TextShaper.scale).rounded())
                        - Int32((piece.word.width * TextShaper.scale).rounded())
                }
                each(info, source.log_clusters[g] + Int32(pieceStart + run.offset), position)
                position += info.geometry.width
            }
        }
        return position
    }
}
