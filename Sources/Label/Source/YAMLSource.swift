import Foundation
import Native

/// Parses a data file (YAML, or JSON, which the YAML parser reads as well) into a `DataNode` tree,
/// turning every failure into a positioned diagnostic: syntax errors, over-deep nesting, and alias
/// bombs (aliases are expanded while building, within a node budget).
enum YAMLSource {
    static let nodeBudget = 200_000
    /// The deepest nesting of lists and mappings read: the tree is built, and later decoded, by
    /// functions that recurse once a level, and a file of a million `[` must not overflow the stack.
    static let depthLimit = 200

    /// `skipping`: top-level keys whose values are not converted (a mapping or a list is left empty,
    /// a scalar kept), for a reader that will not look at them.
    static func parse(_ url: URL, file: String, log: DiagnosticLog, skipping: Set<String> = []) -> DataNode? {
        guard let text = SourceReader.read(url, file: file, log: log) else { return nil }
        return parse(text: text, file: file, log: log, skipping: skipping)
    }

    static func parse(text: String, file: String, log: DiagnosticLog, skipping: Set<String> = []) -> DataNode? {
        var builder = TreeBuilder(events: YAMLEvents(text), file: file, skipping: skipping)
        do throws(ReadError) {
            guard let root = try builder.document() else {
                log.error(.start(of: file), "fichier vide", .hint("un fichier de données commence par « format: ldm/1 »"))
                return nil
            }
            return root
        } catch {
            switch error {
            case .syntax(let error):
                log.append(diagnostic(for: error, text: text, file: file))
            case .tooDeep(let location):
                log.error(location, "les données s'imbriquent trop profondément ici (ldm lit au plus \(depthLimit) niveaux d'imbrication)")
            case .overBudget(let location):
                log.error(location, "le document dépasse \(nodeBudget) nœuds une fois ses alias développés",
                          .hint("des alias (« *nom ») qui répètent d'autres alias multiplient les données : écrivez les valeurs en entier"))
            case .undefinedAlias(let location):
                log.error(location, "alias non défini", .hint("un alias « *nom » renvoie à une ancre « &nom » écrite avant lui"))
            case .secondDocument(let location):
                log.error(location, "plusieurs documents dans le fichier",
                          .hint("retirez le séparateur « --- » ou « ... » : un fichier de données contient un seul document"))
            }
        }
        return nil
    }

    enum ReadError: Error {
        case syntax(YAMLEvents.SyntaxError)
        case tooDeep(SourceLocation)
        case overBudget(SourceLocation)
        case undefinedAlias(SourceLocation)
        case secondDocument(SourceLocation)
    }

    /// The tree of the text's one document, built from libyaml's events (libyaml's parser keeps its
    /// own stacks, and is asked for one event at a time); aliases are expanded (an alias counts the
    /// nodes it repeats against the budget). It recurses once a level, up to `depthLimit`.
    private struct TreeBuilder {
        let events: YAMLEvents
        let file: String
        let skipping: Set<String>
        var count = 0
        var depth = 0
        var anchors: [String: (node: DataNode, size: Int)] = [:]

        init(events: YAMLEvents, file: String, skipping: Set<String>) {
            self.events = events; self.file = file; self.skipping = skipping
        }

        /// Nil for a text with no document (empty, or comments only).
        mutating func document() throws(ReadError) -> DataNode? {
            guard try next().kind == .documentStart else { return nil }
            let root = try node(from: try next(), top: true)
            _ = try next()  // the document's end
            let after = try next()
            guard after.kind == .streamEnd else { throw .secondDocument(location(after)) }
            return root
        }

        private func next() throws(ReadError) -> YAMLEvents.Event {
            do { return try events.next() } catch { throw .syntax(error) }
        }

        private func location(_ event: YAMLEvents.Event) -> SourceLocation {
            SourceLocation(file: file, line: event.line, column: event.column)
        }

        private mutating func counted(_ location: SourceLocation, _ nodes: Int = 1) throws(ReadError) {
            count += nodes
            if count > YAMLSource.nodeBudget { throw .overBudget(location) }
        }

        /// One level deeper, into the list or mapping that starts at `location`.
        private mutating func enter(_ location: SourceLocation) throws(ReadError) {
            depth += 1
            if depth > YAMLSource.depthLimit { throw .tooDeep(location) }
        }

        /// The node `event` starts, through its end; `top`: the document's root, whose keys in
        /// `skipping` have their values left empty.
        private mutating func node(from event: YAMLEvents.Event, top: Bool = false) throws(ReadError) -> DataNode {
            let location = location(event)
            let start = count
            let node: DataNode
            switch event.kind {
            case .alias:
                guard let anchor = event.anchor, let target = anchors[anchor] else { throw .undefinedAlias(location) }
                try counted(location, target.size)
                return target.node
            case .scalar(let text, let quoted):
                try counted(location)
                node = DataNode(content: .scalar(text, quoted: quoted), location: location)
            case .sequenceStart:
                try counted(location)
                try enter(location)
                defer { depth -= 1 }
                var items: [DataNode] = []
                while case let item = try next(), item.kind != .sequenceEnd { items.append(try self.node(from: item)) }
                node = DataNode(content: .sequence(items), location: location)
            default:  // a mapping's start: the only other event a node can start with
                try counted(location)
                try enter(location)
                defer { depth -= 1 }
                var entries: [DataNode.Entry] = []
                while case let keyEvent = try next(), keyEvent.kind != .mappingEnd {
                    let key = try self.node(from: keyEvent)
                    let skipped = top && !skipping.isEmpty && { if case .scalar(let name, _) = key.content { skipping.contains(name) } else { false } }()
                    let value = skipped ? try placeholder(from: try next()) : try self.node(from: try next())
                    entries.append(DataNode.Entry(key: key, value: value))
                }
                node = DataNode(content: .mapping(entries), location: location)
            }
            if let anchor = event.anchor { anchors[anchor] = (node, count - start) }
            return node
        }

        /// A value left unconverted: of the same kind (so that it is still null or not), without its
        /// content. Its events are read through (the text is still checked); a node inside it that
        /// defines an anchor is built, for an alias elsewhere.
        private mutating func placeholder(from event: YAMLEvents.Event) throws(ReadError) -> DataNode {
            let content: DataNode.Content
            switch event.kind {
            case .scalar, .alias: return try node(from: event)
            case .sequenceStart: content = .sequence([])
            default: content = .mapping([])
            }
            if event.anchor != nil { _ = try node(from: event); return DataNode(content: content, location: location(event)) }
            let outer = depth
            try enter(location(event))
            while depth > outer {
                let inner = try next()
                switch inner.kind {
                case .sequenceStart, .mappingStart:
                    if inner.anchor != nil { _ = try node(from: inner) } else { try enter(location(inner)) }
                case .sequenceEnd, .mappingEnd: depth -= 1
                case .scalar where inner.anchor != nil: _ = try node(from: inner)
                case .alias where anchors[inner.anchor ?? ""] == nil: throw .undefinedAlias(location(inner))
                default: break
                }
            }
            return DataNode(content: content, location: location(event))
        }
    }
}
