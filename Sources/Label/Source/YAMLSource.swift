import Foundation
import Yams

/// Parses a data file (YAML, or JSON, which the YAML parser reads as well) into a `DataNode` tree,
/// turning every failure into a positioned diagnostic: syntax errors, over-deep nesting, and alias
/// bombs (aliases are expanded while converting, within a node budget).
enum YAMLSource {
    static let nodeBudget = 200_000

    /// `skipping`: top-level keys whose values are not converted (a mapping or a list is left empty,
    /// a scalar kept), for a reader that will not look at them.
    static func parse(_ url: URL, file: String, log: DiagnosticLog, skipping: Set<String> = []) -> DataNode? {
        guard let text = SourceReader.read(url, file: file, log: log) else { return nil }
        return parse(text: text, file: file, log: log, skipping: skipping)
    }

    static func parse(text: String, file: String, log: DiagnosticLog, skipping: Set<String> = []) -> DataNode? {
        if let deep = NestingScan.firstTooDeep(text) {
            log.error(SourceLocation(file: file, line: deep.line, column: deep.column),
                      "les données s'imbriquent trop profondément ici (ldm lit au plus \(NestingScan.limit) niveaux d'imbrication ou d'indentation)")
            return nil
        }
        let root: Node?
        do {
            // No tag resolution: DataNode keeps each scalar's text and reads its type itself, and the
            // default resolver compiles seven regular expressions at each start.
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            log.append(diagnostic(for: error, text: text, file: file))
            return nil
        } catch {
            log.error(.start(of: file), "fichier illisible : \(error)")
            return nil
        }
        guard let root else {
            log.error(.start(of: file), "fichier vide", .hint("un fichier de données commence par « format: ldm/1 »"))
            return nil
        }
        var converter = Converter(file: file, skipping: skipping)
        guard let node = converter.convert(root, top: true) else {
            log.error(converter.overflow ?? .start(of: file),
                      "le document dépasse \(nodeBudget) nœuds une fois ses alias développés",
                      .hint("des alias (« *nom ») qui répètent d'autres alias multiplient les données : écrivez les valeurs en entier"))
            return nil
        }
        return node
    }

    private struct Converter {
        let file: String
        let skipping: Set<String>
        var count = 0
        var overflow: SourceLocation?

        init(file: String, skipping: Set<String>) { self.file = file; self.skipping = skipping }

        mutating func convert(_ node: Node, top: Bool = false) -> DataNode? {
            count += 1
            let location = locate(node.mark)
            if count > YAMLSource.nodeBudget {
                overflow = overflow ?? location
                return nil
            }
            switch node {
            case .scalar(let scalar):
                return DataNode(content: .scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any),
                                location: location)
            case .sequence(let sequence):
                var items: [DataNode] = []
                for item in sequence {
                    guard let converted = convert(item) else { return nil }
                    items.append(converted)
                }
                return DataNode(content: .sequence(items), location: location)
            case .mapping(let mapping):
                var entries: [DataNode.Entry] = []
                for (key, value) in mapping {
                    let skipped = top && !skipping.isEmpty && key.scalar.map { skipping.contains($0.string) } == true
                    guard let key = convert(key), let value = skipped ? placeholder(value) : convert(value) else { return nil }
                    entries.append(DataNode.Entry(key: key, value: value))
                }
                return DataNode(content: .mapping(entries), location: location)
            }
        }

        /// A value left unconverted: of the same kind (so that it is still null or not), without its content.
        private func placeholder(_ node: Node) -> DataNode {
            let content: DataNode.Content = switch node {
            case .scalar(let scalar): .scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any)
            case .sequence: .sequence([])
            case .mapping: .mapping([])
            }
            return DataNode(content: content, location: locate(node.mark))
        }

        private func locate(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return .start(of: file) }
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        }
    }
}
