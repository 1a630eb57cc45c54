import Foundation
import Yams

/// Parses a data file (YAML, or JSON, which the YAML parser reads as well) into a `DataNode` tree,
/// turning every failure into a positioned diagnostic: syntax errors, over-deep nesting, and alias
/// bombs (aliases are expanded while converting, within a node budget).
enum YAMLSource {
    static let nodeBudget = 200_000

    static func parse(_ url: URL, file: String, log: DiagnosticLog) -> DataNode? {
        guard let text = SourceReader.read(url, file: file, log: log) else { return nil }
        return parse(text: text, file: file, log: log)
    }

    static func parse(text: String, file: String, log: DiagnosticLog) -> DataNode? {
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
        var converter = Converter(file: file)
        guard let node = converter.convert(root) else {
            log.error(converter.overflow ?? .start(of: file),
                      "le document dépasse \(nodeBudget) nœuds une fois ses alias développés",
                      .hint("des alias (« *nom ») qui répètent d'autres alias multiplient les données : écrivez les valeurs en entier"))
            return nil
        }
        return node
    }

    private struct Converter {
        let file: String
        var count = 0
        var overflow: SourceLocation?

        init(file: String) { self.file = file }

        mutating func convert(_ node: Node) -> DataNode? {
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
                    guard let key = convert(key), let value = convert(value) else { return nil }
                    entries.append(DataNode.Entry(key: key, value: value))
                }
                return DataNode(content: .mapping(entries), location: location)
            }
        }

        private func locate(_ mark: Mark?) -> SourceLocation {
            guard let mark else { return .start(of: file) }
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        }
    }
}
