/// Proper names wrap only at their spaces. A name is known by its capitals, as the data writes it:
/// - a compound whose first and last parts start with a capital (« Aix-Marseille »,
///   « Lons-le-Saunier », « Bourgogne-Franche-Comté », « Jean-Pierre ») is not broken at its
///   hyphens: a word joiner (U+2060, invisible, not extracted) follows each of them; a line ends
///   after one only as a last resort, where justified text cannot be set otherwise
///   (`CompoundHyphens`) or where the name is wider than the line (`WideWords`);
/// - a word starting with a capital is never hyphenated (`SoftHyphenInserter`): « Oliviers »,
///   « Champagnole », and a sentence's first word too, a small loss for a simple rule.
/// A compound of common words (« peut-être », « hôtel-café ») breaks at its hyphen (`CompoundHyphens`).
enum ProperNames {
    static let wordJoiner: Unicode.Scalar = "\u{2060}"

    static func joiningHyphens(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "-")) else { return text }
        let scalars = Array(text.unicodeScalars)
        let joined = Set(scalars.indices.filter { index in
            scalars[index] == "-" && index + 1 < scalars.count && scalars[index + 1] != wordJoiner
                && inCapitalizedCompound(scalars, hyphenAt: index)
        })
        // Most hyphens are in common words, or dashes: the text is then kept, not built again.
        guard !joined.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            result.append(scalar)
            if joined.contains(index) { result.append(wordJoiner) }
        }
        return String(result)
    }

    /// A letter of a word, its apostrophe included (« d’Hères »).
    static func isNameLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || isApostrophe(s) }

    private static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "\u{2019}" || s == "'" }

    /// Whether the hyphen at `hyphen` is inside a compound of letters and hyphens whose first and
    /// last parts are capitalized.
    private static func inCapitalizedCompound(_ scalars: [Unicode.Scalar], hyphenAt hyphen: Int) -> Bool {
        guard hyphen > 0, isNameLetter(scalars[hyphen - 1]), hyphen + 1 < scalars.count,
              scalars[hyphen + 1].properties.isAlphabetic else { return false }
        var start = hyphen
        while start > 0, isNameLetter(scalars[start - 1]) || scalars[start - 1] == "-" { start -= 1 }
        var end = hyphen + 1
        while end < scalars.count, isNameLetter(scalars[end]) || scalars[end] == "-" { end += 1 }
        // « l’Aix-… », « d’Aix-Marseille »: the part after the elision counts.
        var first = start
        if let apostrophe = scalars[start..<hyphen].lastIndex(where: isApostrophe) { first = apostrophe + 1 }
        var lastPart = end
        while lastPart > hyphen + 1, scalars[lastPart - 1] != "-" { lastPart -= 1 }
        // « …-d’Hères »: the part after the elision counts.
        if let apostrophe = scalars[lastPart..<end].firstIndex(where: isApostrophe) { lastPart = apostrophe + 1 }
        guard first < hyphen, lastPart < end else { return false }
        return scalars[first].properties.isUppercase && scalars[lastPart].properties.isUppercase
    }
}
