/// A hyphen typed between spaces is the en dash of an aside (« Lycée Pasteur – Nice », « le label –
/// attribué en 2026 – est »). French print keeps an opening dash with the word after it and a closing
/// one with the word before it: the dashes of a paragraph are read in turn as opening and closing, a
/// last one left alone as opening (an aside that runs to the sentence's end).
enum FrenchDashes {
    /// Places the dashes of a paragraph's text (see `InlineTexts.joined`).
    static func place(_ scalars: inout [Unicode.Scalar]) {
        let dashes = scalars.indices.filter { index in
            scalars[index] == "-" && index > 0 && index + 1 < scalars.count
                && isSpace(scalars[index - 1]) && isSpace(scalars[index + 1])
        }
        for (order, index) in dashes.enumerated() {
            scalars[index] = "\u{2013}"
            let closing = !order.isMultiple(of: 2)
            let joined = closing ? index - 1 : index + 1
            if scalars[joined] == " " { scalars[joined] = "\u{00A0}" }
        }
    }

    private static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\u{00A0}" || s == "\u{202F}" }
}
