import DocumentTree
import Foundation
import Native
import Yams

/// A theme file: named colours, the accent, named text styles and page masters, in YAML
/// (docs/templates.md, « Thèmes »).
struct Theme {
    /// Colours the documents of the theme may name (`color="bleu-france"`), by lowercase name.
    var colours: [String: Color] = [:]
    /// The colour of headings, rules, box borders, page frames and charts that name none (black
    /// without a theme: the engine's defaults are neutral).
    var accent: Color = .black
    var styles: [String: TextStyle] = [:]
    var masters: [PageMaster] = []
}

/// Reads a theme, reporting every mistake at its line and column in the theme file.
struct ThemeReader {
    let path: String
    /// Parses a header or footer text (inline XML) at the position of its YAML value, with the
    /// theme's named colours.
    let parseBand: (String, SourcePosition, [String: Color]) throws -> [Inline]
    /// What the sections read so far define: colours first, whatever their place in the file.
    private var theme = Theme()

    init(path: String, parseBand: @escaping (String, SourcePosition, [String: Color]) throws -> [Inline]) {
        self.path = path
        self.parseBand = parseBand
    }

    static let sections = ["colours", "colors", "accent", "styles", "page-masters"]

    mutating func read(_ yaml: String) throws -> Theme {
        let root: Node?
        do { root = try Yams.compose(yaml: yaml, .basic) } catch {  // values read from their text: no tags to resolve
            throw TemplateError(path: path, line: 0, column: 0, message: "le thème n'est pas du YAML valide : \(error)")
        }
        guard let root else { return Theme() }
        let sections = try mapping(root)
        for (key, _) in sections where !Self.sections.contains(key.string ?? "") {
            throw unknown(key, "section de thème inconnue", among: Self.sections)
        }
        // Colours are named before anything uses them, the accent before the styles and frames that default to it.
        for (key, value) in sections where key.string == "colours" || key.string == "colors" {
            for (name, colour) in try mapping(value) {
                let colourName = name.string ?? ""
                guard ValueSyntax.isColorName(colourName), colourName != "black", colourName != "white" else {
                    throw position(name).error("nom de couleur « \(colourName) » invalide : des minuscules, des chiffres et des tirets "
                                               + "sont attendus, en commençant par une lettre (black et white sont déjà nommées)")
                }
                theme.colours[colourName] = try self.colour(colour, colourName)
            }
        }
        for (key, value) in sections where key.string == "accent" { theme.accent = try colour(value, "accent") }
        let house = StyleSheet.defaults(accent: theme.accent)
        for (key, value) in sections {
            switch key.string ?? "" {
            case "styles":
                for (name, properties) in try mapping(value) {
                    let styleName = name.string ?? ""
                    theme.styles[styleName] = try style(properties, named: styleName, house: house)
                }
            case "page-masters":
                guard let sequence = value.sequence else { throw position(value).error("« page-masters » doit être une liste") }
                for node in sequence { theme.masters.append(try master(node)) }
            default: break
            }
        }
        return theme
    }

    private func position(_ node: Node) -> SourcePosition {
        SourcePosition(path: path, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    /// The properties a style may set (the cases of `style(_:named:defined:)`).
    private static let styleProperties = ["based-on", "family", "size", "bold", "italic", "small-caps", "colour", "color", "align",
                                          "line-height", "space-before", "space-after", "left-indent", "right-indent",
                                          "first-line-indent", "keep-with-next", "hyphenate", "shrink", "widows", "orphans"]

    /// `what « name »`, with the nearest of `candidates` as a suggestion.
    private func unknown(_ node: Node, _ what: String, among candidates: [String]) -> TemplateError {
        let name = node.string ?? ""
        return position(node).error("\(what) « \(name) »", hint: NearestName.nearest(to: name, in: candidates.sorted()).map {
            "vouliez-vous dire « \($0) » ?"
        })
    }

    /// A family of fonts/manifest.tsv, refused at the line that names it rather than when a document is
    /// laid out (the layout checks again the families a template names).
    private func requireFamily(_ node: Node, _ family: String) throws {
        guard let families = FontSet.shippedFamilies, !FontSet.names(family, among: families) else { return }
        throw position(node).error("famille de polices « \(family) » inconnue", hint: FontSet.available(families))
    }

    private func mapping(_ node: Node) throws -> [(Node, Node)] {
        guard let mapping = node.mapping else { throw position(node).error("une table de noms et de valeurs est attendue") }
        return mapping.map { ($0.key, $0.value) }
    }

    private func scalar<T>(_ node: Node, _ key: String, hint: String, _ parse: (String) -> T?) throws -> T {
        guard let text = node.scalar?.string, let value = parse(text) else {
            throw position(node).error("valeur « \(node.scalar?.string ?? "") » invalide pour « \(key) » : \(hint)")
        }
        return value
    }

    /// A length, or a bare number of points.
    private func length(_ node: Node, _ key: String) throws -> Points {
        try scalar(node, key, hint: ValueSyntax.lengthHint) { ValueSyntax.length($0) ?? ValueSyntax.number($0) }
    }

    /// A colour value: `#RRGGBB`, black, white or a colour named above it in the theme.
    private func colour(_ node: Node, _ key: String) throws -> Color {
        try scalar(node, key, hint: ValueSyntax.colorHint(named: theme.colours)) { ValueSyntax.color($0, named: theme.colours) }
    }

    private func bool(_ node: Node, _ key: String) throws -> Bool {
        try scalar(node, key, hint: ValueSyntax.boolHint, ValueSyntax.bool)
    }

    private func count(_ node: Node, _ key: String) throws -> Int {
        try scalar(node, key, hint: "un nombre entier positif ou nul est attendu") { Int($0).flatMap { $0 >= 0 ? $0 : nil } }
    }

    /// A style starts from `based-on`, else from the house default of the same name, else from `body`.
    private func style(_ node: Node, named name: String, house: [String: TextStyle]) throws -> TextStyle {
        let properties = try mapping(node)
        let defined = theme.styles
        var style = defined[name] ?? house[name] ?? defined["body"] ?? house["body"] ?? TextStyle()
        if let base = properties.first(where: { $0.0.string == "based-on" })?.1 {
            guard let baseName = base.string, let baseStyle = defined[baseName] ?? house[baseName] else {
                throw unknown(base, "style inconnu dans « based-on »", among: Array(defined.keys) + Array(house.keys))
            }
            style = baseStyle
        }
        for (key, value) in properties {
            let k = key.string ?? ""
            switch k {
            case "based-on": break
            case "family":
                style.family = try scalar(value, k, hint: "une famille de polices est attendue") { $0.isEmpty ? nil : $0 }
                try requireFamily(value, style.family)
            case "size": style.size = try length(value, k)
            case "bold": style.bold = try bool(value, k)
            case "italic": style.italic = try bool(value, k)
            case "small-caps": style.smallCaps = try bool(value, k)
            case "colour", "color": style.color = try colour(value, k)
            case "align":
                style.alignment = try scalar(value, k, hint: ValueSyntax.choiceHint(["left", "center", "right", "justify"])) { TextAlignment(rawValue: $0) }
            case "line-height": style.lineHeight = try scalar(value, k, hint: "un multiple de la taille est attendu, comme 1.25", ValueSyntax.number)
            case "space-before": style.spaceBefore = try length(value, k)
            case "space-after": style.spaceAfter = try length(value, k)
            case "left-indent": style.leftIndent = try length(value, k)
            case "right-indent": style.rightIndent = try length(value, k)
            case "first-line-indent": style.firstLineIndent = try length(value, k)
            case "keep-with-next": style.keepWithNext = try bool(value, k)
            case "hyphenate": style.hyphenate = try bool(value, k)
            case "shrink": style.shrink = try bool(value, k)
            case "widows": style.widows = try count(value, k)
            case "orphans": style.orphans = try count(value, k)
            default: throw unknown(key, "propriété de style inconnue", among: Self.styleProperties)
            }
        }
        return style
    }

    private func master(_ node: Node) throws -> PageMaster {
        let properties = try mapping(node)
        guard let nameNode = properties.first(where: { $0.0.string == "name" })?.1, let name = nameNode.string else {
            throw position(node).error("un gabarit de page demande un nom (« name »)")
        }
        var master = PageMaster(name: name)
        var landscape = false
        for (key, value) in properties {
            let k = key.string ?? ""
            switch k {
            case "name": break
            case "size": master.size = try scalar(value, k, hint: ValueSyntax.pageSizeHint, ValueSyntax.pageSize)
            case "orientation":
                landscape = try scalar(value, k, hint: ValueSyntax.choiceHint(["portrait", "landscape"])) {
                    ["portrait": false, "landscape": true][$0]
                }
            case "margin":
                master.margins = try scalar(value, k, hint: ValueSyntax.insetsHint) { ValueSyntax.insets($0) }
            case "header", "footer":
                let band = try self.band(value, defaultStyle: k)
                if k == "header" { master.header = band } else { master.footer = band }
            case "frame": master.frame = try frame(value)
            default: throw unknown(key, "propriété de gabarit de page inconnue", among: ["name", "size", "orientation", "margin", "header", "footer", "frame"])
            }
        }
        master.size = landscape ? master.size.landscape : master.size.portrait
        return master
    }

    private func band(_ node: Node, defaultStyle: String) throws -> Band {
        var band = Band(style: defaultStyle)
        for (key, value) in try mapping(node) {
            let k = key.string ?? ""
            let text = value.scalar?.string ?? ""
            switch k {
            case "left": band.left = try parseBand(text, position(value), theme.colours)
            case "center": band.center = try parseBand(text, position(value), theme.colours)
            case "right": band.right = try parseBand(text, position(value), theme.colours)
            case "style": band.style = text
            default: throw unknown(key, "propriété inconnue dans « \(defaultStyle) »", among: ["left", "center", "right", "style"])
            }
        }
        return band
    }

    private func frame(_ node: Node) throws -> PageFrame {
        var frame = PageFrame(color: theme.accent)
        for (key, value) in try mapping(node) {
            let k = key.string ?? ""
            switch k {
            case "inset": frame.inset = try length(value, k)
            case "width": frame.width = try length(value, k)
            case "color", "colour": frame.color = try colour(value, k)
            case "border": frame.border = try scalar(value, k, hint: ValueSyntax.choiceHint(["single", "double", "none"])) { Box.Border(rawValue: $0) }
            default: throw unknown(key, "propriété de cadre inconnue", among: ["inset", "width", "color", "colour", "border"])
            }
        }
        return frame
    }
}
