import Native

/// Where a set line shows the paragraph's bytes: what a link over part of the paragraph is drawn
/// around on that line.
enum LineGeometry {
    /// Line `line` of a paragraph Pango shaped.
    case shaped(ShapedParagraph, line: Int)
    /// A line composed from words shaped once: each piece's paragraph bytes and left end.
    case composed([ComposedPiece])

    /// The horizontal extent, from the line's left end, of the paragraph's bytes `start..<end`;
    /// nil when the line shows none of them.
    func horizontalSpan(start: Int, end: Int) -> (x: Double, width: Double)? {
        switch self {
        case .shaped(let paragraph, let line):
            return paragraph.horizontalSpan(line: line, start: start, end: end)
        case .composed(let pieces):
            var left: Double?, right = 0.0
            for piece in pieces {
                guard let first = piece.ranges.first?.lowerBound, let last = piece.ranges.last?.upperBound,
                      first < end, start < last else { continue }
                let from = start <= first ? piece.left : piece.left + piece.x(at: start)
                let to = end >= last ? piece.left + piece.width : piece.left + piece.x(at: end)
                left = min(left ?? from, from)
                right = max(right, to)
            }
            return left.map { ($0, right - $0) }
        }
    }
}

/// One piece of a composed line (a word, or the space between two) and the paragraph bytes it shows:
/// one range, or several when the word was cut at hyphenation points (their soft hyphens are not shown).
struct ComposedPiece {
    var ranges: ArraySlice<Range<Int>>
    var word: ShapedWord
    /// Left end from the line's origin, and width as set (a justified space's, stretched or shrunk).
    var left: Double
    var width: Double

    /// Where the paragraph byte `offset` (inside the piece's ranges) begins, from the piece's left end.
    func x(at offset: Int) -> Double {
        var inWord = 0
        for range in ranges {
            if offset < range.upperBound { return min(word.x(atByte: inWord + max(offset - range.lowerBound, 0)), width) }
            inWord += range.count
        }
        return width
    }
}
