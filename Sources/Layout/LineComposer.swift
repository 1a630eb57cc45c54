import Native

/// Puts a justified paragraph's lines together from its words shaped once, instead of having Pango
/// shape every line again: the words between two spaces (with the hyphen a broken word ends with)
/// keep their own glyphs, kerning and ligatures, and the spaces take the widths justification asks
/// for. Only justified lines with spaces, of plain runs of left-to-right text: the last line of a
/// paragraph keeps its natural spaces, which Pango kerns against their neighbours, so Pango shapes it
/// (as it shapes any line that would not fit).
struct LineComposer {
    private let shaper: TextShaper
    private let items: [ParagraphItem]
    private let bytes: [UInt8]
    private let runs: [TextRun]
    /// Byte offset where each run ends in the paragraph's text.
    private let runEnds: [Int]

    init?(_ spec: ParagraphSpec, items: [ParagraphItem], shaper: TextShaper) {
        guard spec.runs.allSatisfy({ !$0.underline && !$0.superscript && !$0.smallCaps && $0.letterSpacing == 0 }),
              !spec.runs.contains(where: { $0.text.unicodeScalars.contains(where: Self.isRightToLeft) }) else { return nil }
        self.shaper = shaper
        self.items = items
        runs = spec.runs
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

    private func run(at offset: Int) -> Int { runEnds.firstIndex { offset < $0 } ?? runs.count - 1 }

    private enum Part {
        case word(bytes: [UInt8], run: Int)
        case space(run: Int, width: Double)
    }

    /// The line made of `range` of the items (from its first box to before its break), with a hyphen
    /// at its end when it breaks inside a word, justified to `target` points. Nil when it has no
    /// space, or its spaces would have to shrink further than the breaker allowed.
    func line(items range: Range<Int>, hyphen: Bool, justifiedTo target: Double) -> (line: ComposedLine, width: Double)? {
        var parts: [Part] = []
        for index in range {
            let item = items[index]
            switch item.kind {
            case .box:
                let run = run(at: item.start)
                if case .word(let previous, let previousRun)? = parts.last, previousRun == run {
                    parts[parts.count - 1] = .word(bytes: previous + bytes[item.start..<item.end], run: run)
                } else {
                    parts.append(.word(bytes: Array(bytes[item.start..<item.end]), run: run))
                }
            case .glue where item.width > 0:
                if case .space(let run, let width)? = parts.last {
                    parts[parts.count - 1] = .space(run: run, width: width + item.width)
                } else {
                    parts.append(.space(run: run(at: item.start), width: item.width))
                }
            default:
                continue  // a hyphenation point not taken, or the glue that ends a paragraph
            }
        }
        while case .space? = parts.last { parts.removeLast() }
        if hyphen {
            guard case .word(let last, let run)? = parts.last else { return nil }
            parts[parts.count - 1] = .word(bytes: last + Array("-".utf8), run: run)
        }
        var words = 0.0, spaces = 0.0
        var pieces: [ComposedLine.Piece] = []
        for part in parts {
            switch part {
            case .word(let text, let run):
                let word = shaper.word(String(decoding: text, as: UTF8.self), in: runs[run])
                words += word.width
                pieces.append(ComposedLine.Piece(word: word, color: runs[run].color))
            case .space(let run, let width):
                spaces += width
                pieces.append(ComposedLine.Piece(word: shaper.word(" ", in: runs[run]), width: width, color: runs[run].color))
            }
        }
        guard spaces > 0 else { return nil }
        // Every space grows or shrinks in proportion to its width, as TeX's glue of one space does.
        let factor = (target - words) / spaces
        guard factor >= 1 - ParagraphItems.shrinkFactor - 0.05 else { return nil }
        for index in pieces.indices {
            if let width = pieces[index].width { pieces[index].width = width * factor }
        }
        return (ComposedLine(pieces), target)
    }
}
