import DocumentTree
import Native

/// Paragraph content: text runs with their styles, links, fields and line breaks; XML whitespace
/// collapsed to single spaces, then, when the document is in French, guillemets for straight quotes,
/// dashes for spaced hyphens, French spacing and ordinals (« 1er », « 2e »).
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
        let quoted = InlineTexts.rewrite(inlines, Self.pairQuotesAndDashes)
        let shown = InlineTexts.shownAddresses(quoted)
        let spaced = InlineTexts.rewrite(quoted) { pieces in
            let marks = InlineTexts.addressMarks(pieces, shown: shown)
            var texts: [String] = []
            var previous: Character?, previousMark = false
            for (index, piece) in pieces.enumerated() {
                switch piece {
                case .text(let text):
                    let following = pieces.indices.dropFirst(index + 1).first { pieces[$0].firstCharacter != nil }
                    let next = following.flatMap { pieces[$0].firstCharacter }
                    let context = marks.map { marks in
                        (previous == nil ? [] : [previousMark]) + marks[index] + (following.map { [marks[$0].first ?? false] } ?? [])
                    }
                    let result = FrenchTypography.apply(text, after: previous, before: next, inAddress: context)
                    texts.append(result)
                    if let last = result.last {
                        previous = last
                        previousMark = marks?[index].last ?? false
                    }
                default:
                    previous = piece.firstCharacter
                    previousMark = marks?[index].first ?? false
                }
            }
            return texts
        }
        return InlineTexts.raise(spaced, FrenchOrdinals.suffixes)
    }

    func typeset(_ text: String) -> String {
        french ? FrenchTypography.apply(Self.pairQuotesAndDashes([.text(text)]).first ?? text) : text
    }

    /// Quotes and dashes, which are read as pairs over the whole paragraph.
    private static func pairQuotesAndDashes(_ pieces: [InlineTexts.Piece]) -> [String] {
        let texts = pieces.compactMap(\.text)
        // Most paragraphs have no straight quote and no hyphen.
        guard texts.contains(where: { $0.utf8.contains(UInt8(ascii: "\"")) || $0.utf8.contains(UInt8(ascii: "-")) }) else {
            return texts
        }
        let typed = InlineTexts.joined(pieces)
        var scalars = typed
        FrenchQuotes.pair(&scalars)
        FrenchDashes.place(&scalars)
        // Most hyphens join words: then nothing changed (the two arrays still share their storage).
        guard scalars != typed else { return texts }
        return InlineTexts.texts(of: pieces, from: scalars)
    }
}

/// The text runs of a paragraph in reading order, links included, so that a rule can look across
/// run boundaries (« <i>Lycée</i> » is one guillemet pair).
enum InlineTexts {
    enum Piece {
        case text(String), field, lineBreak
        var text: String? {
            if case .text(let text) = self { return text }
            return nil
        }
        /// What a rule sees of the piece: a field reads as a digit, a line break as a line end.
        var firstCharacter: Character? {
            switch self {
            case .text(let text): return text.first
            case .field: return "0"
            case .lineBreak: return "\n"
            }
        }
    }

    /// The paragraph's text as one run of scalars, a field read as a digit and a line break as a line end.
    static func joined(_ pieces: [Piece]) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        for piece in pieces {
            switch piece {
            case .text(let text): scalars.append(contentsOf: text.unicodeScalars)
            case .field: scalars.append("0")
            case .lineBreak: scalars.append("\n")
            }
        }
        return scalars
    }

    /// The texts of the `.text` pieces cut back out of `scalars`, a `joined(pieces)` changed scalar for
    /// scalar.
    static func texts(of pieces: [Piece], from scalars: [Unicode.Scalar]) -> [String] {
        var texts: [String] = [], start = 0
        for piece in pieces {
            guard case .text(let text) = piece else { start += 1; continue }
            let end = start + text.unicodeScalars.count
            texts.append(String(scalars: scalars[start..<end]))
            start = end
        }
        return texts
    }

    /// For each piece (as `rewrite` hands them) one mark per scalar of what a rule sees of it: whether
    /// it lies inside an address. Addresses are found in the paragraph's whole text, so that one split
    /// across styled runs (`https://exemple.fr/<b>page</b>?a=1`) is seen whole; a piece `shown` (the
    /// text of a link that shows its own address) is address throughout. Nil when the paragraph is one
    /// run outside such a link: the run's own look finds the same.
    static func addressMarks(_ pieces: [Piece], shown: [Bool]) -> [[Bool]]? {
        guard pieces.count > 1 || shown.contains(true) else { return nil }
        var bounds: [Range<Int>] = [], start = 0
        for piece in pieces {
            let end = start + (piece.text?.unicodeScalars.count ?? 1)
            bounds.append(start..<end)
            start = end
        }
        let found = FrenchTypography.addressMarks(joined(pieces))
        return bounds.indices.map { index in
            shown[index] ? Array(repeating: true, count: bounds[index].count) : Array(found[bounds[index]])
        }
    }

    /// For each piece, in the order `flatten` gives them: whether it is inside a link whose text is
    /// its own address, or part of it (`<link href="https://exemple.fr/a?b=1">exemple.fr/a?b=1</link>`).
    static func shownAddresses(_ inlines: [Inline]) -> [Bool] {
        var marks: [Bool] = []
        func walk(_ inlines: [Inline], inside: Bool) {
            for inline in inlines {
                if case .link(let target, let children) = inline {
                    walk(children, inside: inside || showsAddress(target, children))
                } else {
                    marks.append(inside)
                }
            }
        }
        walk(inlines, inside: false)
        return marks
    }

    private static func showsAddress(_ target: LinkTarget, _ children: [Inline]) -> Bool {
        guard case .url(let address) = target else { return false }
        let text = children.plainText.lowercased()
        return !text.isEmpty && !text.contains(where: \.isWhitespace) && address.lowercased().contains(text)
    }

    /// Replaces the texts (one per `.text` piece, same order) and drops runs left empty.
    static func rewrite(_ inlines: [Inline], _ transform: ([Piece]) -> [String]) -> [Inline] {
        var pieces: [Piece] = []
        flatten(inlines, into: &pieces)
        var texts = transform(pieces)[...]
        return rebuild(inlines, texts: &texts)
    }

    /// A part of a text run set as a superscript, and the text it shows there.
    struct Raise {
        var range: Range<String.Index>
        var text: String
    }

    /// Sets as superscripts the parts `find` gives for each `.text` piece (same order), each in a run of
    /// its own; runs already raised are left whole.
    static func raise(_ inlines: [Inline], _ find: ([Piece]) -> [[Raise]]) -> [Inline] {
        var pieces: [Piece] = []
        flatten(inlines, into: &pieces)
        var raises = find(pieces)[...]
        guard raises.contains(where: { !$0.isEmpty }) else { return inlines }
        return raise(inlines, raises: &raises)
    }

    private static func raise(_ inlines: [Inline], raises: inout ArraySlice<[Raise]>) -> [Inline] {
        inlines.flatMap { inline -> [Inline] in
            switch inline {
            case .text(let text, let style):
                let parts = raises.popFirst() ?? []
                guard !parts.isEmpty, !style.superscript else { return [inline] }
                var superscript = style
                superscript.superscript = true
                var result: [Inline] = [], start = text.startIndex
                for part in parts {
                    if start < part.range.lowerBound { result.append(.text(String(text[start..<part.range.lowerBound]), style)) }
                    result.append(.text(part.text, superscript))
                    start = part.range.upperBound
                }
                if start < text.endIndex { result.append(.text(String(text[start...]), style)) }
                return result
            case .link(let target, let children): return [.link(target, raise(children, raises: &raises))]
            default: return [inline]
            }
        }
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
