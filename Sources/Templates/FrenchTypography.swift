/// French spacing, as babel-french applies it: a narrow no-break space (U+202F) before ; ! ? and %,
/// a no-break space (U+00A0) before : and inside « », and no break inside « n° 12 » or « 1 250 ».
/// An ordinary space already there is replaced, never doubled; an apostrophe between letters becomes
/// the typographic ’, three full stops the ellipsis « … » (one full stop after « etc »). URLs, e-mail
/// addresses, times (10:30) and ratios (3:2) are left alone.
/// The space that French print keeps unbroken also becomes a no-break one (`joinedSpace`): a
/// street number and its street (« 12 avenue »), a postcode and its town (« 39300 Champagnole »),
/// a number and its unit (« 30 mm », narrow), « section 5 » and its kin, a place name's article
/// (« La Seyne-sur-Mer »), an ordinal and what it counts (« XXIe siècle »), an initial and its name
/// (« J. Dupont »), a name and its Roman numeral (« Louis XIV »).
public enum FrenchTypography {
    public static let narrowNoBreakSpace: Character = "\u{202F}"
    public static let noBreakSpace: Character = "\u{00A0}"
    // The work is done on Unicode scalars: the rules look only at single code points, and scalars
    // are many times cheaper to compare than Characters (a 100-page dossier goes through here).
    private typealias Scalar = Unicode.Scalar
    private static let narrowNBSP: Scalar = "\u{202F}", nbsp: Scalar = "\u{00A0}"

    public static func apply(_ text: String) -> String {
        guard mayChange(text) else { return text }
        return String(scalars: apply(Array(text.unicodeScalars)))
    }

    /// Applies the rules to one run of a paragraph, looking at the characters either side of it
    /// (in the neighbouring runs) without changing them. `inAddress`, when given, marks each scalar of
    /// `previous`, `text` and `next` (those given) that lies inside an address found in the whole
    /// paragraph (see `addressMarks`); otherwise addresses are looked for in the run alone.
    static func apply(_ text: String, after previous: Character?, before next: Character?, inAddress: [Bool]? = nil) -> String {
        let before = previous?.unicodeScalars.last, after = next?.unicodeScalars.first
        // A « before the run adds a space at its start, punctuation after it a space at its end;
        // otherwise only the run's own characters act.
        let actsOnRun = before == "«" || after.map { ";!?:»%".unicodeScalars.contains($0) } == true
        guard actsOnRun || mayChange(text) else { return text }
        var context: [Scalar] = []
        context.reserveCapacity(text.utf8.count + 2)  // at least the scalars' count, without counting them
        if let before { context.append(before) }
        for scalar in text.unicodeScalars { context.append(scalar) }  // one by one: `+=` of the scalar view takes a much slower generic path
        if let after { context.append(after) }
        let own = (before == nil ? 0 : 1)..<(context.count - (after == nil ? 0 : 1))
        var result = apply(context, own: own, protected: inAddress.flatMap { $0.count == context.count ? $0 : nil })
        if before != nil { result.removeFirst() }
        if after != nil { result.removeLast() }
        return String(scalars: result)
    }

    /// False when no rule can fire: no ; ! ? : ' % « » °, no digit, no « ... », no word that may be a
    /// place name's article or a title.
    private static func mayChange(_ text: String) -> Bool {
        var previousByte: UInt8 = 0, byteBefore: UInt8 = 0
        for byte in text.utf8 {
            let wordStart = byteBefore == 0 || byteBefore == UInt8(ascii: " ") || byteBefore == UInt8(ascii: "(")
            switch byte {
            case UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "'"),
                 UInt8(ascii: "%"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return true
            // A word starting with « L »: maybe a place name's article.
            case UInt8(ascii: "L") where previousByte == 0 || previousByte == UInt8(ascii: " "):
                return true
            // « M. », « MM. », « Mme », « Mlle », « Me », « Dr », « Pr »: maybe a title before a name; an
            // initial (« J. »), a Roman numeral or ordinal (« XIV », « Ve »). (A `where` would bind to the
            // last pattern of a list only.)
            case UInt8(ascii: "."), UInt8(ascii: "M"), UInt8(ascii: "m"), UInt8(ascii: "l"), UInt8(ascii: "e"),
                 UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"), UInt8(ascii: "D"):
                if previousByte == UInt8(ascii: "M"), wordStart { return true }
                if byte == UInt8(ascii: "."), wordStart, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(previousByte) { return true }
                // A capital of Latin-1 (« É. »: C3 89) before a full stop.
                if byte == UInt8(ascii: "."), byteBefore == 0xC3, (0x80...0x9E).contains(previousByte) { return true }
                if wordStart, FrenchOrdinals.isRomanDigit(Unicode.Scalar(previousByte)),
                   FrenchOrdinals.isRomanDigit(Unicode.Scalar(byte)) || byte == UInt8(ascii: "e") && "IVX".utf8.contains(previousByte) {
                    return true
                }
                // « ... »: an ellipsis typed as full stops.
                if byte == UInt8(ascii: "."), previousByte == UInt8(ascii: "."), byteBefore == UInt8(ascii: ".") { return true }
            case UInt8(ascii: "r"):
                if previousByte == UInt8(ascii: "D") || previousByte == UInt8(ascii: "P"), wordStart { return true }
            // « » ° in UTF-8: C2 AB, C2 BB, C2 B0.
            case 0xAB, 0xBB, 0xB0:
                if previousByte == 0xC2 { return true }
            default:
                break
            }
            byteBefore = previousByte
            previousByte = byte
        }
        return false
    }

    private static func isNoBreakSpace(_ s: Scalar) -> Bool { s == nbsp || s == narrowNBSP || s == "\u{2009}" || s == "\u{2007}" }
    private static func isOrdinarySpace(_ s: Scalar) -> Bool { s == " " || s == "\t" }
    /// After these no space is added before `placed`: « (?) », « ?! », a line's start, an opening
    /// guillemet; a closing guillemet gets its space after ; : ! ? too (« Oui ! »).
    private static func noSpaceAfter(_ s: Scalar, before placed: Scalar) -> Bool {
        "([{\n/«".unicodeScalars.contains(s) || placed != "»" && ";:!?".unicodeScalars.contains(s)
    }
    /// A letter, or a combining accent of one (text that is not precomposed).
    private static func isLetter(_ s: Scalar?) -> Bool {
        guard let s else { return false }
        if s.isASCII { return ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
        if s.properties.isAlphabetic { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
    private static func isNumber(_ s: Scalar?) -> Bool {
        guard let s else { return false }
        return s.isASCII ? isASCIIDigit(s) : s.properties.numericType != nil
    }
    private static func isASCIIDigit(_ s: Scalar) -> Bool { ("0"..."9").contains(s) }

    /// For each scalar, whether it lies inside a URL or an e-mail address, which no rule touches.
    static func addressMarks(_ scalars: [Unicode.Scalar]) -> [Bool] { protectedRanges(scalars) }

    /// `own`: the scalars of `input` that are the run's own, the others only seen (an ellipsis is made of
    /// the run's own full stops, since each context scalar is given back as it was).
    private static func apply(_ input: [Scalar], own: Range<Int>? = nil, protected given: [Bool]? = nil) -> [Scalar] {
        let protected = given ?? protectedRanges(input)
        let own = own ?? input.indices
        var output: [Scalar] = []
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
                spaceBefore(narrowNBSP, before: character, in: &output)
            case ":" where !(isNumber(previous) && isNumber(next)):
                spaceBefore(nbsp, before: character, in: &output)
            case "»":
                spaceBefore(nbsp, before: character, in: &output)
            case "." where next == "." && own.contains(index) && own.contains(index + 2) && input[index + 2] == "."
                && previous != "." && !(index + 3 < input.count && input[index + 3] == "."):
                // Three full stops typed for an ellipsis become the one character print uses; after
                // « etc », which says it already, one full stop.
                output.append(endsWithEtc(output) ? "." : "\u{2026}")
                index += 3
                continue
            case "'" where isLetter(previous) && isLetter(next):
                // The typewriter apostrophe of « l'hôtellerie » becomes the typographic one.
                output.append("\u{2019}")
                index += 1
                continue
            case "%" where isNumber(output.last { !isOrdinarySpace($0) }):
                spaceBefore(narrowNBSP, before: character, in: &output)
            case " " where joinsNumber(input, at: index)
                || endsWithNumero(output) && (isLetter(next) || isNumber(next)):
                output.append(narrowNBSP)
                index += 1
                continue
            case " ":
                if let space = joinedSpace(before: output, after: input, at: index + 1) {
                    output.append(space)
                    index += 1
                    continue
                }
            default:
                if isNumber(character), endsWithNumero(output) { output.append(narrowNBSP) }
            }
            output.append(character)
            index += 1
            if character == "«" {
                var after = index
                while after < input.count, isOrdinarySpace(input[after]) { after += 1 }
                if after < input.count, !isNoBreakSpace(input[after]), input[after] != "\n" {
                    output.append(nbsp)
                }
                index = after
            }
        }
        return output
    }

    /// Puts `space` before `placed`, the character about to be written: replaces ordinary spaces, keeps
    /// a no-break space already there, adds one after a word.
    private static func spaceBefore(_ space: Scalar, before placed: Scalar, in output: inout [Scalar]) {
        guard let last = output.last else { return }
        if isOrdinarySpace(last) {
            while let end = output.last, isOrdinarySpace(end) { output.removeLast() }
            if let end = output.last, isNoBreakSpace(end) || end == "\n" { return }
            output.append(space)
        } else if !isNoBreakSpace(last), !noSpaceAfter(last, before: placed) {
            output.append(space)
        }
    }

    /// A space between digit groups, as in « 1 250 » or « 12 300 000 »: a group of 1 to 3 digits
    /// before, exactly 3 after. A year before (« en 2026 150 élèves ») has 4 digits and is left.
    private static func joinsNumber(_ input: [Scalar], at index: Int) -> Bool {
        var before = 0
        while index - before - 1 >= 0, isASCIIDigit(input[index - before - 1]) { before += 1 }
        guard (1...3).contains(before) else { return false }
        for offset in 1...3 {
            guard index + offset < input.count, isASCIIDigit(input[index + offset]) else { return false }
        }
        return index + 4 >= input.count || !isASCIIDigit(input[index + 4])
    }

    /// Units after a number: a narrow no-break space joins them (« 30 mm », « 3 Mo », « 10 h »).
    private static let units: Set<String> = [
        "mm", "cm", "m", "km", "m²", "m2", "ha", "g", "kg", "t", "l", "L", "ml", "cl", "h", "min", "s",
        "€", "k€", "M€", "o", "Ko", "Mo", "Go", "dpi", "pt", "°C", "°",
    ]
    /// Street types after a street number (« 12 avenue », « 3 bis rue »).
    private static let streets: Set<String> = [
        "rue", "avenue", "av.", "boulevard", "bd", "chemin", "place", "allée", "impasse", "route", "quai",
        "cours", "square", "voie", "passage", "esplanade", "faubourg", "rond-point", "lieu-dit", "parvis",
        "promenade", "sentier", "cité", "résidence", "domaine", "hameau", "bis", "ter", "quater",
    ]
    /// Words a number completes (« section 5 », « article 3 », « page 12 »).
    private static let numbered: Set<String> = [
        "section", "article", "art.", "annexe", "chapitre", "page", "p.", "alinéa", "tome", "volume", "titre",
        "livre", "partie",
    ]
    /// Articles of place names (« La Seyne-sur-Mer », « Le Creusot », « Les Mureaux »).
    private static let articles: Set<String> = ["La", "Le", "Les"]
    /// Titles before a name (« Mme Benali », « M. Giordano », « Me Roux »), never left at a line's end.
    private static let titles: Set<String> = ["M.", "MM.", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Pr"]
    /// A date's day and month stay on one line (« 23 octobre », « 1er juin »); its year may go to the next.
    private static let months: Set<String> = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]

    /// The no-break space that replaces the ordinary one between the word ending `output` and the
    /// word starting at `input[start]`, or nil when the line may break there.
    private static func joinedSpace(before output: [Scalar], after input: [Scalar], at start: Int) -> Scalar? {
        var previousStart = output.count
        while previousStart > 0, !isOrdinarySpace(output[previousStart - 1]), !isNoBreakSpace(output[previousStart - 1]),
              output[previousStart - 1] != "\n", output[previousStart - 1] != "(" { previousStart -= 1 }
        var nextEnd = start
        while nextEnd < input.count, !isOrdinarySpace(input[nextEnd]), !isNoBreakSpace(input[nextEnd]),
              input[nextEnd] != "\n" { nextEnd += 1 }
        guard previousStart < output.count, start < nextEnd else { return nil }
        let previous = output[previousStart...], next = input[start..<nextEnd], first = input[start]
        if previous.allSatisfy(isASCIIDigit) {
            // The next word without the punctuation that may follow it (« 30 mm, », « rue ; »).
            let nextWord = String(scalars: next.prefix { !",;:!?)»".unicodeScalars.contains($0) })
            if units.contains(nextWord) { return narrowNBSP }
            if streets.contains(nextWord.lowercased()) { return nbsp }
            if let day = Int(String(scalars: previous)), (1...31).contains(day), startsWithMonth(next) { return nbsp }
            // A postcode: five digits, then a town's capital (« 39300 Champagnole »).
            if previous.count == 5, first.properties.isUppercase { return nbsp }
            return nil
        }
        // An ordinal and what it counts (« XXIe siècle », « Ve République », « 1er juin »); not one that
        // a no-break space already keeps with a name before it (« François Ier et »).
        if isLetter(first), isLetter(previous.last), previousStart == 0 || output[previousStart - 1] != nbsp,
           FrenchOrdinals.isOrdinal(previous) {
            return nbsp
        }
        // After a word, only a number or a capital may be joined: most spaces are ruled out here,
        // before any word is built.
        let numberFollows = isNumber(first), mayBeCapital = !first.isASCII || ("A"..."Z").contains(first)
        guard numberFollows || mayBeCapital else { return nil }
        // An initial and its name (« J. Dupont », « J.-P. Martin »), a code's letter and its number
        // (« article D. 335-1 »).
        if isInitial(previous) { return nbsp }
        // « l’article 3 »: the word after the elided article.
        let previousWord = String(scalars: previous.split(whereSeparator: { $0 == "\u{2019}" || $0 == "'" }).last ?? previous)
        if numberFollows, numbered.contains(previousWord.lowercased()) { return nbsp }
        if articles.contains(previousWord) || titles.contains(previousWord), first.properties.isUppercase { return nbsp }
        // A Roman numeral after a name or a numbered word (« Louis XIV », « François Ier », « titre II »).
        let nextWord = next.prefix { !",;:!?)».".unicodeScalars.contains($0) }
        if FrenchOrdinals.isRomanNumeral(nextWord) || FrenchOrdinals.isOrdinal(nextWord) && !numberFollows,
           isName(previous) || numbered.contains(previousWord.lowercased()) {
            return nbsp
        }
        return nil
    }

    /// One capital and a full stop, or two joined by a hyphen (« J. », « É. », « J.-P. »).
    private static func isInitial(_ word: ArraySlice<Scalar>) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { part in
            part.count == 2 && part.first?.properties.isUppercase == true && part.last == "."
        }
    }

    /// A capitalized word: a capital, then letters and hyphens, at least one of them lowercase
    /// (« Louis », « Jean-Paul »; not « CCI »).
    private static func isName(_ word: ArraySlice<Scalar>) -> Bool {
        guard let first = word.first, first.properties.isUppercase, word.count > 1 else { return false }
        let rest = word.dropFirst()
        return rest.allSatisfy { isLetter($0) || $0 == "-" } && rest.contains { $0.properties.isLowercase }
    }

    /// Whether a word is a month's name, with or without the punctuation after it (« juin, », « mai. »).
    private static func startsWithMonth(_ word: ArraySlice<Scalar>) -> Bool {
        months.contains(String(scalars: word.prefix { isLetter($0) }))
    }

    /// « etc » as a word of its own at the end of the output.
    private static func endsWithEtc(_ output: [Scalar]) -> Bool {
        guard output.count >= 3, output.suffix(3).elementsEqual("etc".unicodeScalars) else { return false }
        return output.count == 3 || !isLetter(output[output.count - 4])
    }

    /// `n°` or `N°` as a word of its own at the end of the output.
    private static func endsWithNumero(_ output: [Scalar]) -> Bool {
        guard output.count >= 2, output[output.count - 1] == "°", output[output.count - 2] == "n" || output[output.count - 2] == "N" else { return false }
        return output.count == 2 || !isLetter(output[output.count - 3])
    }

    /// Characters inside URLs and e-mail addresses: from a scheme (`https://`, `mailto:`, `tel:`),
    /// `www.` or an address's first character to the next space.
    private static func protectedRanges(_ input: [Scalar]) -> [Bool] {
        var protected = Array(repeating: false, count: input.count)
        // Most text has neither a colon nor a « www »: no address can be in it.
        guard input.contains(where: { $0 == ":" || $0 == "w" || $0 == "W" || $0 == "@" }) else { return protected }
        func isBlank(_ s: Scalar) -> Bool {
            s.isASCII ? s == " " || ("\t"..."\r").contains(s) : s.properties.isWhitespace || isNoBreakSpace(s)
        }
        var wordStart = 0
        while wordStart < input.count {
            while wordStart < input.count, isBlank(input[wordStart]) { wordStart += 1 }
            var wordEnd = wordStart
            while wordEnd < input.count, !isBlank(input[wordEnd]) { wordEnd += 1 }
            var start = wordStart
            // A URL may follow an opening bracket or guillemet in the same word: « (https://…) ».
            while start < wordEnd, "([«<\"'".unicodeScalars.contains(input[start]) { start += 1 }
            // Only a word with a colon or starting with « www. » can be an address: most words are
            // ruled out without building a string.
            let word = input[start..<wordEnd]
            if word.contains(":") || word.contains("@") || word.first == "w" || word.first == "W",
               isAddress(String(scalars: word)) {
                for i in start..<wordEnd { protected[i] = true }
            }
            wordStart = wordEnd
        }
        return protected
    }

    /// `local@domain.tld`, letters, digits and `.-_+'%` before the `@`, a dotted domain after it.
    private static func isEmail(_ word: String) -> Bool {
        let parts = word.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix(".") else { return false }
        return parts[0].allSatisfy { $0.isLetter || $0.isNumber || ".-_+'%".contains($0) }
            && parts[1].allSatisfy { $0.isLetter || $0.isNumber || ".-".contains($0) || ".,;:!?»)".contains($0) }
    }

    private static func isAddress(_ word: String) -> Bool {
        let lower = word.lowercased()
        if lower.hasPrefix("www.") || lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") { return true }
        if isEmail(lower) { return true }
        guard let colon = lower.firstIndex(of: ":"), lower[colon...].hasPrefix("://") else { return false }
        let scheme = lower[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || "+.-".contains($0) }
    }
}
