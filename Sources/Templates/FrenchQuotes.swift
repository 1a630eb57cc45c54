/// Straight double quotes typed as quotation marks become French guillemets (« comme ceci »; the
/// spacing rules then put the no-break spaces inside). Only when every straight quote of the paragraph
/// reads as one of a pair, in turn an opening one at a word's start and a closing one at a word's end;
/// otherwise (an inch mark, « écran 24" », a quote left open) all are left as typed.
enum FrenchQuotes {
    /// Pairs the quotes of a paragraph's text (see `InlineTexts.joined`).
    static func pair(_ scalars: inout [Unicode.Scalar]) {
        let quotes = scalars.indices.filter { scalars[$0] == "\"" }
        guard !quotes.isEmpty, quotes.count.isMultiple(of: 2) else { return }
        for (order, index) in quotes.enumerated() {
            let before = index > 0 ? scalars[index - 1] : nil, after = index + 1 < scalars.count ? scalars[index + 1] : nil
            let fits = order.isMultiple(of: 2) ? opens(after: before, before: after) : closes(after: before, before: after)
            guard fits else { return }
        }
        for (order, index) in quotes.enumerated() { scalars[index] = order.isMultiple(of: 2) ? "«" : "»" }
    }

    /// At a word's start: after a line's start, a space, an opening bracket or a dash, and before a
    /// word.
    private static func opens(after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        guard let next, !next.properties.isWhitespace else { return false }
        guard let previous else { return true }
        return previous.properties.isWhitespace || "([{/–—-".unicodeScalars.contains(previous)
    }

    /// At a word's end: after a word, and before a line's end, a space or punctuation.
    private static func closes(after previous: Unicode.Scalar?, before next: Unicode.Scalar?) -> Bool {
        guard let previous, !previous.properties.isWhitespace else { return false }
        guard let next else { return true }
        return next.properties.isWhitespace || ",.;:!?)]}…/–—-".unicodeScalars.contains(next)
    }
}
