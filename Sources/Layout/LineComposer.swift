import Native

/// Puts a paragraph's lines together from its words shaped once, instead of having Pango shape
/// every line again: the words between two spaces (with the hyphen a broken word ends with) keep
/// their own glyphs, kerning and ligatures, and the spaces take the widths justification asks for,
/// or their own on a line set at its natural width (a last line, a one-line ragged paragraph). Runs
/// of left-to-right text, underlined, raised or in small capitals as Pango sets them (see
/// `TotalFitLineBreaker`). Pango still shapes any line that would not fit.
struct LineComposer {
    private let shaper: TextShaper
    private let items: [ParagraphItem]
    private let bytes: [UInt8]
    private let runs: [TextRun]
    private let styles: [TextShaper.Measures]
    /// Each run's space and no-break space, shaped once for all the paragraph's lines.
    private let spaces: [ShapedWord]
    private let noBreakSpaces: [ShapedWord]
    /// Byte offset where each run ends in the paragraph's text.
    private let runEnds: [Int]

    init?(_ spec: ParagraphSpec, items: [ParagraphItem], shaper: TextShaper) {
        guard !spec.runs.contains(where: { $0.text.unicodeScalars.contains(where: Self.isRightToLeft) }) else { return nil }
        self.shaper = shaper
        self.items = items
        runs = spec.runs
        styles = spec.runs.map(shaper.measures)
        spaces = styles.map { shaper.word(" ", in: $0) }
        noBreakSpaces = styles.map { shaper.word("\u{00A0}", in: $0) }
        var ends: [Int] = []
        var text: [UInt8] = []
        for run in spec.runs {
            text += run.text.utf8
            ends.append(text.count)
        }
        bytes = text
        runEnds = ends
    }

    private static func isRightToLeft(_ scalar: Unicode.Scalar) -> Bool {
        (0x0590...0x08FF).contains(scalar.value) || (0xFB1D...0xFDFF).contains(scalar.value) || (0xFE70...0xFEFF).contains(scalar.value)
    }

    /// The characters of the paragraph's bytes `start..<end` as they read, with the hyphen a line
    /// broken inside a word ends with.
    func readingText(from start: Int, to end: Int, hyphen: Bool) -> String {
        ShapedParagraph.readingText(Array(bytes[start..<end])) + (hyphen ? "-" : "")
    }

    private func run(at offset: Int) -> Int { runEnds.firstIndex { offset < $0 } ?? runs.count - 1 }

    /// The line made of `range` of the items (from its first box to before its break), with a hyphen
    /// at its end when it breaks inside a word, justified to `target` points, or at its natural
    /// width when `target` is nil, its spaces `shrink` of their width narrower (a last line the
    /// breaker fitted by shrinking it), and where its pieces lie. Nil when a justified line has no
    /// space, or its spaces would have to shrink further than the breaker allowed.
    func line(items range: Range<Int>, hyphen: Bool, justifiedTo target: Double?,
              shrink: Double = 0) -> (line: ShapedLine, width: Double, pieces: [ComposedPiece])? {
        var pieces: [ComposedLine.Piece] = []
        // The paragraph bytes the pieces show, end to end, and which of them each piece shows.
        var ranges: [Range<Int>] = []
        var sources: [Range<Int>] = []
        pieces.reserveCapacity(range.count)
        ranges.reserveCapacity(range.count)
        sources.reserveCapacity(range.count)
        var words = 0.0, spaces = 0.0
        // The word being gathered: where its boxes' bytes begin in `ranges` (one range unless
        // hyphenation points cut it), and its run.
        var word: (first: Int, run: Int)?
        func closeWord(hyphen: Bool = false) {
            guard let (first, run) = word else { return }
            var text: String
            if first == ranges.count - 1 {
                text = String(decoding: bytes[ranges[first]], as: UTF8.self)
            } else {
                text = ""
                for range in ranges[first...] { text += String(decoding: bytes[range], as: UTF8.self) }
            }
            if hyphen { text += "-" }
            let shaped = shaper.word(text, in: styles[run])
            words += shaped.width
            pieces.append(ComposedLine.Piece(word: shaped, color: runs[run].color, underline: runs[run].underline))
            sources.append(first..<ranges.count)
            word = nil
        }
        // A space pending until the next word: spaces at the line's end are dropped, as Pango drops
        // them (spaces a line starts with are text, dot leaders for one).
        var space: (run: Int, width: Double, bytes: Range<Int>)?
        for index in range {
            let item = items[index]
            switch item.kind {
            case .box:
                if let pending = space {
                    spaces += pending.width
                    // The no-break space keeps its own character in the text the PDF carries.
                    let noBreak = bytes[pending.bytes.lowerBound] == 0xC2 && bytes[pending.bytes.lowerBound + 1] == 0xA0
                    pieces.append(ComposedLine.Piece(word: (noBreak ? noBreakSpaces : self.spaces)[pending.run], width: pending.width,
                                                     color: runs[pending.run].color, underline: runs[pending.run].underline))
                    sources.append(ranges.count..<ranges.count + 1)
                    ranges.append(pending.bytes)
                    space = nil
                }
                let run = run(at: item.start)
                if let current = word, current.run == run {
                    ranges.append(item.start..<item.end)
                } else {
                    closeWord()
                    word = (ranges.count, run)
                    ranges.append(item.start..<item.end)
                }
            case .glue where item.width > 0:
                closeWord()
                if let pending = space { space = (pending.run, pending.width + item.width, pending.bytes.lowerBound..<item.end) }
                else { space = (run(at: item.start), item.width, item.start..<item.end) }
            default:
                continue  // a hyphenation point not taken, or the glue that ends a paragraph
            }
        }
        if hyphen && word == nil { return nil }
        closeWord(hyphen: hyphen)
        let justified = target ?? (shrink > 0 ? words + spaces * (1 - shrink) : nil)
        if let target = justified {
            guard spaces > 0 else { return nil }
            // Every space grows or shrinks in proportion to its width, as TeX's glue of one space does.
            let factor = (target - words) / spaces
            guard factor >= 1 - ParagraphItems.shrinkFactor - 0.05 else { return nil }
            for index in pieces.indices {
                if let width = pieces[index].width { pieces[index].width = width * factor }
            }
        } else if pieces.isEmpty {
            return nil
        }
        var placed: [ComposedPiece] = []
        var left = 0.0
        placed.reserveCapacity(pieces.count)
        for (piece, source) in zip(pieces, sources) {
            let width = piece.width ?? piece.word.width
            placed.append(ComposedPiece(ranges: ranges[source], word: piece.word, left: left, width: width))
            left += width
        }
        return (ComposedLine.make(pieces, fonts: shaper.fontNames), justified ?? words + spaces, placed)
    }
}
