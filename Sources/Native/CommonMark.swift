import CCmark

/// A CommonMark document as a plain value tree, read from cmark's AST.
public indirect enum MarkdownNode: Sendable, Hashable {
    case document([MarkdownNode])
    case paragraph([MarkdownNode])
    case heading(level: Int, [MarkdownNode])
    case list(ordered: Bool, start: Int, items: [[MarkdownNode]])
    case blockQuote([MarkdownNode])
    case codeBlock(String)
    case thematicBreak
    case htmlBlock(String)
    case text(String)
    case emphasis([MarkdownNode])
    case strong([MarkdownNode])
    case link(url: String, [MarkdownNode])
    case image(url: String, [MarkdownNode])
    case code(String)
    case softBreak
    case lineBreak
    case htmlInline(String)
}

/// Parses CommonMark through cmark; the cmark tree never leaves this file.
public enum CommonMark {
    public static func parse(_ text: String) -> MarkdownNode {
        let length = text.utf8.count
        guard let root = cmark_parse_document(text, length, CMARK_OPT_DEFAULT) else { return .document([]) }
        defer { cmark_node_free(root) }
        return node(root)
    }

    private static func children(_ parent: OpaquePointer) -> [MarkdownNode] {
        var result: [MarkdownNode] = []
        var child = cmark_node_first_child(parent)
        while let current = child {
            result.append(node(current))
            child = cmark_node_next(current)
        }
        return result
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private static func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    private static func node(_ node: OpaquePointer) -> MarkdownNode {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_DOCUMENT: return .document(children(node))
        case CMARK_NODE_PARAGRAPH: return .paragraph(children(node))
        case CMARK_NODE_HEADING: return .heading(level: Int(cmark_node_get_heading_level(node)), children(node))
        case CMARK_NODE_LIST:
            // Each item's children are its blocks (paragraphs, nested lists).
            let items = children(node).map { item -> [MarkdownNode] in
                if case .document(let blocks) = item { return blocks }
                return [item]
            }
            return .list(ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                         start: Int(cmark_node_get_list_start(node)), items: items)
        case CMARK_NODE_ITEM: return .document(children(node))
        case CMARK_NODE_BLOCK_QUOTE: return .blockQuote(children(node))
        case CMARK_NODE_CODE_BLOCK: return .codeBlock(literal(node))
        case CMARK_NODE_THEMATIC_BREAK: return .thematicBreak
        case CMARK_NODE_HTML_BLOCK: return .htmlBlock(literal(node))
        case CMARK_NODE_TEXT: return .text(literal(node))
        case CMARK_NODE_EMPH: return .emphasis(children(node))
        case CMARK_NODE_STRONG: return .strong(children(node))
        case CMARK_NODE_LINK: return .link(url: url(node), children(node))
        case CMARK_NODE_IMAGE: return .image(url: url(node), children(node))
        case CMARK_NODE_CODE: return .code(literal(node))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_HTML_INLINE: return .htmlInline(literal(node))
        default: return .text(literal(node)) // custom blocks/inlines: keep their text
        }
    }
}
