/// Where a justified line may end after a hyphen the text already has, as TeX ends one after an
/// explicit hyphen: « peut-|être », « sous-|préfecture ». Not where a part beside the hyphen is a
/// single letter (« c’est-à-dire », « a-t-il », « vis-à-vis »), which French typography keeps
/// whole, nor between figures (« 2025-2026 »).
/// A proper name's hyphens (each followed by `ProperNames`' word joiner) are breaks of last resort,
/// tried only when the paragraph cannot be set within the usual tolerance, and taken only where the
/// other choice is a line whose spaces stretch to about 2.45 times their width or more
/// (`ParagraphItems.nameBreakPenalty`): the Imprimerie nationale's rule cuts a name at its hyphen
/// when a cut cannot be avoided, and a line whose spaces gape before « Saint-Exupéry-les-Oliviers »
/// is the worse harm.
enum CompoundHyphens {
    struct Breaks {
        /// Paragraph offsets just after a common compound's hyphen.
        var common: Set<Int> = []
        /// Paragraph offsets just after a proper name's hyphen and its word joiner.
        var names: Set<Int> = []
    }

    /// The fewest letters a part beside a hyphen needs for the line to end there (an apostrophe
    /// counts: « Saint-Martin-|d’Hères »).
    static let minimumPart = 2

    static func breaks(in text: String) -> Breaks {
        var breaks = Breaks()
        guard text.utf8.contains(UInt8(ascii: "-")) else { return breaks }
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []
        offsets.reserveCapacity(scalars.count + 1)
        var offset = 0
        for scalar in scalars { offsets.append(offset); offset += UTF8.width(scalar) }
        offsets.append(offset)
        for index in scalars.indices where scalars[index] == "-" {
            let joined = index + 1 < scalars.count && scalars[index + 1] == ProperNames.wordJoiner
            let after = joined ? index + 2 : index + 1
            guard letters(scalars, from: index - 1, step: -1) >= minimumPart,
                  letters(scalars, from: after, step: 1) >= minimumPart else { continue }
            if joined { breaks.names.insert(offsets[after]) } else { breaks.common.insert(offsets[after]) }
        }
        return breaks
    }

    /// How many letters follow one another from `start` in the direction `step`.
    private static func letters(_ scalars: [Unicode.Scalar], from start: Int, step: Int) -> Int {
        var count = 0, index = start
        while index >= 0, index < scalars.count, ProperNames.isNameLetter(scalars[index]) {
            count += 1
            index += step
        }
        return count
    }
}
