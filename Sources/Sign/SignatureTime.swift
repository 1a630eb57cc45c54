import Foundation

/// The clock times a signature carries, in UTC: in French for messages (« 2 décembre 2026 à 18 h 05
/// UTC »), and as PDF dates for the signature's `/M` (`D:YYYYMMDDHHmmSS+00'00'`). Not Label's
/// `FrenchDate`, which writes the data's calendar dates.
public enum SignatureTime {
    private static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                 "septembre", "octobre", "novembre", "décembre"]

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    public static func text(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = parts.day == 1 ? "1er" : "\(parts.day!)"
        return "\(day) \(months[parts.month! - 1]) \(parts.year!) à \(parts.hour!) h \(String(format: "%02d", parts.minute!)) UTC"
    }

    static func pdf(_ date: Date) -> String {
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "D:%04d%02d%02d%02d%02d%02d+00'00'", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }

    /// A PDF date's time, read as UTC (ldm writes `+00'00'`); nil when it is not one.
    static func date(pdf text: String) -> Date? {
        let digits = text.hasPrefix("D:") ? Array(text.dropFirst(2).prefix(14)) : []
        guard digits.count == 14, digits.allSatisfy(\.isNumber) else { return nil }
        func number(_ range: Range<Int>) -> Int { Int(String(digits[range]))! }
        return calendar.date(from: DateComponents(year: number(0..<4), month: number(4..<6), day: number(6..<8),
                                                  hour: number(8..<10), minute: number(10..<12), second: number(12..<14)))
    }
}
