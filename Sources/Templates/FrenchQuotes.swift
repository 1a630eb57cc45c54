/// Straight double quotes typed as quotation marks become French guillemets (« comme ceci »; the
/// spacing rules then put the no-break spaces inside). Only when every straight quote of the paragraph
/// reads as one of a pair, in turn an opening one at a word's start and a closing one at a word's end;
/// otherwise (an inch mark, « écran 24" », a quote left open) all are left as typed.
enum FrenchQuotes {
    private static let quote: Unicode.Scalar = "\""

    /// The paragraph's texts (one per `.text` piece, same order) with their quotes paired.
    static func pair(_ pieces: [InlineTexts.Piece]) -> [String] {
        let texts = pieces.compactMap { piece -> String? in
            if case .text(let text) = piece { return text }
            return nil
        }
        guard texts.contains(where: { $0.utf8.contains(UInt8(ascii: "\"")) }) else { return texts }
        // The paragraph as one run of scalars, a field read as a digit and a line break as a line end.
        var scalars: [Unicode.Scalar] = []
        for piece in pieces {
            switch piece {
            case .text(let text): scalars.append(contentsOf: text.unicodeScalars)
            case .field: scalars.append("0")
            case .lineBreak: scalars.append("\n")
            }
        }
        let quotes = scalars.indices.filter { scalars[$0] == quote }
        guard quotes.count.isMultiple(of: 2) else { return texts }
        for (order, index) in quotes.enumerated() {
            let before = index > 0 ? scalars[index - 1] : nil, after = index + 1 < scalars.count ? scalars[index + 1] : nil
            let fits = order.isMultiple(of: 2) ? opens(after: before, before: after) : closes(after: before, before: after)
            guard fits else { return texts }
            scalars[index] = order.isMultiple(of: 2) ? "«" : "»"
        }
        var paired: [String] = [], start = 0
        for piece in pieces {
            guard case .text(let text) = piece else { start += 1; continue }
            let end = start + text.unicodeScalars.count
            paired.append(String(String.UnicodeScalarView(scalars[start..<end])))
            start = end
        }
        return paired
    }

    /// At a word's start: after a line's start, a space, an opening bracket or a dash, and before a
    /// word.
    private static func opens(after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        guard let next, !isSpace(next) else { return false }
        guard let previous else { return true }
        return isSpace(previous) || "([{/–—-".unicodeScalars.contains(previous)
    }

    /// At a word's end: after a word, and before a line's end, a space or punctuation.
    private static func closes(after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        guard let previous, !isSpace(previous) else { return false }
        guard let next else { return true }
        return isSpace(next) || ",.;:!?)]}…/–—-".unicodeScalars.contains(next)
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s.properties.isWhitespace }
}
