import DocumentTree
import Native

/// Paragraph content: text runs with their styles, links, fields and line breaks; XML whitespace
/// collapsed to single spaces, then French spacing when the document is in French.
extension DocumentBuilder {
    func paragraphContent(_ nodes: [XMLNode], in parent: String) throws -> [Inline] {
        typeset(normalizeWhitespace(try inlines(nodes, style: .plain, in: parent)))
    }

    private func inlines(_ nodes: [XMLNode], style: InlineStyle, in parent: String) throws -> [Inline] {
        var result: [Inline] = []
        for node in nodes {
            switch node {
            case .text(let text, _):
                result.append(.text(text, style))
            case .element(let element):
                try check(element)
                guard ElementRegistry.isInline(element.name) else { throw misplaced(element, in: parent) }
                result += try inline(element, style: style)
            }
        }
        return result
    }

    private func inline(_ element: XMLElement, style: InlineStyle) throws -> [Inline] {
        var style = style
        let reader = attributes(element)
        switch element.name {
        case "br": return [.lineBreak]
        case "page-number": return [.field(.pageNumber, style)]
        case "page-count": return [.field(.pageCount, style)]
        case "page-ref": return [.field(.pageOf(destination: try reader.required("to")), style)]
        case "link":
            let target: LinkTarget
            switch (reader.string("href"), reader.string("to")) {
            case (let href?, nil):
                guard LinkPolicy.allows(href) else {
                    throw error(at: element.attribute("href")?.position ?? element.position, LinkPolicy.refusal(href))
                }
                target = .url(href)
            case (nil, let to?): target = .destination(to)
            default: throw error(at: element.position, "<link> demande soit href (une adresse), soit to (l'id d'un titre du document)")
            }
            return [.link(target, try inlines(element.children, style: style, in: element.name))]
        case "b": style.bold = true
        case "i": style.italic = true
        case "u": style.underline = true
        case "sup": style.superscript = true
        case "small-caps": style.smallCaps = true
        default: // span
            if let family = reader.string("family") { style.family = family }
            if let size = try reader.length("size") { style.size = size }
            if let color = try reader.color("color") { style.color = color }
        }
        return try inlines(element.children, style: style, in: element.name)
    }

    /// XML whitespace (spaces, tabs, line ends) becomes one space; none at the start or the end of
    /// a line.
    func normalizeWhitespace(_ inlines: [Inline]) -> [Inline] {
        InlineTexts.rewrite(inlines) { pieces in
            var texts: [String] = []
            var textIndexOfPiece: [Int?] = []
            var atLineStart = true
            func trimTrailing(before piece: Int) {
                for index in stride(from: piece - 1, through: 0, by: -1) {
                    guard let t = textIndexOfPiece[index] else { return }
                    while texts[t].hasSuffix(" ") { texts[t].removeLast() }
                    if !texts[t].isEmpty { return }
                }
            }
            for (index, piece) in pieces.enumerated() {
                switch piece {
                case .text(let text):
                    var collapsed = InlineTexts.collapse(text)
                    if atLineStart, collapsed.hasPrefix(" ") { collapsed.removeFirst() }
                    if !collapsed.isEmpty { atLineStart = collapsed.hasSuffix(" ") }
                    texts.append(collapsed)
                    textIndexOfPiece.append(texts.count - 1)
                case .field:
                    atLineStart = false
                    textIndexOfPiece.append(nil)
                case .lineBreak:
                    trimTrailing(before: index)
                    atLineStart = true
                    textIndexOfPiece.append(nil)
                }
            }
            trimTrailing(before: pieces.count)
            return texts
        }
    }

    func typeset(_ inlines: [Inline]) -> [Inline] {
        guard french else { return inlines }
        return InlineTexts.rewrite(inlines) { pieces in
            var texts: [String] = []
            var previous: Character?
            for (index, piece) in pieces.enumerated() {
                switch piece {
                case .text(let text):
                    let next = pieces[(index + 1)...].lazy.compactMap(\.firstCharacter).first
                    let result = FrenchTypography.apply(text, after: previous, before: next)
                    texts.append(result)
                    if let last = result.last { previous = last }
                default:
                    previous = piece.firstCharacter
                }
            }
            return texts
        }
    }

    func typeset(_ text: String) -> String { french ? FrenchTypography.apply(text) : text }
}

/// The text runs of a paragraph in reading order, links included, so that a rule can look across
/// run boundaries (« <i>Lycée</i> » is one guillemet pair).
enum InlineTexts {
    enum Piece {
        case text(String), field, lineBreak
        /// What a rule sees of the piece: a field reads as a digit, a line break as a line end.
        var firstCharacter: Character? {
            switch self {
            case .text(let text): return text.first
            case .field: return "0"
            case .lineBreak: return "\n"
            }
        }
    }

    /// Replaces the texts (one per `.text` piece, same order) and drops runs left empty.
    static func rewrite(_ inlines: [Inline], _ transform: ([Piece]) -> [String]) -> [Inline] {
        var pieces: [Piece] = []
        flatten(inlines, into: &pieces)
        var texts = transform(pieces)[...]
        return rebuild(inlines, texts: &texts)
    }

    private static func flatten(_ inlines: [Inline], into pieces: inout [Piece]) {
        for inline in inlines {
            switch inline {
            case .text(let text, _): pieces.append(.text(text))
            case .link(_, let children): flatten(children, into: &pieces)
            case .field: pieces.append(.field)
            case .lineBreak: pieces.append(.lineBreak)
            }
        }
    }

    private static func rebuild(_ inlines: [Inline], texts: inout ArraySlice<String>) -> [Inline] {
        inlines.compactMap { inline in
            switch inline {
            case .text(_, let style):
                let text = texts.popFirst() ?? ""
                return text.isEmpty ? nil : .text(text, style)
            case .link(let target, let children): return .link(target, rebuild(children, texts: &texts))
            default: return inline
            }
        }
    }

    /// Each run of spaces, tabs and line ends as one space (on UTF-8: this sees all of a document's text).
    static func collapse(_ text: String) -> String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        let bytes = text.utf8
        var previousSpace = false
        let unchanged = bytes.allSatisfy { byte in
            defer { previousSpace = byte == 0x20 }
            return byte == 0x20 ? !previousSpace : !isSpace(byte)
        }
        if unchanged { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var inSpace = false
        for byte in bytes {
            if isSpace(byte) {
                if !inSpace { result.append(0x20) }
                inSpace = true
            } else {
                result.append(byte)
                inSpace = false
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
