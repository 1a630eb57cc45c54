import Native

/// A paragraph as Knuth and Plass's boxes, glue and penalties, measured with Pango.
/// Positions are byte offsets in the paragraph's text (the runs' texts end to end).
struct ParagraphItem {
    enum Kind { case box, glue, penalty }
    var kind: Kind
    var width: Double
    var stretch: Double = 0
    var shrink: Double = 0
    var penalty: Double = 0
    /// A hyphenation point: breaking here adds a hyphen.
    var flagged = false
    /// A break tried only when the paragraph cannot be set otherwise (after a proper name's hyphen).
    var lastResort = false
    var start: Int
    var end: Int

    static let forced = -10_000.0
    static let forbidden = 10_000.0
}

enum ParagraphItems {
    /// Inter-word glue shrinks by a third of a space, as in TeX, and stretches by 0.85 of one, with a
    /// hyphen costing 200: on the 67-page specimen (`bench/linestats.py`) this hyphenates 358 line
    /// ends where Typst does 413, with spaces at most 2.6 times their width (Typst: 5.1) and 2.0 at
    /// the 99th percentile (2.25).
    static let stretchFactor = 0.85
    static let shrinkFactor = 1.0 / 3
    static let hyphenPenalty = 200.0
    /// A break at a zero-width space or after a compound's hyphen: dearer than a space, cheaper
    /// than a hyphen (TeX’s \exhyphenpenalty).
    static let breakPenalty = 50.0
    /// A break after a proper name's hyphen, in the passes that allow last resorts: as dear as a line
    /// of badness 500 (spaces stretched to about 2.45 times their width), so that a name is cut only
    /// where the other choice is looser than that.
    static let nameBreakPenalty = 500.0

    /// `composing`: lines will be composed from words shaped once (`LineComposer`), so a whole word
    /// is shaped now, glyphs kept, rather than measured now and shaped again for its line.
    /// `breaks`: paragraph offsets inside words where a line may also end with nothing added (after
    /// the hyphen of « hôtel-café », where Pango's first fit breaks a ragged line; inside a word
    /// wider than the line, `WideWords`; after a compound's hyphen, `CompoundHyphens`).
    /// `lastResorts`: offsets where a line may end only as a last resort (after a name's hyphen).
    /// `justifying`: a no-break space (U+00A0) is glue that stretches and shrinks as a space does but
    /// never ends a line, as babel-french's and the Imprimerie nationale's word space « insécable »:
    /// otherwise « 12 juin 2026 », « « lycée des métiers » » and « 39300 Champagnole » leave the
    /// line's other spaces to stretch for them. A narrow one (U+202F) keeps its width.
    static func make(_ runs: [TextRun], shaper: TextShaper, composing: Bool = false,
                     breaks: Set<Int> = [], lastResorts: Set<Int> = [], justifying: Bool = false) -> [ParagraphItem] {
        var items: [ParagraphItem] = []
        var offset = 0
        for run in runs {
            let style = shaper.measures(run)
            let bytes = Array(run.text.utf8)
            // Looked up once a run, not at each space or hyphenation point.
            lazy var space = shaper.width(of: " ", in: style)
            lazy var hyphen = shaper.width(of: "-", in: style)
            lazy var noBreakSpace = shaper.width(of: "\u{00A0}", in: style)
            var fragmentStart = 0
            // Whether the fragment follows a soft hyphen: then it is not a whole word.
            var afterHyphen = false
            func flush(at index: Int, beforeHyphen: Bool = false) {
                if fragmentStart < index {
                    let text = String(decoding: bytes[fragmentStart..<index], as: UTF8.self)
                    let width = composing && !afterHyphen && !beforeHyphen
                        ? shaper.word(text, in: style).width : shaper.width(of: text, in: style)
                    items.append(ParagraphItem(kind: .box, width: width, start: offset + fragmentStart, end: offset + index))
                }
                afterHyphen = beforeHyphen
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x20 {
                    flush(at: index)
                    if let last = items.last, last.kind == .glue, last.end == offset + index {
                        items[items.count - 1].width += space
                        items[items.count - 1].stretch += space * stretchFactor
                        items[items.count - 1].shrink += space * shrinkFactor
                        items[items.count - 1].end += 1
                    } else {
                        items.append(ParagraphItem(kind: .glue, width: space, stretch: space * stretchFactor,
                                                   shrink: space * shrinkFactor, start: offset + index, end: offset + index + 1))
                    }
                    index += 1
                } else if justifying, byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {  // U+00A0
                    flush(at: index)
                    items.append(ParagraphItem(kind: .penalty, width: 0, penalty: ParagraphItem.forbidden,
                                               start: offset + index, end: offset + index))
                    items.append(ParagraphItem(kind: .glue, width: noBreakSpace, stretch: noBreakSpace * stretchFactor,
                                               shrink: noBreakSpace * shrinkFactor, start: offset + index, end: offset + index + 2))
                    index += 2
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {  // U+00AD soft hyphen
                    flush(at: index, beforeHyphen: true)
                    items.append(ParagraphItem(kind: .penalty, width: hyphen,
                                               penalty: hyphenPenalty, flagged: true, start: offset + index, end: offset + index + 2))
                    index += 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x8B {  // U+200B
                    // A break with nothing added (inside a web address, a word longer than the line).
                    flush(at: index, beforeHyphen: true)
                    items.append(ParagraphItem(kind: .penalty, width: 0, penalty: breakPenalty,
                                               start: offset + index, end: offset + index + 3))
                    index += 3
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 {  // U+2028
                    flush(at: index)
                    items += lineEnd(at: offset + index, size: 3)
                    index += 3
                } else if breaks.contains(offset + index) || lastResorts.contains(offset + index),
                          index > fragmentStart || items.last?.kind == .box {
                    flush(at: index, beforeHyphen: true)
                    let lastResort = !breaks.contains(offset + index)
                    items.append(ParagraphItem(kind: .penalty, width: 0, penalty: lastResort ? nameBreakPenalty : breakPenalty,
                                               lastResort: lastResort, start: offset + index, end: offset + index))
                    fragmentStart = index
                    index += 1
                    continue
                } else {
                    index += 1
                    continue
                }
                fragmentStart = index
            }
            flush(at: bytes.count)
            offset += bytes.count
        }
        if let last = items.last, last.kind == .glue { items.removeLast() }
        items += lineEnd(at: offset, size: 0)
        return items
    }

    /// The end of a paragraph or a forced line break: glue that fills the line, then a forced break.
    private static func lineEnd(at offset: Int, size: Int) -> [ParagraphItem] {
        [ParagraphItem(kind: .penalty, width: 0, penalty: ParagraphItem.forbidden, start: offset, end: offset),
         ParagraphItem(kind: .glue, width: 0, stretch: 1e9, start: offset, end: offset),
         ParagraphItem(kind: .penalty, width: 0, penalty: ParagraphItem.forced, start: offset, end: offset + size)]
    }
}
