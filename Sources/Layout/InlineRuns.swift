import DocumentTree
import Native

struct HeadingEntry: Equatable {
    var anchor: String
    var title: String
    var level: Int
}

/// What the previous layout pass learnt (page numbers, headings), for fields and the table of contents.
struct FieldValues: Equatable {
    var pageCount: Int?
    var destinationPages: [String: Int] = [:]
    var headings: [HeadingEntry] = []
    /// The page being decorated (headers and footers).
    var pageNumber: Int?

    /// Unknown numbers print as « 00 » during the first pass: about the width of the real ones.
    func text(for field: Field) -> String {
        switch field {
        case .pageNumber: return pageNumber.map(String.init) ?? "00"
        case .pageCount: return pageCount.map(String.init) ?? "00"
        case .pageOf(let destination): return destinationPages[destination].map(String.init) ?? "00"
        }
    }
}

/// A paragraph's inlines turned into styled runs for Pango, with the byte ranges of its links.
struct InlineRuns {
    var runs: [TextRun] = []
    var links: [(start: Int, end: Int, target: LinkTarget)] = []
    private var length = 0
    /// Cuts words longer than the line (nil where the text is measured, not set).
    private var cutter: LongWordCutter?

    init(_ inlines: [Inline], style: TextStyle, fields: FieldValues, hyphenation: SoftHyphenInserter?,
         cutter: LongWordCutter? = nil) {
        self.cutter = cutter
        append(inlines, style: style, override: .plain, fields: fields, hyphenation: hyphenation)
    }

    private mutating func append(_ inlines: [Inline], style: TextStyle, override: InlineStyle,
                                 fields: FieldValues, hyphenation: SoftHyphenInserter?) {
        for inline in inlines {
            switch inline {
            case .text(let text, let own):
                let clean = ProperNames.joiningHyphens(InlineRuns.sanitized(text))
                let hyphenate = { (text: String) in hyphenation?.insert(into: text) ?? text }
                add(WebAddresses.mayContain(clean) ? WebAddresses.marking(clean, other: hyphenate) : hyphenate(clean),
                    style: style, override: override.merged(with: own))
            case .field(let field, let own):
                add(fields.text(for: field), style: style, override: override.merged(with: own))
            case .lineBreak:
                add("\u{2028}", style: style, override: override)
            case .link(let target, let content):
                let start = length
                var linkStyle = override
                if case .url = target { linkStyle.underline = true }
                append(content, style: style, override: linkStyle, fields: fields, hyphenation: hyphenation)
                links.append((start, length, target))
            }
        }
    }

    private mutating func add(_ text: String, style: TextStyle, override: InlineStyle) {
        guard !text.isEmpty else { return }
        let font = FontSpec(family: override.family ?? style.family, size: override.size ?? style.size,
                            bold: override.bold ?? style.bold, italic: override.italic ?? style.italic)
        let color = override.color ?? style.color
        var run = TextRun(text: text, font: font, color: RGB(red: color.red, green: color.green, blue: color.blue),
                          underline: override.underline, superscript: override.superscript,
                          smallCaps: override.smallCaps ?? style.smallCaps)
        if cutter != nil { run.text = cutter!.cut(text, in: run) }
        runs.append(run)
        length += run.text.utf8.count
    }

    /// Control characters cannot be printed: line ends and tabs become spaces, any other
    /// control character becomes U+FFFD, visibly, rather than vanishing.
    static func sanitized(_ text: String) -> String {
        // Control characters are C0 and C1 (Unicode's Cc category is exactly these), no table needed.
        func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) }
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }),
              text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if !isControl(scalar) {
                scalars.append(scalar)
            } else if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                scalars.append(" ")
            } else {
                scalars.append("\u{FFFD}")
            }
        }
        return String(scalars)
    }
}

extension Inline {
    /// A field whose value depends on pagination (in the body, known from an earlier pass).
    var dependsOnPages: Bool {
        switch self {
        case .field: return true
        case .link(_, let content): return content.contains(where: \.dependsOnPages)
        case .text, .lineBreak: return false
        }
    }

    var mentionsPageNumber: Bool {
        switch self {
        case .field(.pageNumber, _): return true
        case .link(_, let content): return content.contains(where: \.mentionsPageNumber)
        default: return false
        }
    }

    /// The page number as the page of `anchor`, a destination on the paragraph itself.
    func replacingPageNumber(with anchor: String) -> Inline {
        switch self {
        case .field(.pageNumber, let style): return .field(.pageOf(destination: anchor), style)
        case .link(let target, let content): return .link(target, content.map { $0.replacingPageNumber(with: anchor) })
        default: return self
        }
    }
}

extension InlineStyle {
    /// `other`'s values where it sets them, ours elsewhere.
    func merged(with other: InlineStyle) -> InlineStyle {
        InlineStyle(family: other.family ?? family, size: other.size ?? size, bold: other.bold ?? bold,
                    italic: other.italic ?? italic, smallCaps: other.smallCaps ?? smallCaps,
                    color: other.color ?? color, underline: underline || other.underline,
                    superscript: superscript || other.superscript)
    }
}
