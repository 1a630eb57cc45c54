import Label
import Templates

/// docs/catalogue.md, generated from the declarations themselves: the keys of `TemplateKeys` by
/// document, the filters with their documentation, the elements of the vocabulary with their
/// examples. `make docs` writes it; a test fails when the shipped file differs.
public enum TemplateCatalogue {
    /// The filters by group, each sorted by name: the label's, the engine's, Stencil's.
    public static var filterGroups: [(title: String, filters: [(name: String, documentation: FilterDocumentation)])] {
        func sorted(_ filters: [String: FilterDocumentation]) -> [(name: String, documentation: FilterDocumentation)] {
            filters.sorted { $0.key < $1.key }.map { (name: $0.key, documentation: $0.value) }
        }
        return [("Français", sorted(LabelFilters.all.mapValues(\.documentation))),
                ("Du moteur", sorted(BuiltInFilters.all.mapValues(\.documentation))),
                ("De Stencil", sorted(BuiltInFilters.stencil))]
    }

    /// The documents whose templates read each list of keys.
    static let keyGroups: [(title: String, templates: [String], keys: [TemplateKeys.Key])] = [
        ("Dossier, rapport, décision et certificat", DocumentKind.allCases.map(\.templateName), TemplateKeys.dossier),
        ("Synthèse de la campagne", ["synthese.xml"], TemplateKeys.summary),
    ]

    public static func markdown() -> String {
        var lines = [
            "# Catalogue des modèles",
            "",
            "<!-- Généré à partir du code par « make docs » : ne pas modifier ce fichier à la main. -->",
            "",
            "Ce qu'un modèle peut utiliser : les [variables](#variables) des données de chaque document, les",
            "[filtres](#filtres) et les [éléments](#éléments) du vocabulaire. La façon d'écrire un modèle est",
            "décrite dans [templates.md](templates.md). « ldm check » vérifie chaque modèle d'une campagne d'après",
            "ce catalogue.",
            "",
            "## Variables",
            "",
            "`a.b` est la clé `b` de la table `a` ; `a[].b` est la clé `b` de chaque élément de la liste `a`",
            "(`{% for f in formations %}{{ f.diplome }}{% endfor %}`). Une date a aussi `.texte` (« 1er septembre",
            "2026 »), `.numerique` (« 01/09/2026 »), `.iso` (« 2026-09-01 ») et `.annee` ; une liste et un texte",
            "ont `.count`, `.first` et `.last`. Une clé facultative absente des données est une erreur quand",
            "le modèle l'imprime : `{% if %}` ou le filtre `default` l'acceptent.",
        ]
        for group in keyGroups {
            lines += ["", "### \(group.title)", "",
                      "Modèles " + group.templates.map { "`\($0)`" }.joined(separator: ", ") + ".", "",
                      "| clé | type | description |", "| --- | --- | --- |"]
            lines += group.keys.map { "| `\($0.path)` | \(kindName($0.kind)) | \(cell($0.description)) |" }
        }
        lines += ["", "## Filtres", "",
                  "`{{ valeur|filtre }}`, `{{ valeur|filtre:argument }}` ; les filtres s'enchaînent",
                  "(`{{ x|markdown|cellule }}`). Un filtre inconnu est une erreur à sa place dans le modèle."]
        for group in filterGroups {
            lines += ["", "### \(group.title)", ""]
            for (name, documentation) in group.filters {
                lines.append("- **`\(name)`** : \(documentation.summary). Exemple : `\(documentation.example)` donne `\(documentation.output)`.")
            }
        }
        lines += ["", "## Éléments", "",
                  "Un élément inconnu, ou un attribut qu'il n'accepte pas, est une erreur. Les valeurs des",
                  "attributs (longueurs, couleurs…) sont décrites dans [templates.md](templates.md#valeurs-des-attributs)."]
        for element in ElementRegistry.all {
            let attributes = element.attributes.sorted().map { "`\($0)`" }.joined(separator: ", ")
            lines += ["", "### `<\(element.name)>`", "",
                      "\(FrenchFormat.capitalisingFirst(element.summary)). " + (attributes.isEmpty ? "Sans attribut." : "Attributs : \(attributes)."),
                      "", "```xml", ElementExamples.byName[element.name] ?? "", "```"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func kindName(_ kind: KeyKind) -> String {
        switch kind {
        case .value: return "valeur"
        case .date: return "date"
        case .list: return "liste"
        case .mapping: return "table"
        }
    }

    /// A table cell: a `|` would end it.
    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
