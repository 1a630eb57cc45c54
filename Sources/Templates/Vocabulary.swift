/// The elements of the template vocabulary and the attributes each accepts (docs/templates.md).
enum Vocabulary {
    static let attributes: [String: Set<String>] = {
        var table: [String: Set<String>] = [
            "document": ["title", "author", "subject", "keywords", "date", "lang", "theme", "master"],
            "page-master": ["name", "size", "orientation", "margin"],
            "header": ["style"], "footer": ["style"],
            "left": [], "center": [], "right": [],
            "frame": ["inset", "border", "width", "color"],
            "p": ["style"],
            "b": [], "i": [], "u": [], "sup": [], "small-caps": [],
            "span": ["family", "size", "color"],
            "link": ["href", "to"],
            "br": [], "page-number": [], "page-count": [], "page-ref": ["to"],
            "page-break": ["master"],
            "keep-together": [],
            "spacer": ["height"],
            "rule": ["thickness", "color"],
            "list": ["ordered", "start", "indent"], "item": [],
            "table": ["columns", "header-rows", "numeric", "border", "border-color", "header-background",
                      "band-background", "cell-style"],
            "row": ["total"],
            "cell": ["colspan", "rowspan", "align", "valign", "background"],
            "image": ["src", "width", "height", "align", "alt"],
            "box": ["border", "border-width", "border-color", "background", "padding", "radius", "width"],
            "place": ["x", "y", "width"],
            "qrcode": ["text", "size", "level", "align"],
            "chart": ["type", "max", "scale", "width", "height", "color", "title"],
            "entry": ["label", "value"],
            "toc": ["levels", "style"],
        ]
        for level in 1...6 { table["h\(level)"] = ["id", "style", "outline"] }
        return table
    }()

    static let blocks: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "page-break", "keep-together", "spacer",
                                      "rule", "list", "table", "image", "box", "place", "qrcode", "chart", "toc"]
    static let inlines: Set<String> = ["b", "i", "u", "sup", "small-caps", "span", "link", "br", "page-number",
                                       "page-count", "page-ref"]
}
