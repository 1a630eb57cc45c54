/// A calendar day of the proleptic Gregorian calendar, as written in the data (`2026-09-01`).
/// Arithmetic is done on the fields themselves: no time zone, no clock.
public struct LocalDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` (exactly that shape, valid day).
    public init?(iso text: String) {
        guard let parts = LocalDate.isoParts(text) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    static func isoParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard pieces.count == 3, pieces[0].count == 4, pieces[1].count == 2, pieces[2].count == 2,
              pieces.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(pieces[0]), let month = Int(pieces[1]), let day = Int(pieces[2]) else { return nil }
        return (year, month, day)
    }

    static func whyInvalid(year: Int, month: Int, day: Int) -> String {
        guard (1...12).contains(month) else { return "il n'y a pas de mois \(month)" }
        let names = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                     "septembre", "octobre", "novembre", "décembre"]
        return "\(names[month - 1]) \(year) a \(daysIn(month: month, year: year)) jours"
    }

    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var previousDay: LocalDate {
        if day > 1 { return LocalDate(year: year, month: month, day: day - 1)! }
        if month > 1 { return LocalDate(year: year, month: month - 1, day: LocalDate.daysIn(month: month - 1, year: year))! }
        return LocalDate(year: year - 1, month: 12, day: 31)!
    }

    public var nextDay: LocalDate {
        if day < LocalDate.daysIn(month: month, year: year) { return LocalDate(year: year, month: month, day: day + 1)! }
        if month < 12 { return LocalDate(year: year, month: month + 1, day: 1)! }
        return LocalDate(year: year + 1, month: 1, day: 1)!
    }

    /// The last day of a period of `years` years starting on this day: the day before the same date
    /// `years` later. A period starting on 29 February ends on 28 February when the final year
    /// has no leap day (the anniversary then falls on 1 March), so no day is lost.
    public func endOfPeriod(years: Int) -> LocalDate {
        let target = year + years
        if month == 2 && day == 29 && !LocalDate.isLeap(target) {
            return LocalDate(year: target, month: 2, day: 28)!
        }
        return LocalDate(year: target, month: month, day: day)!.previousDay
    }

    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
