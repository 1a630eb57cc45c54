import Foundation
import Stencil

/// Everything one expansion of one template needs: the files loaded so far (for positions),
/// the expressions the tags evaluate, and the first error a tag met. One per render, never shared.
final class RenderSession: Loader {
    private let searchPaths: [URL]
    private let filters: [String: TemplateFilter]
    private(set) var paths: [String] = []
    private var sources: [String: MarkedSource] = [:]
    private var expressions: [TemplateExpression] = []
    /// The error a tag raised; Stencil would flatten it into a message without its position.
    private var failure: TemplateError?

    /// Names of the form `§k§name` search `name` from the k-th search path on (see `extendsName`).
    private static let fromPathMark: Character = "§"

    init(searchPaths: [URL], filters: [String: TemplateFilter]) {
        self.searchPaths = searchPaths
        self.filters = BuiltInFilters.all.merging(filters) { _, caller in caller }
    }

    /// Expands the template into XML text with positions.
    func expand(templateNamed name: String, context: [String: Any]) throws -> ExpandedText {
        let environment = Environment(loader: self, extensions: [makeExtension()])
        do {
            let template = try loadTemplate(name: name, environment: environment)
            let rendered = try template.render(Context(dictionary: context, environment: environment))
            return ExpandedText(rendered: rendered, paths: paths)
        } catch {
            throw diagnose(error)
        }
    }

    /// Finds a template file along the search paths; an académie's folder comes before the national one.
    func locate(_ name: String, from first: Int = 0) -> (url: URL, pathIndex: Int)? {
        for index in searchPaths.indices where index >= first {
            let url = searchPaths[index].appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { return (url, index) }
        }
        return nil
    }

    // MARK: Loader

    func loadTemplate(name: String, environment: Environment) throws -> Template {
        var name = name, first = 0
        let parts = name.split(separator: Self.fromPathMark, omittingEmptySubsequences: true)
        if name.first == Self.fromPathMark, parts.count == 2, let index = Int(parts[0]) {
            first = index
            name = String(parts[1])
        }
        guard let (url, pathIndex) = locate(name, from: first) else {
            let searched = searchPaths.dropFirst(first).map(\.path).joined(separator: ", ")
            throw TemplateNotFound(description: "template '\(name)' not found in \(searched)")
        }
        let key = url.path
        if sources[key] == nil {
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw TemplateNotFound(description: "cannot read template '\(key)': \(error.localizedDescription)")
            }
            let fileIndex = paths.count
            paths.append(key)
            let preprocessor = SourcePreprocessor(
                path: key, fileIndex: fileIndex,
                extendsName: { $0 == name ? "\(Self.fromPathMark)\(pathIndex + 1)\(Self.fromPathMark)\($0)" : $0 },
                register: { [unowned self] expression in
                    expressions.append(expression)
                    return expressions.count - 1
                })
            sources[key] = try preprocessor.process(text)
        }
        return environment.templateClass.init(templateString: sources[key]!.text, environment: environment, name: key)
    }

    // MARK: Tags and filters

    private func makeExtension() -> Extension {
        let ext = Extension()
        for (name, filter) in filters {
            ext.registerFilter(name) { value, arguments in try filter.apply(value, arguments) }
        }
        ext.registerTag("_value") { [unowned self] parser, token in
            let expression = try self.expression(token)
            let resolvable = try compile(expression, parser: parser, token: token)
            return SimpleNode(token: token) { [unowned self] context in
                let value = try evaluate(expression, resolvable, in: context)
                let p = expression.position
                let marker = Marker.fixed(file: paths.firstIndex(of: p.path) ?? 0, line: p.line, column: p.column)
                if let fragment = value as? XMLFragment { return marker + fragment.xml }
                return marker + XMLEscaping.escape(printedText(value))
            }
        }
        ext.registerTag("_defined") { [unowned self] _, token in
            let expression = try self.expression(token)
            return SimpleNode(token: token) { [unowned self] context in
                try requireDefined(expression, in: context)
                return ""
            }
        }
        return ext
    }

    private func expression(_ token: Token) throws -> TemplateExpression {
        guard token.components.count == 2, let index = Int(token.components[1]), expressions.indices.contains(index) else {
            throw TemplateSyntaxError("'\(token.components.first ?? "")' is reserved by the template engine")
        }
        return expressions[index]
    }

    private func fail(_ error: TemplateError) -> TemplateError {
        if failure == nil { failure = error }
        return error
    }

    /// Checks the filters' names (to point at the unknown one) before Stencil compiles the expression.
    private func compile(_ expression: TemplateExpression, parser: TokenParser, token: Token) throws -> Resolvable {
        let known = BuiltInFilters.stencilNames.union(filters.keys)
        for part in FilterChain(expression.text).filters where !known.contains(part.name) {
            var position = expression.position
            position.column += part.offset
            throw fail(position.error("unknown filter '\(part.name)'"))
        }
        do {
            return try parser.compileFilter(expression.text, containedIn: token)
        } catch let error as TemplateSyntaxError {
            throw fail(expression.position.error(error.reason))
        }
    }

    private func evaluate(_ expression: TemplateExpression, _ resolvable: Resolvable, in context: Context) throws -> Any? {
        let chain = FilterChain(expression.text)
        // `default` is the one way to accept a missing value.
        if chain.filters.first?.name != "default" { try requireDefined(expression, in: context) }
        do {
            let value = try resolvable.resolve(context)
            // The parent's block is template output already (markers included), not a data value.
            if chain.variable == "block.super", chain.filters.isEmpty { return XMLFragment(printedText(value)) }
            return value
        } catch {
            let reason = (error as? TemplateSyntaxError)?.reason ?? "\(error)"
            throw fail(expression.position.error("in '\(expression.text)': \(reason)"))
        }
    }

    /// Strictness: a variable that does not resolve (absent, or null) is an error, never an empty string.
    private func requireDefined(_ expression: TemplateExpression, in context: Context) throws {
        let variable = FilterChain(expression.text).variable
        guard let first = variable.first, first != "\"", first != "'", Double(variable) == nil, Bool(variable) == nil else { return }
        // Each prefix in turn, so that `a.b` with `a` missing is not mistaken for a literal.
        let bits = variable.contains("[") ? [variable] : variable.split(separator: ".").map(String.init)
        for count in 1...max(bits.count, 1) {
            let prefix = bits.prefix(count).joined(separator: ".")
            if (try? Variable(prefix).resolve(context)) ?? nil == nil {
                throw fail(expression.position.error("undefined variable '\(variable)'"))
            }
        }
    }

    // MARK: Errors

    private func diagnose(_ error: Error) -> TemplateError {
        if let failure { return failure }
        if let error = error as? TemplateError { return error }
        guard let syntax = error as? TemplateSyntaxError else {
            return TemplateError(path: paths.first ?? "", line: 0, column: 0, message: "\(error)")
        }
        var message = syntax.reason
        if let first = message.first { message = first.lowercased() + message.dropFirst() }
        // Stencil's suggestions ("Found similar filters: 'default'") are mostly noise: keep the first sentence.
        if let end = message.range(of: ". ") { message = String(message[..<end.lowerBound]) }
        if message.hasSuffix(".") { message.removeLast() }
        // The innermost token is the first of the stack Stencil builds on the way out.
        if let token = syntax.stackTrace.first ?? syntax.token, let key = token.sourceMap.filename,
           let source = sources[key],
           let position = source.origin(line: Int(token.sourceMap.location.lineNumber), offset: token.sourceMap.location.lineOffset) {
            return position.error(message)
        }
        return TemplateError(path: paths.first ?? "", line: 0, column: 0, message: message)
    }
}

struct TemplateNotFound: Error, CustomStringConvertible {
    var description: String
}

/// `variable|filter:argument|filter` split at the bars that are outside quotes.
struct FilterChain {
    struct Part { var name: String; var offset: Int }
    var variable: String
    var filters: [Part]

    init(_ text: String) {
        var parts: [(String, Int)] = []
        var current = "", start = 0, quote: Character?
        for (offset, character) in text.enumerated() {
            if character == "\"" || character == "'" { quote = quote == nil ? character : (quote == character ? nil : quote) }
            if character == "|", quote == nil {
                parts.append((current, start))
                current = ""
                start = offset + 1
            } else {
                current.append(character)
            }
        }
        parts.append((current, start))
        variable = parts[0].0.trimmingCharacters(in: .whitespaces)
        filters = parts.dropFirst().map { text, start in
            let leading = text.prefix { $0 == " " }.count
            let name = text.dropFirst(leading).prefix { $0 != ":" && $0 != " " }
            return Part(name: String(name), offset: start + leading)
        }
    }
}
