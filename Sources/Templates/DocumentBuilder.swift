import DocumentTree
import Foundation
import Native
import Synchronization

/// Turns the XML of an expanded template into a `Document`, checking every element and attribute
/// against the vocabulary.
/// `Sendable` (its closures too): the threads building a long body each use a copy (see `bodyBlocks`).
struct DocumentBuilder: Sendable {
    let position: @Sendable (Int) -> SourcePosition
    /// Finds a theme or image file by name along the search paths.
    let locate: @Sendable (String) -> URL?
    var french = true
    var styles = StyleSheet()
    /// The colours the theme names, and its accent: what rules, box borders, frames and charts
    /// that name no colour are drawn in.
    var colours: [String: Color] = [:]
    var accent = Color.black
    var masterNames: Set<String> = []
    /// How many threads may build a long body (see `bodyBlocks`).
    var threads = 1
    /// Where images may be read from (nil: anywhere, for the engine's own tests and tools).
    var allowedRoots: AllowedRoots?
    /// The images of the document, checked against `ImageLimits` (nil: not checked).
    var images: DocumentImages?

    init(position: @escaping @Sendable (Int) -> SourcePosition, locate: @escaping @Sendable (String) -> URL?) {
        self.position = position
        self.locate = locate
    }

    func error(at index: Int, _ message: String) -> TemplateError { position(index).error(message) }

    func attributes(_ element: XMLElement) -> AttributeReader {
        AttributeReader(element: element, position: position, colours: colours)
    }

    /// Rejects an unknown element or attribute.
    func check(_ element: XMLElement) throws {
        guard let declaration = ElementRegistry.byName[element.name] else {
            throw ElementRegistry.unknown(element.name, at: position(element.position))
        }
        for attribute in element.attributes where !declaration.attributes.contains(attribute.name) {
            throw error(at: attribute.position, "attribut « \(attribute.name) » inconnu sur <\(element.name)>")
        }
    }

    func misplaced(_ element: XMLElement, in parent: String) -> TemplateError {
        error(at: element.position, "<\(element.name)> ne peut pas se trouver dans <\(parent)>")
    }

    /// `themes`: where parsed themes are kept between documents (none: each document reads its theme).
    mutating func build(_ root: XMLElement, themes: TemplateCache? = nil) throws -> Document {
        guard root.name == "document" else {
            throw error(at: root.position, "le modèle doit produire un élément <document>, pas <\(root.name)>")
        }
        try check(root)
        let reader = attributes(root)
        let language = reader.string("lang") ?? "fr"
        french = Language.isFrench(language)

        var theme = Theme()
        if let themeAttribute = root.attribute("theme") {
            theme = try loadTheme(named: themeAttribute.value, at: themeAttribute.position, themes: themes)
        }
        colours = theme.colours
        accent = theme.accent
        styles = StyleSheet(theme.styles, accent: accent)

        var masters = theme.masters
        for case .element(let element) in root.children where element.name == "page-master" {
            let master = try pageMaster(element)
            if let index = masters.firstIndex(where: { $0.name == master.name }) {
                masters[index] = master
            } else {
                masters.append(master)
            }
        }
        if let first = try reader.value("master", hint: "le nom d'un gabarit de page est attendu", { name in
            masters.firstIndex { $0.name == name }
        }) {
            masters.insert(masters.remove(at: first), at: 0)
        }
        if masters.isEmpty { masters = [PageMaster(name: "default")] }
        masterNames = Set(masters.map(\.name))

        var metadata = Metadata()
        metadata.language = language
        metadata.title = typeset(reader.string("title") ?? "")
        metadata.author = typeset(reader.string("author") ?? "")
        metadata.subject = typeset(reader.string("subject") ?? "")
        metadata.keywords = reader.string("keywords") ?? ""
        if let date = try reader.value("date", hint: "une date est attendue, comme 2026-06-15", Self.isoDate) {
            metadata.creationDate = date
        }
        let body = try bodyBlocks(root.children.filter { node in
            if case .element(let element) = node, element.name == "page-master" { return false }
            return true
        }, threads: threads)
        var document = Document(metadata: metadata, styles: styles, masters: masters, body: body)
        document.shrinkToFit = try reader.bool("shrink-to-fit") ?? false
        return document
    }

    /// `2026-06-15` or a full ISO 8601 time in UTC.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: "T", maxSplits: 1)
        let day = parts.first.map(String.init) ?? ""
        let numbers = day.split(separator: "-").map { Int($0) }
        guard numbers.count == 3, numbers.allSatisfy({ $0 != nil }), day.count == 10 else { return nil }
        return parts.count == 2 ? text : "\(day)T00:00:00Z"
    }

    /// The theme `name` (a file along the search paths), its errors placed in the theme file or at `index`.
    func loadTheme(named name: String, at index: Int, themes: TemplateCache? = nil) throws -> Theme {
        guard let url = locate(name) else {
            throw error(at: index, "thème « \(name) » introuvable")
        }
        if let roots = allowedRoots ?? themes?.roots, !roots.contains(url) {
            throw error(at: index, "\(roots.refusal(name))")
        }
        // A theme depends on nothing but its file and the files its bands name (images): reused
        // while the file is unchanged and those names still lead to the same files.
        if let cached = themes?.theme(at: url.path), cached.lookups.allSatisfy({ locate($0.name) == $0.url }) {
            return cached.theme
        }
        let stamp = FileStatus(path: url.path)
        let yaml: String
        do { yaml = try String(contentsOf: url, encoding: .utf8) } catch {
            throw self.error(at: index, "le thème « \(name) » ne peut pas être lu : \(error.localizedDescription)")
        }
        let lookups = LookupLog(locate)
        var reader = ThemeReader(path: url.path) { text, at, colours in
            try bandInlines(text, at: at, colours: colours, locate: lookups.locate)
        }
        let theme = try reader.read(yaml)
        themes?.store(TemplateCache.CachedTheme(theme: theme, stamp: stamp, lookups: lookups.entries), at: url.path)
        return theme
    }

    /// A header or footer text from a theme: inline XML, its errors placed at the YAML value.
    private func bandInlines(_ text: String, at position: SourcePosition, colours: [String: Color],
                             locate: @escaping @Sendable (String) -> URL?) throws -> [Inline] {
        let expanded = ExpandedText(constant: "<band>\(text)</band>", at: position)
        var xml = XMLReader(expanded)
        let element = try xml.readDocument()
        var builder = DocumentBuilder(position: expanded.position, locate: locate)
        builder.colours = colours
        builder.allowedRoots = allowedRoots
        builder.images = images
        return try builder.paragraphContent(element.children, in: "header")
    }

    private func pageMaster(_ element: XMLElement) throws -> PageMaster {
        try check(element)
        let reader = attributes(element)
        var master = PageMaster(name: try reader.required("name"))
        if let size = try reader.value("size", hint: ValueSyntax.pageSizeHint, ValueSyntax.pageSize) { master.size = size }
        let landscape = try reader.choice("orientation", among: ["portrait", "landscape"]) == "landscape"
        master.size = landscape ? master.size.landscape : master.size.portrait
        if let margins = try reader.insets("margin") { master.margins = margins }
        for case .element(let child) in element.children {
            try check(child)
            switch child.name {
            case "header": master.header = try band(child)
            case "footer": master.footer = try band(child)
            case "frame":
                let frameReader = attributes(child)
                var frame = PageFrame(color: accent)
                if let inset = try frameReader.length("inset") { frame.inset = inset }
                if let border = try frameReader.choice("border", among: ["single", "double", "none"]) {
                    frame.border = Box.Border(rawValue: border) ?? .double
                }
                if let width = try frameReader.length("width") { frame.width = width }
                if let color = try frameReader.color("color") { frame.color = color }
                master.frame = frame
            default: throw misplaced(child, in: "page-master")
            }
        }
        try rejectText(element)
        return master
    }

    private func band(_ element: XMLElement) throws -> Band {
        var band = Band(style: try styleName(attributes(element), default: element.name))
        for case .element(let child) in element.children {
            try check(child)
            switch child.name {
            case "left": band.left = try paragraphContent(child.children, in: child.name)
            case "center": band.center = try paragraphContent(child.children, in: child.name)
            case "right": band.right = try paragraphContent(child.children, in: child.name)
            default: throw misplaced(child, in: element.name)
            }
        }
        try rejectText(element)
        return band
    }

    /// Elements that hold only other elements reject stray text.
    func rejectText(_ element: XMLElement) throws {
        for case .text(let text, let at) in element.children where !text.allSatisfy(\.isWhitespace) {
            let offset = text.prefix { $0.isWhitespace }.count
            throw error(at: at + offset, "pas de texte directement dans <\(element.name)>")
        }
    }

    /// A style attribute naming a style of the theme (or a house default).
    func styleName(_ reader: AttributeReader, default name: String) throws -> String {
        try reader.value("style", hint: "le thème n'a pas de style de ce nom") { styles.styles[$0] != nil ? $0 : nil } ?? name
    }
}

/// The files a theme's bands looked up while it was parsed.
private final class LookupLog: Sendable {
    let base: @Sendable (String) -> URL?
    private let log = Mutex<[(name: String, url: URL?)]>([])

    init(_ base: @escaping @Sendable (String) -> URL?) { self.base = base }

    var entries: [(name: String, url: URL?)] { log.withLock { $0 } }

    func locate(_ name: String) -> URL? {
        let url = base(name)
        log.withLock { $0.append((name, url)) }
        return url
    }
}
