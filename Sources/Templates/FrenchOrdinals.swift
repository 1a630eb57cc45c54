/// Abbreviated French ordinals, whose letters French print sets as superscripts: « 1er », « 1re »,
/// « 1ers », « 2e », « 21es », « 2de », « 2nd », « 2nde » (the seconde of a lycée), and in Roman
/// numerals « XXIe siècle », « Ve République », « François Ier ». The forms French print does not use
/// become its own, as a typographer corrects them: « 2ème », « 2eme », « 2ième », « 2è » give « 2e »,
/// « 1ère » gives « 1re », « XIXème » gives « XIXe ». Left as typed: « 1e » and « 1ème » (the gender is
/// not known), « 2D », a number's exponent (« 1e5 »), words such as « Le », « Ce » or « Vie », and a
/// word inside an address.
enum FrenchOrdinals {
    /// For each `.text` piece, the ordinals it holds: where their letters are, and the letters French
    /// print writes there.
    static func suffixes(in pieces: [InlineTexts.Piece]) -> [[InlineTexts.Raise]] {
        var result: [[InlineTexts.Raise]] = []
        var previous: Character?
        for (index, piece) in pieces.enumerated() {
            guard case .text(let text) = piece else {
                previous = piece.firstCharacter
                continue
            }
            let next = pieces[(index + 1)...].lazy.compactMap(\.firstCharacter).first
            result.append(mayHold(text) ? suffixes(in: text, after: previous, before: next) : [])
            if let last = text.last { previous = last }
        }
        return result
    }

    /// False when the text has no digit followed by a letter an ordinal may start with, and no Roman
    /// numeral that may be one (« Xe », « IIe », « Ier »; not « Le » or « Ce »): most text is ruled out
    /// here, on its bytes.
    private static func mayHold(_ text: String) -> Bool {
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            defer { beforePrevious = previous; previous = byte }
            let afterDigit = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(previous)
            switch byte {
            // e, r, i, and the first byte of « è » in UTF-8: after a number or a Roman numeral.
            case UInt8(ascii: "e"), UInt8(ascii: "r"), UInt8(ascii: "i"), 0xC3:
                // A Roman numeral of one letter is I, V or X (« Le », « Ce » are words).
                let letter = Unicode.Scalar(previous), letterBefore = Unicode.Scalar(beforePrevious)
                let afterRoman = isRomanDigit(letter) && ("IVX".unicodeScalars.contains(letter) || isRomanDigit(letterBefore))
                if afterDigit || afterRoman { return true }
            // d, n: « 2de », « 2nd », after a number only.
            case UInt8(ascii: "d"), UInt8(ascii: "n"):
                if afterDigit { return true }
            default: break
            }
        }
        return false
    }

    private static func suffixes(in text: String, after previous: Character?, before next: Character?) -> [InlineTexts.Raise] {
        let scalars = Array(text.unicodeScalars), indices = Array(text.unicodeScalars.indices) + [text.endIndex]
        let inAddress = FrenchTypography.addressMarks(scalars)
        var found: [InlineTexts.Raise] = []
        var start = 0
        while start < scalars.count {
            let arabic = isDigit(scalars[start])
            guard arabic || isRomanDigit(scalars[start]) else { start += 1; continue }
            var lettersStart = start
            while lettersStart < scalars.count, arabic ? isDigit(scalars[lettersStart]) : isRomanDigit(scalars[lettersStart]) {
                lettersStart += 1
            }
            var end = lettersStart
            while end < scalars.count, scalars[end].properties.isLowercase { end += 1 }
            let before = start > 0 ? scalars[start - 1] : previous?.unicodeScalars.last
            let after = end < scalars.count ? scalars[end] : next?.unicodeScalars.first
            let number = String(scalars: scalars[start..<lettersStart])
            let typed = String(scalars: scalars[lettersStart..<end])
            if !inAddress[start], endsWord(before: before), startsWord(after: after),
               let letters = arabic ? ordinalLetters(number, typed) : romanOrdinalLetters(number, typed) {
                found.append(InlineTexts.Raise(range: indices[lettersStart]..<indices[end], text: letters))
            }
            start = end
        }
        return found
    }

    /// Whether a word is an ordinal this enum raises (« 3e », « 1re », « XXIe », « Ier »), so that the
    /// spacing keeps it with what it counts.
    static func isOrdinal(_ word: some Collection<Unicode.Scalar>) -> Bool {
        guard let first = word.first else { return false }
        let arabic = isDigit(first)
        guard arabic || isRomanDigit(first) else { return false }
        let number = word.prefix { arabic ? isDigit($0) : isRomanDigit($0) }
        let typed = word.dropFirst(number.count)
        // No suffix is longer than « ièmes »; most capitalized words are ruled out here.
        guard (1...5).contains(typed.count), typed.allSatisfy({ $0.properties.isLowercase }) else { return false }
        let numberText = String(scalars: number), typedText = String(scalars: typed)
        return (arabic ? ordinalLetters(numberText, typedText) : romanOrdinalLetters(numberText, typedText)) != nil
    }

    /// Whether a word is a Roman numeral of two letters or more (« II », « XIV »), as Romans wrote it.
    static func isRomanNumeral(_ word: some Collection<Unicode.Scalar>) -> Bool {
        word.count > 1 && word.allSatisfy(isRomanDigit) && isRoman(String(scalars: word))
    }

    /// The letters French print writes after the number for the letters typed, or nil when they make
    /// no ordinal of it.
    private static func ordinalLetters(_ number: String, _ typed: String) -> String? {
        switch number {
        case "1": return firstLetters(typed)
        case "2": return secondLetters(typed) ?? nthLetters(typed)
        default: return nthLetters(typed)
        }
    }

    /// The same for a Roman numeral written as Romans wrote it, of one letter only when that letter is
    /// I, V or X (« Le », « Ce », « De », « Me » are words): « Ier », « Ire », « Ve », « XIXe ».
    private static func romanOrdinalLetters(_ numeral: String, _ typed: String) -> String? {
        guard numeral.count > 1 || numeral == "I" || numeral == "V" || numeral == "X", isRoman(numeral) else { return nil }
        return numeral == "I" ? firstLetters(typed) : nthLetters(typed)
    }

    /// « premier », « première » and their plurals.
    private static func firstLetters(_ typed: String) -> String? {
        switch typed {
        case "er", "re", "ers", "res": return typed
        case "ère", "ere": return "re"
        case "ères", "eres": return "res"
        default: return nil
        }
    }

    /// « second », « seconde » and their plurals.
    private static func secondLetters(_ typed: String) -> String? {
        ["d", "de", "ds", "des", "nd", "nde", "nds", "ndes"].contains(typed) ? typed : nil
    }

    /// « -ième » and its plural.
    private static func nthLetters(_ typed: String) -> String? {
        switch typed {
        case "e", "es": return typed
        case "ème", "eme", "ième", "ieme", "è": return "e"
        case "èmes", "emes", "ièmes", "iemes": return "es"
        default: return nil
        }
    }

    /// Whether the numeral is the one its value is written as (« XIX », not « XVIV » or « IIII »).
    private static func isRoman(_ numeral: String) -> Bool {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let digits = numeral.compactMap { values[$0] }
        var value = 0
        for (index, digit) in digits.enumerated() {
            value += index + 1 < digits.count && digit < digits[index + 1] ? -digit : digit
        }
        guard (1...3999).contains(value) else { return false }
        let symbols: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var written = "", rest = value
        for (amount, symbol) in symbols {
            while rest >= amount { written += symbol; rest -= amount }
        }
        return written == numeral
    }

    /// A letter Roman numerals are written with.
    static func isRomanDigit(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "I", "V", "X", "L", "C", "D", "M": true
        default: false
        }
    }
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// What may come before the number: a line's start, a space (no-break ones are White_Space too), an
    /// opening bracket or guillemet, a slash (« 2de/1re »). Not a letter, a digit, a hyphen, a comma or a
    /// full stop (« 2,5e », « v1.2e »).
    private static func endsWord(before s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        return s.properties.isWhitespace || "([«/".unicodeScalars.contains(s)
    }

    /// What may come after the letters: a line's end, a space or punctuation; not a letter, a digit or
    /// an apostrophe.
    private static func startsWord(after s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        return s.properties.isWhitespace || ",.;:!?)]»…/-\u{2011}".unicodeScalars.contains(s)
    }
}
