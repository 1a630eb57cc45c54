/// What a key of the data holds, for checking a template without data: a `date` also has `.texte`,
/// `.numerique`, `.iso` and `.annee`; lists and texts have `.count`, `.first` and `.last`.
public enum KeyKind: Sendable { case value, date, list, mapping }

/// What a template reads from the data, as the preprocessor found it.
enum TemplateUse {
    case value(TemplateExpression)
    /// `{% if %}` or `{% elif %}`: the words of the condition.
    case condition([TemplateExpression])
    /// `{% for names in sequence %}`.
    case loop(names: [String], sequence: TemplateExpression)
    case endLoop
    case include(String)
    case extends(String)
    /// The words after a tag's name (but `block`, `extends` and `include`), which may name data the
    /// checker does not look at: a loop's `where` clause, a tag of Stencil's it does not know.
    case words([TemplateExpression])
    /// An element the template's text writes, at its `<`.
    case element(String, SourcePosition)
    /// The constant `theme` of `<document>`, `src` of `<image>`, at the attribute.
    case theme(String, SourcePosition)
    case image(String, SourcePosition)

    var isTheme: Bool { if case .theme = self { true } else { false } }

    /// Where a theme or an image is named (the start of the file for other uses).
    var position: SourcePosition {
        switch self {
        case .element(_, let position), .theme(_, let position), .image(_, let position): position
        default: SourcePosition(path: "", line: 0, column: 0)
        }
    }

    init?(tag words: [TemplateExpression], sequence: TemplateExpression?) {
        var words = words
        if words.first?.text.hasSuffix(":") == true { words.removeFirst() }
        switch words.first?.text {
        case "if", "elif":
            self = .condition(Array(words.dropFirst()))
        case "for":
            guard let sequence, let inIndex = words.firstIndex(where: { $0.text == "in" }) else { return nil }
            let names = words[1..<inIndex].map(\.text).joined().split(separator: ",").map(String.init)
            self = .loop(names: names, sequence: sequence)
        case "endfor":
            self = .endLoop
        default:
            return nil
        }
    }
}

/// Checks, without data, that every variable a template and the templates it includes and extends
/// read is a key of the catalogue, and that every filter exists: what a render would find only for
/// the data that reach that line.
struct TemplateChecker {
    let keys: [String: KeyKind]
    let filters: Set<String>
    /// The preprocessed source of a template by name (its file's path and uses).
    let source: (String) throws -> (path: String, uses: [TemplateUse])

    private static let dateParts: Set<String> = ["texte", "numerique", "iso", "annee"]
    private static let sequenceParts: Set<String> = ["count", "first", "last"]
    private static let operators: Set<String> = ["and", "or", "not", "in", "==", "!=", "<", ">", "<=", ">="]

    private(set) var errors: [TemplateError] = []
    /// The themes and images the templates name by constant paths, for the caller to load.
    private(set) var files: [TemplateUse] = []
    private var namedFiles: Set<String> = []
    /// The templates walked, each with the loop variables in scope where it was reached.
    private var checked: Set<String> = []

    init(keys: [String: KeyKind], filters: Set<String>, source: @escaping (String) throws -> (path: String, uses: [TemplateUse])) {
        self.keys = keys; self.filters = filters; self.source = source
    }

    /// A loop variable in scope: the catalogue path of what it stands for (nil: not checked).
    private typealias Scope = [String: String?]

    mutating func check(templateNamed name: String) {
        walk(name, scope: [:])
    }

    private mutating func walk(_ name: String, scope: Scope) {
        guard let (path, uses) = try? source(name) else { return }
        let signature = path + "\u{0}" + scope.keys.sorted().joined(separator: ",")
        guard checked.insert(signature).inserted else { return }
        var scopes = [scope]
        for use in uses {
            switch use {
            case .value(let expression):
                check(expression, in: scopes.last!)
            case .condition(let words):
                for word in words where !Self.operators.contains(word.text) { check(word, in: scopes.last!) }
            case .loop(let names, let sequence):
                let element = check(sequence, in: scopes.last!).map { $0 + "[]" }
                var inner = scopes.last!
                for name in names { inner[name] = .some(names.count == 1 ? element : nil) }
                inner["forloop"] = .some(nil)
                scopes.append(inner)
            case .endLoop:
                if scopes.count > 1 { scopes.removeLast() }
            case .words:
                break
            case .include(let child):
                walk(child, scope: scopes.last!)
            case .extends(let parent):
                walk(parent, scope: [:])
            case .element(let name, let position):
                if ElementRegistry.byName[name] == nil {
                    let error = ElementRegistry.unknown(name, at: position)
                    if !errors.contains(error) { errors.append(error) }
                }
            case .theme(let name, _), .image(let name, _):
                // Each file once, at the first place naming it.
                if namedFiles.insert("\(use.isTheme ? "theme" : "image") \(name)").inserted { files.append(use) }
            }
        }
    }

    /// Checks the expression's filters and variable; returns the variable's catalogue path when
    /// it is a known list (what a loop over it binds).
    @discardableResult
    private mutating func check(_ expression: TemplateExpression, in scope: Scope) -> String? {
        let chain = FilterChain(expression.text)
        for part in chain.filters where !filters.contains(part.name) {
            var position = expression.position
            position.column += part.offset
            report(position, "filtre inconnu « \(part.name) »", unknown: part.name, among: Array(filters))
        }
        for argument in chain.filters.flatMap({ FilterChain.split($0.arguments ?? "", at: ",") }) {
            let text = argument.0.trimmingCharacters(in: .whitespaces)
            if !text.isEmpty { _ = resolve(text, at: expression.position, in: scope) }
        }
        guard let (path, kind) = resolve(chain.variable, at: expression.position, in: scope) else { return nil }
        return kind == .list ? path : nil
    }

    private func isLiteral(_ text: String) -> Bool {
        guard let first = text.first else { return true }
        return first == "\"" || first == "'" || Double(text) != nil || ["true", "false", "nil", "none"].contains(text.lowercased())
    }

    /// The catalogue path and kind of `variable`; nil when it is not checked or is unknown (reported).
    private mutating func resolve(_ variable: String, at position: SourcePosition, in scope: Scope) -> (String, KeyKind)? {
        guard !isLiteral(variable), !variable.contains("[") else { return nil }
        let bits = variable.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let head = bits[0]
        var path: String
        if let bound = scope[head] {
            guard let bound else { return nil }
            path = bound
        } else if head == "block" {
            return nil
        } else {
            path = head
        }
        guard var kind = kind(of: path) else {
            let candidates = Array(scope.keys) + keys.keys.filter { !$0.contains(".") && !$0.contains("[") }
            report(position, "variable inconnue « \(head) »", unknown: head, among: candidates)
            return nil
        }
        for (index, bit) in bits.enumerated().dropFirst() {
            switch kind {
            case .list where bit == "count":
                kind = .value
            case .list where bit == "first" || bit == "last" || Int(bit) != nil:
                path += "[]"
                kind = self.kind(of: path) ?? .value
            case .date where Self.dateParts.contains(bit), .value where Self.sequenceParts.contains(bit):
                kind = .value
            case .mapping:
                let child = path.isEmpty ? bit : "\(path).\(bit)"
                guard let childKind = self.kind(of: child) else {
                    let prefix = path + "."
                    let siblings = keys.keys.filter { $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains(".") }
                        .map { String($0.dropFirst(prefix.count)) }
                    report(position, "« \(variable) » : clé « \(bit) » inconnue", unknown: bit, among: siblings) { near in
                        (bits[..<index] + [near] + bits[(index + 1)...]).joined(separator: ".")
                    }
                    return nil
                }
                path = child
                kind = childKind
            default:
                report(position, "« \(variable) » : « \(bit) » n'existe pas pour cette valeur", unknown: bit, among: [])
                return nil
            }
        }
        return (path, kind)
    }

    /// A path of the catalogue, or the element of a list: a mapping when the catalogue has keys inside it.
    private func kind(of path: String) -> KeyKind? {
        if let kind = keys[path] { return kind }
        guard path.hasSuffix("[]"), keys[String(path.dropLast(2))] == .list else { return nil }
        return keys.keys.contains { $0.hasPrefix(path + ".") } ? .mapping : .value
    }

    /// `corrected` turns the nearest name into what the author would write instead.
    private mutating func report(_ position: SourcePosition, _ message: String, unknown: String, among candidates: [String],
                                 corrected: (String) -> String = { $0 }) {
        let error = position.error(message, hint: NearestName.nearest(to: unknown, in: candidates.sorted()).map {
            "vouliez-vous dire « \(corrected($0)) » ?"
        })
        if !errors.contains(error) { errors.append(error) }
    }
}
