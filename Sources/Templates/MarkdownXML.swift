import Native

/// Writes a CommonMark tree as template XML: paragraphs, headings, nested lists, emphasis, links,
/// line breaks. Raw HTML in the field is printed as text, never interpreted.
struct MarkdownXML {
    /// The level a `#` heading of the field becomes, so that it sits under the template's own headings.
    static let defaultHeadingLevel = 3
    var headingLevel: Int

    func xml(_ node: MarkdownNode) -> String {
        switch node {
        case .document(let children): return children.map(xml).joined()
        case .paragraph(let children): return "<p>\(inline(children))</p>"
        case .heading(let level, let children):
            let target = min(6, headingLevel + level - 1)
            return "<h\(target)>\(inline(children))</h\(target)>"
        case .list(let ordered, let start, let items):
            let attributes = ordered ? " ordered=\"true\" start=\"\(start)\"" : ""
            return "<list\(attributes)>" + items.map { "<item>\($0.map(xml).joined())</item>" }.joined() + "</list>"
        case .blockQuote(let children):
            return "<box border=\"none\" padding=\"0 0 0 12pt\">\(children.map(xml).joined())</box>"
        case .codeBlock(let code):
            let lines = code.split(separator: "\n", omittingEmptySubsequences: false).dropLast(code.hasSuffix("\n") ? 1 : 0)
            return "<p style=\"code\">" + lines.map { XMLEscaping.escape(String($0)) }.joined(separator: "<br/>") + "</p>"
        case .thematicBreak: return "<rule/>"
        case .htmlBlock(let html): return "<p>\(XMLEscaping.escape(html.trimmingTrailingNewlines))</p>"
        default: return inline([node])
        }
    }

    private func inline(_ nodes: [MarkdownNode]) -> String {
        nodes.map { node -> String in
            switch node {
            case .text(let text), .code(let text), .htmlInline(let text): return XMLEscaping.escape(text)
            case .emphasis(let children): return "<i>\(inline(children))</i>"
            case .strong(let children): return "<b>\(inline(children))</b>"
            case .link(let url, let children): return "<link href=\"\(XMLEscaping.escape(url))\">\(inline(children))</link>"
            // An image inside running text cannot be set: its description stands in for it.
            case .image(_, let children): return inline(children)
            case .softBreak: return " "
            case .lineBreak: return "<br/>"
            default: return xml(node)
            }
        }.joined()
    }
}

private extension String {
    var trimmingTrailingNewlines: String {
        var result = self
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }
}
