import Foundation

/// Dates as a French reader expects them in messages: « 2 décembre 2026 à 18 h 05 UTC ».
public enum FrenchDate {
    private static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                 "septembre", "octobre", "novembre", "décembre"]

    public static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let day = parts.day == 1 ? "1er" : "\(parts.day!)"
        return "\(day) \(months[parts.month! - 1]) \(parts.year!) à \(parts.hour!) h \(String(format: "%02d", parts.minute!)) UTC"
    }

    /// A PDF date (`D:YYYYMMDDHHmmSS+00'00'`), in UTC.
    static func pdf(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "D:%04d%02d%02d%02d%02d%02d+00'00'", p.year!, p.month!, p.day!, p.hour!, p.minute!, p.second!)
    }
}
