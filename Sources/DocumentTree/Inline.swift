/// Where a link leads: an external address or a named destination inside the document.
public enum LinkTarget: Sendable, Hashable {
    case url(String)
    case destination(String)
}

/// A value known only once pages are laid out.
public enum Field: Sendable, Hashable {
    case pageNumber
    case pageCount
    /// The page number on which the named destination lands (tables of contents, cross references).
    case pageOf(destination: String)
}

public indirect enum Inline: Sendable, Hashable {
    case text(String, InlineStyle = .plain)
    case link(LinkTarget, [Inline])
    case field(Field, InlineStyle = .plain)
    /// A forced line break inside the paragraph.
    case lineBreak

    /// Superscript as in « 1er » or « 2e ».
    public static func superscript(_ text: String) -> Inline { .text(text, InlineStyle(superscript: true)) }

    /// The text as it reads, fields shown as `#`.
    public var plainText: String {
        switch self {
        case .text(let s, _): return s
        case .link(_, let inlines): return inlines.map(\.plainText).joined()
        case .field: return "#"
        case .lineBreak: return "\n"
        }
    }
}

extension Array where Element == Inline {
    public var plainText: String { map(\.plainText).joined() }
}
