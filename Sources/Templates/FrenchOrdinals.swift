/// Abbreviated French ordinals, whose letters French print sets as superscripts: « 1er », « 1re »,
/// « 1ers », « 2e », « 21es », « 2de », « 2nd », « 2nde » (the seconde of a lycée), and in Roman
/// numerals « XXIe siècle », « Ve République », « François Ier ». Only these exact forms, written as one
/// word: « 2ème » and « 1ère », which French print does not use, « 1e », « 2d » inside « 2D », a
/// number's exponent (« 1e5 »), words such as « Le », « Ce » or « Vie », and a word inside an address
/// are left as typed.
enum FrenchOrdinals {
    /// For each `.text` piece, the ranges of its text that are an ordinal's letters.
    static func suffixes(in pieces: [InlineTexts.Piece]) -> [[Range<String.Index>]] {
        var result: [[Range<String.Index>]] = []
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
            let digitBefore = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(previous)
            switch byte {
            case UInt8(ascii: "e"), UInt8(ascii: "r"), UInt8(ascii: "d"), UInt8(ascii: "n"):
                if digitBefore { return true }
                if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "r"),
                   "IVX".utf8.contains(previous) || "IVXLCDM".utf8.contains(previous) && "IVXLCDM".utf8.contains(beforePrevious) {
                    return true
                }
            default:
                break
            }
        }
        return false
    }

    private static func suffixes(in text: String, after previous: Character?, before next: Character?) -> [Range<String.Index>] {
        let scalars = Array(text.unicodeScalars), indices = Array(text.unicodeScalars.indices) + [text.endIndex]
        let inAddress = FrenchTypography.addressMarks(scalars)
        var found: [Range<String.Index>] = []
        var start = 0
        while start < scalars.count {
            let arabic = isDigit(scalars[start])
            guard arabic || isRomanDigit(scalars[start]) else { start += 1; continue }
            var lettersStart = start
            while lettersStart < scalars.count, arabic ? isDigit(scalars[lettersStart]) : isRomanDigit(scalars[lettersStart]) {
                lettersStart += 1
            }
            var end = lettersStart
            while end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
            let before = start > 0 ? scalars[start - 1] : previous?.unicodeScalars.last
            let after = end < scalars.count ? scalars[end] : next?.unicodeScalars.first
            let number = String(String.UnicodeScalarView(scalars[start..<lettersStart]))
            let letters = String(String.UnicodeScalarView(scalars[lettersStart..<end]))
            if !inAddress[start], endsWord(before: before), startsWord(after: after),
               arabic ? isOrdinal(number, letters) : isRomanOrdinal(number, letters) {
                found.append(indices[lettersStart]..<indices[end])
            }
            start = end
        }
        return found
    }

    private static func isOrdinal(_ number: String, _ letters: String) -> Bool {
        switch letters {
        case "er", "re", "ers", "res": return number == "1"
        case "d", "de", "ds", "des", "nd", "nde", "nds", "ndes": return number == "2"
        case "e", "es": return number != "1"
        default: return false
        }
    }

    /// « Ier », « Ire », « Ve », « XIXe », « IIIes »: a Roman numeral written as Romans wrote it, of one
    /// letter only when that letter is I, V or X (« Le », « Ce », « De », « Me » are words).
    private static func isRomanOrdinal(_ numeral: String, _ letters: String) -> Bool {
        switch letters {
        case "er", "re": return numeral == "I"
        case "e", "es": return numeral != "I" && (numeral.count > 1 || numeral == "V" || numeral == "X") && isRoman(numeral)
        default: return false
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

    private static func isRomanDigit(_ s: Unicode.Scalar) -> Bool { "IVXLCDM".unicodeScalars.contains(s) }
    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }

    /// What may come before the number: a line's start, a space, an opening bracket or guillemet, a
    /// slash (« 2de/1re »). Not a letter, a digit, a hyphen, a comma or a full stop (« 2,5e », « v1.2e »).
    private static func endsWord(before s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        return s.properties.isWhitespace || "([«/\u{2009}\u{202F}\u{00A0}".unicodeScalars.contains(s)
    }

    /// What may come after the letters: a line's end, a space or punctuation; not a letter, a digit or
    /// an apostrophe.
    private static func startsWord(after s: Unicode.Scalar?) -> Bool {
        guard let s else { return true }
        return s.properties.isWhitespace || ",.;:!?)]»…/-\u{2011}\u{2009}\u{202F}\u{00A0}".unicodeScalars.contains(s)
    }
}
