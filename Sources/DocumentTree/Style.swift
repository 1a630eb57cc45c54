public enum TextAlignment: String, Sendable, Hashable, CaseIterable {
    case left, center, right, justify
}

/// A named paragraph style: everything a block of text needs to be set.
public struct TextStyle: Sendable, Hashable {
    public var family: String = "Noto Serif"
    public var size: Points = 11
    public var bold = false
    public var italic = false
    public var smallCaps = false
    public var color: Color = .black
    public var alignment: TextAlignment = .justify
    /// Line pitch as a multiple of the font size.
    public var lineHeight: Double = 1.25
    public var spaceBefore: Points = 0
    public var spaceAfter: Points = 6
    public var leftIndent: Points = 0
    public var rightIndent: Points = 0
    public var firstLineIndent: Points = 0
    /// The block stays on the same page as the next one (headings).
    public var keepWithNext = false
    public var hyphenate = true
    /// Set smaller, in a document that shrinks to fit, when the document does not fit (a name, a title).
    public var shrink = false
    /// Minimum lines left at the top of a page (widows) and at the bottom (orphans).
    public var widows = 2
    public var orphans = 2
    public init() {}
}

/// Overrides an inline run applies to its paragraph's style; nil keeps the paragraph's value.
public struct InlineStyle: Sendable, Hashable {
    public var family: String?
    public var size: Points?
    public var bold: Bool?
    public var italic: Bool?
    public var smallCaps: Bool?
    public var color: Color?
    public var underline = false
    public var superscript = false
    public init(family: String? = nil, size: Points? = nil, bold: Bool? = nil, italic: Bool? = nil,
                smallCaps: Bool? = nil, color: Color? = nil, underline: Bool = false, superscript: Bool = false) {
        self.family = family; self.size = size; self.bold = bold; self.italic = italic
        self.smallCaps = smallCaps; self.color = color; self.underline = underline; self.superscript = superscript
    }
    public static let plain = InlineStyle()
    public static let bold = InlineStyle(bold: true)
    public static let italic = InlineStyle(italic: true)
}

/// Named styles. Blocks name their style; a missing name falls back to `body`.
public struct StyleSheet: Sendable {
    public var styles: [String: TextStyle]
    /// `styles` over the house defaults, whose headings are in `accent`.
    public init(_ styles: [String: TextStyle] = [:], accent: Color = .black) {
        self.styles = StyleSheet.defaults(accent: accent).merging(styles) { _, new in new }
    }
    public subscript(name: String) -> TextStyle {
        styles[name] ?? styles["body"] ?? TextStyle()
    }
    /// House defaults: justified serif body, bold headings in the accent colour (a theme's; black by
    /// default, the engine's defaults being neutral) that keep with next.
    public static func defaults(accent: Color = .black) -> [String: TextStyle] {
        var body = TextStyle()
        var result: [String: TextStyle] = ["body": body]
        let sizes: [Points] = [18, 14, 12, 11, 11, 11]
        for level in 1...6 {
            var h = body
            h.size = sizes[level - 1]
            h.bold = true
            h.color = accent
            h.alignment = .left
            h.hyphenate = false
            h.keepWithNext = true
            h.spaceBefore = level == 1 ? 18 : 12
            h.spaceAfter = 6
            result["h\(level)"] = h
        }
        body.alignment = .left
        body.size = 9
        body.spaceAfter = 0
        body.hyphenate = false
        result["header"] = body
        result["footer"] = body
        result["cell"] = { var s = body; s.size = 9.5; return s }()
        result["toc"] = { var s = body; s.size = 11; s.spaceAfter = 2; return s }()
        return result
    }
}
