/// Lengths are PostScript points (1/72 inch) throughout the engine.
public typealias Points = Double

public enum Unit {
    public static let millimetre: Points = 72.0 / 25.4
    public static let centimetre: Points = 72.0 / 2.54
    public static let inch: Points = 72.0
}

/// An opaque sRGB colour (PDF/A allows no transparency, so there is no alpha).
public struct Color: Sendable, Hashable {
    public var red: Double, green: Double, blue: Double
    public init(red: Double, green: Double, blue: Double) {
        self.red = red; self.green = green; self.blue = blue
    }
    /// `#RRGGBB` or `RRGGBB`; nil when malformed.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        self.init(red: Double((value >> 16) & 0xFF) / 255, green: Double((value >> 8) & 0xFF) / 255,
                  blue: Double(value & 0xFF) / 255)
    }
    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
}

public struct Insets: Sendable, Hashable {
    public var top: Points, right: Points, bottom: Points, left: Points
    public init(top: Points, right: Points, bottom: Points, left: Points) {
        self.top = top; self.right = right; self.bottom = bottom; self.left = left
    }
    public init(all: Points) { self.init(top: all, right: all, bottom: all, left: all) }
    public static let zero = Insets(all: 0)
}
