/// French typographic conventions for the documents: dates, numbers, ordinals, guillemets.
public enum FrenchFormat {
    /// U+202F, between thousands and before % ; ! ?
    public static let narrowNoBreakSpace = "\u{202F}"
    /// U+00A0, inside guillemets, before « : » and after « n° ».
    public static let noBreakSpace = "\u{00A0}"

    public static let monthNames = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
                                    "août", "septembre", "octobre", "novembre", "décembre"]

    /// « 1er septembre 2026 », « 29 novembre 2026 », with no-break spaces: a date never breaks
    /// across lines.
    public static func date(_ date: LocalDate) -> String {
        "\(date.day == 1 ? "1er" : String(date.day))\(noBreakSpace)\(monthNames[date.month - 1])\(noBreakSpace)\(date.year)"
    }

    /// « 29/11/2026 », « 01/09/2026 ».
    public static func numericDate(_ date: LocalDate) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }

    /// « du 1er septembre 2026 au 31 août 2031 ».
    public static func period(from start: LocalDate, to end: LocalDate) -> String {
        "du \(date(start)) au \(date(end))"
    }

    /// « 2026-2027 » for the school year starting in 2026.
    public static func schoolYear(_ firstYear: Int) -> String { "\(firstYear)-\(firstYear + 1)" }

    /// « 1 250 », « −1 250 », « 1 000 000 » (narrow no-break space, true minus sign).
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (value < 0 ? "\u{2212}" : "") + groups.joined(separator: narrowNoBreakSpace)
    }

    /// « 12,5 », « 1 250,75 », « −0,5 »: at most `fractionDigits` decimals, trailing zeros dropped
    /// (all kept when `keepZeros`).
    public static func decimal(_ value: Double, fractionDigits: Int = 2, keepZeros: Bool = false) -> String {
        var scale = 1
        for _ in 0..<fractionDigits { scale *= 10 }
        let scaled = (value.magnitude * Double(scale)).rounded()
        let units = Int(scaled) / scale
        var fraction = String(Int(scaled) % scale)
        fraction = String(repeating: "0", count: fractionDigits - fraction.count) + fraction
        if !keepZeros { while fraction.hasSuffix("0") { fraction.removeLast() } }
        let sign = value < 0 && scaled > 0 ? "\u{2212}" : ""
        return sign + integer(units) + (fraction.isEmpty ? "" : ",\(fraction)")
    }

    /// « 12,5 % » from 12.5 (a value in percent, not a ratio).
    public static func percent(_ value: Double, fractionDigits: Int = 1) -> String {
        decimal(value, fractionDigits: fractionDigits) + narrowNoBreakSpace + "%"
    }

    /// « 1er », « 2e », « 3e »: for « Article 1er », « 2e critère ».
    public static func ordinal(_ value: Int) -> String { value == 1 ? "1er" : "\(value)e" }

    /// « n° 2026-LDM-014 ».
    public static func numero(_ reference: String) -> String { "n°\(noBreakSpace)\(reference)" }

    /// « « Lycée des métiers de l'hôtellerie » » with no-break spaces inside.
    public static func quoted(_ text: String) -> String { "«\(noBreakSpace)\(text)\(noBreakSpace)»" }

    /// « Pour le recteur de la région académique et par délégation, ».
    public static func delegationLine(authority: String) -> String {
        "Pour \(lowercasingFirst(authority)) et par délégation,"
    }

    /// « le recteur … » → « Le recteur … », to begin a sentence.
    public static func capitalisingFirst(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }

    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first else { return text }
        let rest = text.dropFirst()
        // Only the article or common noun is lowered: « Le recteur » → « le recteur ».
        return first.isUppercase && (rest.first?.isLowercase ?? false) ? first.lowercased() + rest : text
    }
}
