import Native

/// The filters the engine itself provides: `safe` and `raw` (print without escaping) and
/// `markdown` (a CommonMark field turned into blocks), and Stencil's own, documented here.
public enum BuiltInFilters {
    /// Stencil's own filters, always available; Stencil implements them, the catalogue describes them.
    public static let stencil: [String: FilterDocumentation] = [
        "default": FilterDocumentation(summary: "la valeur de remplacement quand la valeur manque (la seule façon d'accepter une valeur absente)",
                                       example: "{{ nil|default:\"—\" }}", output: "—"),
        "capitalize": FilterDocumentation(summary: "chaque mot avec une majuscule initiale, le reste en minuscules",
                                          example: "{{ \"JEAN moulin\"|capitalize }}", output: "Jean Moulin"),
        "uppercase": FilterDocumentation(summary: "le texte en capitales", example: "{{ \"Nice\"|uppercase }}", output: "NICE"),
        "lowercase": FilterDocumentation(summary: "le texte en minuscules", example: "{{ \"NICE\"|lowercase }}", output: "nice"),
        "join": FilterDocumentation(summary: "les éléments d'une liste, séparés par le texte donné",
                                    example: "{{ \"a b c\"|split:\" \"|join:\", \" }}", output: "a, b, c"),
        "split": FilterDocumentation(summary: "un texte coupé en liste au séparateur donné (une espace par défaut)",
                                     example: "{{ \"CAP;BAC PRO\"|split:\";\"|join:\" et \" }}", output: "CAP et BAC PRO"),
        "indent": FilterDocumentation(summary: "les lignes d'un texte décalées : nombre (4), caractère (espace), première ligne comprise (false)",
                                      example: "{{ \"ligne\"|indent:2,\"-\",true }}", output: "--ligne"),
        "filter": FilterDocumentation(summary: "la valeur passée dans le filtre nommé",
                                      example: "{{ \"nice\"|filter:\"uppercase\" }}", output: "NICE"),
    ]

    public static let all: [String: TemplateFilter] = [
        "safe": TemplateFilter("la valeur imprimée comme du XML du modèle, sans échappement",
                               example: "{{ \"Article 1<sup>er</sup>\"|safe }}", gives: "Article 1<sup>er</sup>") { value in
            XMLFragment(printedText(value))
        },
        "raw": TemplateFilter("synonyme de « safe »", example: "{{ \"<b>DÉCIDE :</b>\"|raw }}", gives: "<b>DÉCIDE :</b>") { value in
            XMLFragment(printedText(value))
        },
        "markdown": TemplateFilter("un champ écrit en CommonMark, changé en blocs (écrit entre deux blocs) ; « markdown:2 » : ses titres « # » au niveau 2 (3 par défaut)",
                                   example: "{{ \"Un **point fort**.\"|markdown }}", gives: "<p>Un <b>point fort</b>.</p>") { value, arguments in
            var headingLevel = MarkdownXML.defaultHeadingLevel
            if let argument = arguments.first {
                guard let level = argument.flatMap({ Int(printedText($0)) }), (1...6).contains(level) else {
                    throw FilterError("markdown : le niveau des premiers titres va de 1 à 6 (trouvé : « \(printedText(argument)) »)")
                }
                headingLevel = level
            }
            return XMLFragment(MarkdownXML(headingLevel: headingLevel).xml(CommonMark.parse(printedText(value))))
        },
    ]
}
