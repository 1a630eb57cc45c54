import Native

/// Free-text fields are CommonMark; the documents print paragraphs, emphasis, lists, links, quotes and
/// code, but neither raw HTML nor images (a dossier's pictures go in its annexes).
enum MarkdownCheck {
    static func check(_ text: String, field: String, at location: SourceLocation, log: DiagnosticLog) {
        // Raw HTML and autolinks begin with « < », images and links with « [ »: a text with neither
        // (most of them) has nothing this check looks for.
        guard text.utf8.contains(UInt8(ascii: "<")) || text.utf8.contains(UInt8(ascii: "[")) else { return }
        let document = CommonMark.parse(text)
        var html = false
        var image = false
        visit(document, html: &html, image: &image)
        if html {
            log.error(location, "le HTML de « \(field) » ne peut pas être imprimé",
                      .hint("écrivez le texte en CommonMark (*italique*, **gras**, listes, [liens](https://…)) sans balises HTML"))
        }
        if image {
            log.error(location, "l'image de « \(field) » ne peut pas être imprimée", .hint("listez plutôt les images en annexe"))
        }
        for address in links(in: document) where !LinkPolicy.allows(address) {
            log.error(location, "`\(field)` : \(LinkPolicy.refusal(address))")
        }
    }

    /// The addresses of every link, in order.
    private static func links(in node: MarkdownNode) -> [String] {
        switch node {
        case .link(let url, let children): return [url] + children.flatMap(links)
        case .document(let children), .paragraph(let children), .heading(_, let children), .blockQuote(let children),
             .emphasis(let children), .strong(let children), .image(_, let children):
            return children.flatMap(links)
        case .list(_, _, let items): return items.flatMap { $0.flatMap(links) }
        default: return []
        }
    }

    private static func visit(_ node: MarkdownNode, html: inout Bool, image: inout Bool) {
        switch node {
        case .htmlBlock, .htmlInline:
            html = true
        case .image:
            image = true
        case .document(let children), .paragraph(let children), .heading(_, let children), .blockQuote(let children),
             .emphasis(let children), .strong(let children), .link(_, let children):
            for child in children { visit(child, html: &html, image: &image) }
        case .list(_, _, let items):
            for item in items { for child in item { visit(child, html: &html, image: &image) } }
        case .codeBlock, .thematicBreak, .text, .code, .softBreak, .lineBreak:
            break
        }
    }
}
