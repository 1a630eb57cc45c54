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
/// builds, a one-line French description and an example (what docs/catalogue.md is generated from;
/// a test builds every example).
public struct ElementDeclaration: Sendable {
    public let name: String
    public let attributes: Set<String>
    let role: ElementRole
    public let summary: String
    /// Template XML as written in a document's body (the `<document>` element's own is a whole template).
    public let example: String
}

/// Every element a template may write. The document builder, the vocabulary check (an unknown
/// element or attribute is an error) and the documentation read this list.
public enum ElementRegistry {
    public static let all: [ElementDeclaration] = {
        func e(_ name: String, _ attributes: Set<String>, _ role: ElementRole, _ summary: String,
               _ example: String) -> ElementDeclaration {
            ElementDeclaration(name: name, attributes: attributes, role: role, summary: summary, example: example)
        }
        let headings = (1...6).map { level in
            e("h\(level)", ["id", "style", "outline"], .block(.heading(level: level)), "titre de niveau \(level)",
              "<h\(level) id=\"annexes\">Annexes</h\(level)>")
        }
        return [
            e("document", ["title", "author", "subject", "keywords", "date", "lang", "theme", "master"], .document,
              "la racine de tout modèle, avec les propriétés du PDF",
              "<document title=\"Décision n° 2026-0042\" author=\"Rectorat de Nice\" date=\"2026-06-15\" lang=\"fr\"><p>…</p></document>"),
            e("page-master", ["name", "size", "orientation", "margin"], .pageSetup, "un gabarit de page : format, orientation, marges",
              "<page-master name=\"courant\" size=\"A4\" margin=\"2.5cm 2cm\"/>"),
            e("header", ["style"], .pageSetup, "l'en-tête des pages du gabarit",
              "<page-master name=\"courant\"><header><right>Académie de Nice</right></header></page-master>"),
            e("footer", ["style"], .pageSetup, "le pied des pages du gabarit",
              "<page-master name=\"courant\"><footer><left>Dossier de candidature</left><right>page <page-number/> sur <page-count/></right></footer></page-master>"),
            e("left", [], .pageSetup, "la partie gauche d'un en-tête ou d'un pied de page",
              "<page-master name=\"courant\"><footer><left>Dossier de candidature</left></footer></page-master>"),
            e("center", [], .pageSetup, "la partie centrale d'un en-tête ou d'un pied de page",
              "<page-master name=\"courant\"><footer><center>page <page-number/></center></footer></page-master>"),
            e("right", [], .pageSetup, "la partie droite d'un en-tête ou d'un pied de page",
              "<page-master name=\"courant\"><header><right>Session 2026</right></header></page-master>"),
            e("frame", ["inset", "border", "width", "color"], .pageSetup, "un cadre décoratif sur chaque page du gabarit",
              "<page-master name=\"certificat\" orientation=\"landscape\" margin=\"2cm\"><frame inset=\"18pt\" border=\"double\"/></page-master>"),
        ] + headings + [
            e("p", ["style"], .block(.paragraph), "un paragraphe",
              "<p>Vu le code de l'éducation ;</p>"),
            e("page-break", ["master"], .block(.pageBreak), "un saut de page, éventuellement vers un autre gabarit",
              "<p>Première page.</p><page-break/><p>Deuxième page.</p>"),
            e("keep-together", [], .block(.keepTogether), "des blocs gardés sur une même page quand ils y tiennent",
              "<keep-together><h3>Signature</h3><p>Le recteur</p></keep-together>"),
            e("spacer", ["height"], .block(.spacer), "un espace vertical",
              "<spacer height=\"1cm\"/>"),
            e("rule", ["thickness", "color"], .block(.rule), "un filet horizontal sur la largeur du texte",
              "<rule thickness=\"1pt\" color=\"#000091\"/>"),
            e("list", ["ordered", "start", "indent"], .block(.list), "une liste à puces ou numérotée",
              "<list ordered=\"true\"><item>Pilotage</item><item>Partenariats</item></list>"),
            e("item", [], .part, "un élément de liste",
              "<list><item>Suivi<list><item>annuel</item><item>à cinq ans</item></list></item></list>"),
            e("table", ["columns", "header-rows", "numeric", "border", "border-color", "header-background",
                        "band-background", "cell-style"], .block(.table), "un tableau, ses lignes d'en-tête répétées à chaque page",
              "<table columns=\"4fr 1fr\" header-rows=\"1\" numeric=\"2\"><row><cell>Diplôme</cell><cell>Effectif</cell></row><row><cell>CAP Cuisine</cell><cell>24</cell></row></table>"),
            e("row", ["total"], .part, "une ligne de tableau",
              "<table columns=\"3fr 1fr\"><row total=\"true\"><cell>Total</cell><cell>48</cell></row></table>"),
            e("cell", ["colspan", "rowspan", "align", "valign", "background"], .part, "une cellule de tableau",
              "<table columns=\"1fr 1fr 1fr\"><row><cell colspan=\"2\" align=\"center\">Voies</cell><cell background=\"#F5F5FE\">Total</cell></row></table>"),
            e("image", ["src", "width", "height", "align", "alt"], .block(.image), "une image PNG, JPEG ou SVG",
              "<image src=\"logo.svg\" width=\"3cm\" align=\"left\" alt=\"Logo de l'académie\"/>"),
            e("box", ["border", "border-width", "border-color", "background", "padding", "radius", "width"], .block(.box),
              "un encadré contenant des blocs",
              "<box border=\"single\" background=\"#F5F5FE\" padding=\"6pt 10pt\"><p>Avis : <b>favorable</b></p></box>"),
            e("place", ["x", "y", "width"], .block(.place), "un encadré placé à une position fixe de la page",
              "<place x=\"2cm\" y=\"17cm\" width=\"9cm\"><box border=\"none\"><p>Certificat n° CLM-2026-0060034E</p></box></place>"),
            e("qrcode", ["text", "size", "level", "align"], .block(.qrCode), "un code QR",
              "<qrcode text=\"https://label.ac-nice.fr/verifier/CLM-2026-0060034E\" size=\"2.5cm\" level=\"M\"/>"),
            e("chart", ["type", "max", "scale", "width", "height", "color", "title"], .block(.chart),
              "un graphique en barres ou en radar",
              "<chart type=\"bar\" title=\"Formations par niveau\"><entry label=\"Niveau 3\" value=\"4\"/><entry label=\"Niveau 4\" value=\"7\"/></chart>"),
            e("entry", ["label", "value"], .part, "une barre ou une branche d'un graphique",
              "<chart type=\"radar\" max=\"4\" scale=\"non satisfait; partiellement satisfait; satisfait; point fort\"><entry label=\"Critère 1\" value=\"3\"/><entry label=\"Critère 2\" value=\"4\"/><entry label=\"Critère 3\" value=\"2\"/></chart>"),
            e("toc", ["levels", "style"], .block(.tableOfContents), "la table des matières",
              "<toc levels=\"2\"/><h1>Présentation</h1><h2>Offre de formation</h2>"),
            e("b", [], .inline, "du gras",
              "<p><b>DÉCIDE :</b></p>"),
            e("i", [], .inline, "de l'italique",
              "<p>le label <i>lycée des métiers</i></p>"),
            e("u", [], .inline, "du souligné",
              "<p><u>Article 2</u></p>"),
            e("sup", [], .inline, "un exposant",
              "<p>Article 1<sup>er</sup></p>"),
            e("small-caps", [], .inline, "des petites capitales",
              "<p><small-caps>Région académique</small-caps></p>"),
            e("span", ["family", "size", "color"], .inline, "du texte d'une autre police, taille ou couleur",
              "<p><span color=\"#E1000F\" size=\"9pt\">urgent</span></p>"),
            e("link", ["href", "to"], .inline, "un lien vers une adresse ou vers un titre du document",
              "<p><link href=\"https://eduscol.education.fr\">Éduscol</link></p>"),
            e("br", [], .inline, "un retour à la ligne dans le paragraphe",
              "<p>Lycée Jean Moulin<br/>Nice</p>"),
            e("page-number", [], .inline, "le numéro de la page",
              "<p>page <page-number/></p>"),
            e("page-count", [], .inline, "le nombre de pages",
              "<p>page <page-number/> sur <page-count/></p>"),
            e("page-ref", ["to"], .inline, "le numéro de la page où se trouve un titre",
              "<p>voir page <page-ref to=\"annexes\"/></p><h2 id=\"annexes\">Annexes</h2>"),
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
