/// What an element of the template vocabulary builds.
enum ElementRole: Equatable, Sendable {
    /// The root, `<document>`.
    case document
    /// Page setup: `<page-master>` and what it holds.
    case pageSetup
    /// A block of the flow: the body, list items, cells and boxes hold them.
    case block(BlockKind)
    /// Inside paragraphs, headings, cells and header or footer parts.
    case inline
    /// A part of one block only (`<item>` of `<list>`, `<row>` and `<cell>` of `<table>`, `<entry>` of `<chart>`).
    case part
}

/// The block an element builds: `BlockBuilder` switches over these, so a block element without a
/// builder does not compile.
enum BlockKind: Equatable, Sendable {
    case heading(level: Int)
    case paragraph, pageBreak, keepTogether, spacer, rule, list, table, image, box, place, qrCode, chart, tableOfContents
}

/// One element of the vocabulary, declared once: its name, the attributes it accepts, what it
/// builds and a one-line French description (what docs/catalogue.md is generated from, with the
/// examples its caller gives in its own words).
public struct ElementDeclaration: Sendable {
    public let name: String
    public let attributes: Set<String>
    let role: ElementRole
    public let summary: String
}

/// Every element a template may write. The document builder, the vocabulary check (an unknown
/// element or attribute is an error) and the documentation read this list.
public enum ElementRegistry {
    public static let all: [ElementDeclaration] = {
        func e(_ name: String, _ attributes: Set<String>, _ role: ElementRole, _ summary: String) -> ElementDeclaration {
            ElementDeclaration(name: name, attributes: attributes, role: role, summary: summary)
        }
        let headings = (1...6).map { level in
            e("h\(level)", ["id", "style", "outline"], .block(.heading(level: level)), "titre de niveau \(level)")
        }
        return [
            e("document", ["title", "author", "subject", "keywords", "date", "lang", "theme", "master", "shrink-to-fit"], .document,
              "la racine de tout modèle, avec les propriétés du PDF"),
            e("page-master", ["name", "size", "orientation", "margin"], .pageSetup, "un gabarit de page : format, orientation, marges"),
            e("header", ["style"], .pageSetup, "l'en-tête des pages du gabarit"),
            e("footer", ["style"], .pageSetup, "le pied des pages du gabarit"),
            e("left", [], .pageSetup, "la partie gauche d'un en-tête ou d'un pied de page"),
            e("center", [], .pageSetup, "la partie centrale d'un en-tête ou d'un pied de page"),
            e("right", [], .pageSetup, "la partie droite d'un en-tête ou d'un pied de page"),
            e("frame", ["inset", "border", "width", "color"], .pageSetup, "un cadre décoratif sur chaque page du gabarit"),
        ] + headings + [
            e("p", ["style"], .block(.paragraph), "un paragraphe"),
            e("page-break", ["master"], .block(.pageBreak), "un saut de page, éventuellement vers un autre gabarit"),
            e("keep-together", [], .block(.keepTogether), "des blocs gardés sur une même page quand ils y tiennent"),
            e("spacer", ["height"], .block(.spacer), "un espace vertical"),
            e("rule", ["thickness", "color"], .block(.rule), "un filet horizontal sur la largeur du texte"),
            e("list", ["ordered", "start", "indent"], .block(.list), "une liste à puces ou numérotée"),
            e("item", [], .part, "un élément de liste"),
            e("table", ["columns", "header-rows", "numeric", "border", "border-color", "header-background",
                        "band-background", "cell-style"], .block(.table), "un tableau, ses lignes d'en-tête répétées à chaque page"),
            e("row", ["total"], .part, "une ligne de tableau"),
            e("cell", ["colspan", "rowspan", "align", "valign", "background"], .part, "une cellule de tableau"),
            e("image", ["src", "width", "height", "align", "alt"], .block(.image), "une image PNG, JPEG ou SVG"),
            e("box", ["border", "border-width", "border-color", "background", "padding", "radius", "width"], .block(.box),
              "un encadré contenant des blocs"),
            e("place", ["x", "y", "width"], .block(.place), "un encadré placé à une position fixe de la page"),
            e("qrcode", ["text", "size", "level", "align"], .block(.qrCode), "un code QR"),
            e("chart", ["type", "max", "scale", "width", "height", "color", "title"], .block(.chart),
              "un graphique en barres ou en radar"),
            e("entry", ["label", "value"], .part, "une barre ou une branche d'un graphique"),
            e("toc", ["levels", "style"], .block(.tableOfContents), "la table des matières"),
            e("b", [], .inline, "du gras"),
            e("i", [], .inline, "de l'italique"),
            e("u", [], .inline, "du souligné"),
            e("sup", [], .inline, "un exposant"),
            e("small-caps", [], .inline, "des petites capitales"),
            e("span", ["family", "size", "color"], .inline, "du texte d'une autre police, taille ou couleur"),
            e("link", ["href", "to"], .inline, "un lien vers une adresse ou vers un titre du document"),
            e("br", [], .inline, "un retour à la ligne dans le paragraphe"),
            e("page-number", [], .inline, "le numéro de la page"),
            e("page-count", [], .inline, "le nombre de pages"),
            e("page-ref", ["to"], .inline, "le numéro de la page où se trouve un titre"),
        ]
    }()

    static let byName: [String: ElementDeclaration] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static func blockKind(_ name: String) -> BlockKind? {
        if case .block(let kind) = byName[name]?.role { return kind }
        return nil
    }

    static func isInline(_ name: String) -> Bool { byName[name]?.role == .inline }

    /// The error for an element not in the vocabulary, with the nearest name (a render and the check
    /// without data report it alike).
    static func unknown(_ name: String, at position: SourcePosition) -> TemplateError {
        position.error("élément inconnu <\(name)>", hint: NearestName.nearest(to: name, in: all.map(\.name).sorted()).map {
            "vouliez-vous dire « \($0) » ?"
        })
    }
}
