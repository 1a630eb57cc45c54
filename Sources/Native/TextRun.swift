/// Plain values describing text to shape; Layout builds them from the document tree.
public struct FontSpec: Sendable, Hashable {
    public var family: String
    public var size: Double
    public var bold: Bool
    public var italic: Bool
    public init(family: String, size: Double, bold: Bool = false, italic: Bool = false) {
        self.family = family; self.size = size; self.bold = bold; self.italic = italic
    }
}

public struct RGB: Sendable, Hashable {
    public var red: Double, green: Double, blue: Double
    public init(red: Double, green: Double, blue: Double) { self.red = red; self.green = green; self.blue = blue }
}

public struct TextRun: Sendable, Hashable {
    public var text: String
    public var font: FontSpec
    public var color: RGB
    public var underline: Bool
    public var superscript: Bool
    public var smallCaps: Bool
    /// Space added after each character, in points (negative narrows): how a justified line's
    /// spaces are tightened without another font size, which would cost a font look-up.
    public var letterSpacing: Double = 0
    public init(text: String, font: FontSpec, color: RGB = RGB(red: 0, green: 0, blue: 0),
                underline: Bool = false, superscript: Bool = false, smallCaps: Bool = false) {
        self.text = text; self.font = font; self.color = color
        self.underline = underline; self.superscript = superscript; self.smallCaps = smallCaps
    }
}

public enum ParagraphAlignment: Sendable, Hashable { case left, center, right, justify }

public struct ParagraphSpec: Sendable, Hashable {
    public var runs: [TextRun]
    /// Line width in points; nil sets the text on one line.
    public var width: Double?
    public var alignment: ParagraphAlignment
    public var firstLineIndent: Double
    /// The paragraph's own font: its metrics give the line pitch.
    public var baseFont: FontSpec
    /// Justify the last line too: set when the runs are one line chosen by the project's own breaker.
    public var justifyLastLine = false
    /// Byte offset of these runs' text in the paragraph they were cut from (link positions).
    public var sourceOffset = 0
    public init(runs: [TextRun], width: Double?, alignment: ParagraphAlignment, firstLineIndent: Double = 0, baseFont: FontSpec) {
        self.runs = runs; self.width = width; self.alignment = alignment
        self.firstLineIndent = firstLineIndent; self.baseFont = baseFont
    }
}
