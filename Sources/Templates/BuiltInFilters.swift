import Native

/// The filters the engine itself provides: `safe` and `raw` (print without escaping) and
/// `markdown` (a CommonMark field turned into blocks).
enum BuiltInFilters {
    /// Stencil's own filters, always available.
    static let stencilNames: Set<String> = ["default", "capitalize", "uppercase", "lowercase", "join", "split", "indent", "filter"]

    static let all: [String: TemplateFilter] = [
        "safe": TemplateFilter { value in XMLFragment(printedText(value)) },
        "raw": TemplateFilter { value in XMLFragment(printedText(value)) },
        "markdown": TemplateFilter { value, arguments in
            var headingLevel = MarkdownXML.defaultHeadingLevel
            if let argument = arguments.first {
                guard let level = argument.flatMap({ Int(printedText($0)) }), (1...6).contains(level) else {
                    throw FilterError("markdown takes the level of its first headings, 1 to 6")
                }
                headingLevel = level
            }
            return XMLFragment(MarkdownXML(headingLevel: headingLevel).xml(CommonMark.parse(printedText(value))))
        },
    ]
}
