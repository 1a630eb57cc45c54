/// French spacing, as babel-french applies it: a narrow no-break space (U+202F) before ; ! ? and %,
/// a no-break space (U+00A0) before : and inside « », and no break inside « n° 12 » or « 1 250 ».
/// An ordinary space already there is replaced, never doubled; an apostrophe between letters becomes
/// the typographic ’. URLs, e-mail addresses, times (10:30) and ratios (3:2) are left alone.
public enum FrenchTypography {
    public static let narrowNoBreakSpace: Character = "\u{202F}"
    public static let noBreakSpace: Character = "\u{00A0}"

    public static func apply(_ text: String) -> String {
        String(apply(Array(text)))
    }

    /// Applies the rules to one run of a paragraph, looking at the characters either side of it
    /// (in the neighbouring runs) without changing them.
    static func apply(_ text: String, after previous: Character?, before next: Character?) -> String {
        let context = (previous.map { [$0] } ?? []) + Array(text) + (next.map { [$0] } ?? [])
        var result = apply(context)
        if previous != nil { result.removeFirst() }
        if next != nil { result.removeLast() }
        return String(result)
    }

    private static let noBreakSpaces: Set<Character> = [noBreakSpace, narrowNoBreakSpace, "\u{2009}", "\u{2007}"]
    private static let ordinarySpaces: Set<Character> = [" ", "\t"]
    /// After these no space is added: « (?) », « ?! », a line's start.
    private static let noSpaceAfter: Set<Character> = ["(", "[", "{", "\n", ";", ":", "!", "?", "/"]

    private static func apply(_ input: [Character]) -> [Character] {
        let protected = protectedRanges(input)
        var output: [Character] = []
        output.reserveCapacity(input.count + 8)
        var index = 0
        while index < input.count {
            let character = input[index]
            let previous = index > 0 ? input[index - 1] : nil
            let next = index + 1 < input.count ? input[index + 1] : nil
            if protected[index] {
                output.append(character)
                index += 1
                continue
            }
            switch character {
            case ";", "!", "?":
                spaceBefore(narrowNoBreakSpace, in: &output)
            case ":" where !(previous?.isNumber == true && next?.isNumber == true):
                spaceBefore(noBreakSpace, in: &output)
            case "»":
                spaceBefore(noBreakSpace, in: &output)
            case "'" where previous?.isLetter == true && next?.isLetter == true:
                // The typewriter apostrophe of « l'hôtellerie » becomes the typographic one.
                output.append("\u{2019}")
                index += 1
                continue
            case "%" where lastNonSpace(output)?.isNumber == true:
                spaceBefore(narrowNoBreakSpace, in: &output)
            case " " where joinsNumber(input, at: index)
                || endsWithNumero(output) && (next?.isLetter == true || next?.isNumber == true):
                output.append(narrowNoBreakSpace)
                index += 1
                continue
            default:
                if character.isNumber, endsWithNumero(output) { output.append(narrowNoBreakSpace) }
            }
            output.append(character)
            index += 1
            if character == "«" {
                var after = index
                while after < input.count, ordinarySpaces.contains(input[after]) { after += 1 }
                if after < input.count, !noBreakSpaces.contains(input[after]), input[after] != "\n" {
                    output.append(noBreakSpace)
                }
                index = after
            }
        }
        return output
    }

    /// Puts `space` before the character about to be written: replaces ordinary spaces, keeps a
    /// no-break space already there, adds one after a word.
    private static func spaceBefore(_ space: Character, in output: inout [Character]) {
        guard let last = output.last else { return }
        if ordinarySpaces.contains(last) {
            while let end = output.last, ordinarySpaces.contains(end) { output.removeLast() }
            if let end = output.last, noBreakSpaces.contains(end) || end == "\n" { return }
            output.append(space)
        } else if !noBreakSpaces.contains(last), !noSpaceAfter.contains(last), last != "«" {
            output.append(space)
        }
    }

    private static func lastNonSpace(_ output: [Character]) -> Character? {
        output.last { !ordinarySpaces.contains($0) }
    }

    /// A space between digit groups, as in « 1 250 » or « 12 300 000 »: a group of 1 to 3 digits
    /// before, exactly 3 after. A year before (« en 2026 150 élèves ») has 4 digits and is left.
    private static func joinsNumber(_ input: [Character], at index: Int) -> Bool {
        var before = 0
        while index - before - 1 >= 0, input[index - before - 1].isASCIIDigit { before += 1 }
        guard (1...3).contains(before) else { return false }
        for offset in 1...3 {
            guard index + offset < input.count, input[index + offset].isASCIIDigit else { return false }
        }
        return index + 4 >= input.count || !input[index + 4].isASCIIDigit
    }

    /// `n°` or `N°` as a word of its own at the end of the output.
    private static func endsWithNumero(_ output: [Character]) -> Bool {
        guard output.count >= 2, output[output.count - 1] == "°", output[output.count - 2] == "n" || output[output.count - 2] == "N" else { return false }
        return output.count == 2 || !output[output.count - 3].isLetter
    }

    /// Characters inside URLs and e-mail addresses: from a scheme (`https://`, `mailto:`, `tel:`)
    /// or `www.` to the next space.
    private static func protectedRanges(_ input: [Character]) -> [Bool] {
        var protected = Array(repeating: false, count: input.count)
        var wordStart = 0
        while wordStart < input.count {
            while wordStart < input.count, input[wordStart].isWhitespace || noBreakSpaces.contains(input[wordStart]) { wordStart += 1 }
            var wordEnd = wordStart
            while wordEnd < input.count, !input[wordEnd].isWhitespace, !noBreakSpaces.contains(input[wordEnd]) { wordEnd += 1 }
            var start = wordStart
            // A URL may follow an opening bracket or guillemet in the same word: « (https://…) ».
            while start < wordEnd, "([«<\"'".contains(input[start]) { start += 1 }
            // Only a word with a colon or starting with « www. » can be an address: most words are
            // ruled out without building a string.
            let word = input[start..<wordEnd]
            if word.contains(":") || word.first == "w" || word.first == "W", isAddress(String(word)) {
                for i in start..<wordEnd { protected[i] = true }
            }
            wordStart = wordEnd
        }
        return protected
    }

    private static func isAddress(_ word: String) -> Bool {
        let lower = word.lowercased()
        if lower.hasPrefix("www.") || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") { return true }
        guard let colon = lower.firstIndex(of: ":"), lower[colon...].hasPrefix("://") else { return false }
        let scheme = lower[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
