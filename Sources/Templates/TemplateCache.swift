import Foundation
import Native
import Stencil

/// What every expansion along one list of search paths shares, for the life of the process: the
/// template files as preprocessed (with the numbers their markers use), Stencil's lexed templates,
/// the compiled expressions of the tags, and the parsed themes. None of it depends on the data.
/// Owned by a `TemplateEngine` (and shared by its copies). Each use of a file checks its date and
/// size (a `stat`), so that a file changed on disk is read again.
///
/// Not `Sendable`, so without a lock: Stencil's environment and templates are not either, and an
/// engine belongs to one thread at a time (a publisher's), handed on with its owner.
final class TemplateCache {
    let searchPaths: [URL]
    /// Where templates may be read from, symlinks followed (an include cannot leave them).
    let roots: AllowedRoots
    private let filters: [String: TemplateFilter]
    private let knownFilters: Set<String>
    /// Built once; its loader and tags point back here without retaining the cache.
    private var environment: Environment!

    /// `paths[i]` is the template file numbered `i` in the markers.
    private var paths: [String] = []
    private var fileNumbers: [String: Int] = [:]
    private var sources: [String: MarkedSource] = [:]
    /// Lexed once; Stencil parses the tokens again at each render, which is cheap.
    private var templates: [String: (template: Template, stamp: FileStatus?)] = [:]
    private var expressions: [TemplateExpression] = []
    private var compiledValues: [Int: CompiledExpression] = [:]
    private var compiledChecks: [Int: Strictness] = [:]
    private var themes: [String: CachedTheme] = [:]
    /// The error a tag raised during the current expansion; Stencil would flatten it into a message
    /// without its position.
    private var failure: TemplateError?

    /// Names of the form `§k§name` search `name` from the k-th search path on (see `extendsName`).
    private static let fromPathMark: Character = "§"

    /// Includes and extends nested deeper than this are refused (a cycle is refused at once).
    static let maximumDepth = 16

    init(searchPaths: [URL], roots: AllowedRoots, filters: [String: TemplateFilter]) {
        self.searchPaths = searchPaths
        self.roots = roots
        self.filters = BuiltInFilters.all.merging(filters) { _, caller in caller }
        knownFilters = Set(BuiltInFilters.stencil.keys).union(self.filters.keys)
        environment = Environment(loader: CacheLoader(cache: self), extensions: [makeExtension()])
    }

    /// Expands the template into XML text with positions.
    func expand(templateNamed name: String, context: [String: Any]) throws -> ExpandedText {
        defer { failure = nil }
        failure = nil
        var main = ""
        do {
            let template = try loadTemplate(name: name)
            main = template.name ?? ""
            var chain: [TemplateReference] = [], done: Set<String> = []
            try checkReferences(of: main, stack: [main], chain: &chain, done: &done)
            let rendered = try template.render(Context(dictionary: context, environment: environment))
            return ExpandedText(rendered: rendered, paths: paths, main: main)
        } catch {
            throw diagnose(error, main: main)
        }
    }

    /// The mistakes `TemplateChecker` finds in the template and those it includes and extends; a
    /// template that cannot be loaded, or whose includes loop, is the one mistake reported.
    /// The themes and images named by constant paths are loaded as a render would (`imageRoots`: where
    /// images may be, as the engine's; by default the templates' roots).
    func check(templateNamed name: String, keys: [String: KeyKind], imageRoots: AllowedRoots? = nil) -> [TemplateError] {
        defer { failure = nil }
        failure = nil
        do {
            let main = try loadEntry(name: name).key
            var chain: [TemplateReference] = [], done: Set<String> = []
            try checkReferences(of: main, stack: [main], chain: &chain, done: &done)
        } catch {
            return [diagnose(error, main: name)]
        }
        var checker = TemplateChecker(keys: keys, filters: knownFilters) { [unowned self] name in try sourceUses(name: name) }
        checker.check(templateNamed: name)
        return checker.errors + checker.files.compactMap { file in
            var builder = fileBuilder(at: file.position)
            builder.allowedRoots = imageRoots ?? roots
            builder.images = DocumentImages()
            do {
                switch file {
                case .theme(let name, _): _ = try builder.loadTheme(named: name, at: 0)
                case .image(let name, _): _ = try builder.imageFile(name, at: 0)
                default: break
                }
                return nil
            } catch {
                return diagnose(error, main: name)
            }
        }
    }

    /// Reads and lexes a template, and those it names in `include` and `extends` tags, and parses the
    /// themes they name by constant paths, so that a later expansion finds them ready. A file that
    /// fails is left for that expansion to report.
    func prepare(templateNamed name: String) {
        var pending = [name], seen: Set<String> = []
        while let name = pending.popLast() {
            guard seen.insert(name).inserted, let template = try? loadTemplate(name: name) else { continue }
            for case .theme(let theme, let position) in (try? sourceUses(name: name).uses) ?? [] {
                _ = try? fileBuilder(at: position).loadTheme(named: theme, at: 0, themes: self)
            }
            for token in template.tokens where token.kind == .block {
                let words = token.components
                guard words.count == 2, words[0] == "include" || words[0] == "extends",
                      let quote = words[1].first, quote == "\"" || quote == "'", words[1].last == quote, words[1].count > 2 else { continue }
                pending.append(String(words[1].dropFirst().dropLast()))
            }
        }
    }

    /// A builder for a theme or an image a template names, found along the search paths, its errors at
    /// the name.
    private func fileBuilder(at position: SourcePosition) -> DocumentBuilder {
        DocumentBuilder(position: { _ in position }, locate: { [searchPaths] in Self.locate($0, in: searchPaths)?.url })
    }

    /// The files read and lexed so far.
    var lexedPaths: Set<String> {
        return Set(templates.keys)
    }

    /// The theme files parsed so far.
    var themePaths: Set<String> { Set(themes.keys) }

    /// Finds a file along the search paths; an académie's folder comes before the national one.
    /// Not cached: images may appear while the process runs (and any thread may look, from the paths alone).
    static func locate(_ name: String, in searchPaths: [URL], from first: Int = 0) -> (url: URL, pathIndex: Int)? {
        for index in searchPaths.indices where index >= first {
            let url = searchPaths[index].appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) { return (url, index) }
        }
        return nil
    }

    // MARK: Themes

    /// A parsed theme, and the files its headers and footers looked up while it was parsed: it is
    /// reused only where those names still resolve to the same files.
    struct CachedTheme {
        var theme: Theme
        var stamp: FileStatus?
        var lookups: [(name: String, url: URL?)]
    }

    /// The theme parsed from `path`, if the file has not changed since.
    func theme(at path: String) -> CachedTheme? {
        guard let cached = themes[path], cached.stamp == FileStatus(path: path) else { return nil }
        return cached
    }

    func store(_ theme: CachedTheme, at path: String) {
        themes[path] = theme
    }

    // MARK: Loader

    /// Follows every include and extends from the template at `key` before anything is rendered:
    /// a name that is not found or leads outside the roots, a cycle, or nesting deeper than
    /// `maximumDepth` is an error at the tag, with the chain of tags that led there as notes.
    private func checkReferences(of key: String, stack: [String], chain: inout [TemplateReference],
                                 done: inout Set<String>) throws {
        guard done.insert(key).inserted else { return }
        for reference in sources[key]?.references ?? [] {
            chain.append(reference)
            defer { chain.removeLast() }
            let child: String
            do { child = try loadEntry(name: reference.name).key } catch let error as TemplateNotFound {
                throw reference.position.error(error.description)
            }
            if stack.contains(child) {
                throw chainError(chain, "« {% \(reference.tag) \"\(reference.written)\" %} » ramène à un modèle déjà en cours : les modèles s'incluent en boucle")
            }
            guard chain.count < Self.maximumDepth else {
                throw chainError(chain, "plus de \(Self.maximumDepth) modèles inclus ou étendus les uns dans les autres")
            }
            try checkReferences(of: child, stack: stack + [child], chain: &chain, done: &done)
        }
    }

    private func chainError(_ chain: [TemplateReference], _ message: String) -> TemplateError {
        var error = chain.last!.position.error(message)
        error.notes = chain.map { "\($0.position.path):\($0.position.line):\($0.position.column) : {% \($0.tag) \"\($0.written)\" %}" }
        return error
    }

    /// The template's file (its key) and what it reads, as the preprocessor found it.
    func sourceUses(name: String) throws -> (path: String, uses: [TemplateUse]) {
        let key = try loadEntry(name: name).key
        return (key, sources[key]?.uses ?? [])
    }

    fileprivate func loadTemplate(name: String) throws -> Template {
        try loadEntry(name: name).template
    }

    private func loadEntry(name: String) throws -> (key: String, template: Template) {
        var name = name, first = 0
        let parts = name.split(separator: Self.fromPathMark, omittingEmptySubsequences: true)
        if name.first == Self.fromPathMark, parts.count == 2, let index = Int(parts[0]) {
            first = index
            name = String(parts[1])
        }
        guard let (url, pathIndex) = Self.locate(name, in: searchPaths, from: first) else {
            let searched = searchPaths.dropFirst(first).map(\.path).joined(separator: ", ")
            throw TemplateNotFound(description: "modèle inconnu « \(name) » (cherché dans \(searched))")
        }
        guard roots.contains(url) else { throw TemplateNotFound(description: roots.refusal(name).description) }
        let key = url.path
        let stamp = FileStatus(path: key)
        if let cached = templates[key], cached.stamp == stamp { return (key, cached.template) }
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw TemplateNotFound(description: "le modèle « \(name) » ne peut pas être lu")
        }
        let preprocessor = SourcePreprocessor(
            path: key, fileIndex: fileNumbers[key] ?? paths.count,
            extendsName: { $0 == name ? "\(Self.fromPathMark)\(pathIndex + 1)\(Self.fromPathMark)\($0)" : $0 },
            register: { [unowned self] expression in
                expressions.append(expression)
                return expressions.count - 1
            })
        let source = try preprocessor.process(text)
        if fileNumbers[key] == nil {
            fileNumbers[key] = paths.count
            paths.append(key)
        }
        sources[key] = source
        let template = environment.templateClass.init(templateString: source.text, environment: environment, name: key)
        templates[key] = (template, stamp)
        return (key, template)
    }

    // MARK: Tags and filters

    /// An expression as a `{{ }}` tag evaluates it, compiled once.
    private struct CompiledExpression {
        var strictness: Strictness
        var resolvable: Resolvable
        /// The value is the parent's block (`block.super`): template output, not data.
        var isSuperBlock: Bool
        /// A variable without filters: the value found when checking it is defined is the value printed.
        var isPlain: Bool
        /// The position marker the printed value starts with.
        var marker: String
    }

    /// What must resolve for an expression to count as defined: each prefix of its variable in turn,
    /// so that `a.b` with `a` missing is not mistaken for a literal.
    private struct Strictness {
        var expression: TemplateExpression
        var variable: String
        var prefixes: [Variable]
        /// The whole variable (the last prefix), looked up without Stencil's overhead.
        var whole: DataPath?
        /// `default` is the one way to accept a missing value.
        var acceptsMissing: Bool

        init(_ expression: TemplateExpression) {
            self.expression = expression
            let chain = FilterChain(expression.text)
            variable = chain.variable
            acceptsMissing = chain.filters.first?.name == "default"
            guard let first = variable.first, first != "\"", first != "'", Double(variable) == nil, Bool(variable) == nil else {
                prefixes = []
                return
            }
            let bits = variable.contains("[") ? [variable] : variable.split(separator: ".").map(String.init)
            prefixes = (1...max(bits.count, 1)).map { Variable(bits.prefix($0).joined(separator: ".")) }
            whole = DataPath(prefixes[prefixes.count - 1].variable)
        }

        /// The whole variable's value, nil when it has none (or its look-up fails).
        func found(in context: Context) -> Any? { (try? whole?.resolve(context)) ?? nil }
    }

    private func makeExtension() -> Extension {
        let ext = Extension()
        for (name, filter) in filters {
            ext.registerFilter(name) { value, arguments in try filter.apply(value, arguments) }
        }
        ext.registerTag("_value") { [unowned self] parser, token in
            let compiled = try self.compiledValue(token, parser: parser)
            return SimpleNode(token: token) { [unowned self] context in
                let value = try evaluate(compiled, in: context)
                if let fragment = value as? XMLFragment { return compiled.marker + fragment.xml }
                return compiled.marker + XMLEscaping.escape(printedText(value))
            }
        }
        ext.registerTag("_defined") { [unowned self] _, token in
            let index = try self.expressionIndex(token)
            let strictness = compiledChecks[index] ?? Strictness(expressions[index])
            compiledChecks[index] = strictness
            return SimpleNode(token: token) { [unowned self] context in
                try requireDefined(strictness, in: context)
                return ""
            }
        }
        return ext
    }

    private func expressionIndex(_ token: Token) throws -> Int {
        guard token.components.count == 2, let index = Int(token.components[1]), expressions.indices.contains(index) else {
            throw TemplateSyntaxError("« \(token.components.first ?? "") » est réservé au moteur de modèles")
        }
        return index
    }

    private func fail(_ error: TemplateError) -> TemplateError {
        if failure == nil { failure = error }
        return error
    }

    /// Checks the filters' names (to point at the unknown one) before Stencil compiles the expression.
    private func compiledValue(_ token: Token, parser: TokenParser) throws -> CompiledExpression {
        let index = try expressionIndex(token)
        if let compiled = compiledValues[index] { return compiled }
        let expression = expressions[index]
        for part in FilterChain(expression.text).filters where !knownFilters.contains(part.name) {
            var position = expression.position
            position.column += part.offset
            throw fail(position.error("filtre inconnu « \(part.name) »", hint: NearestName.nearest(to: part.name, in: knownFilters.sorted()).map {
                "vouliez-vous dire « \($0) » ?"
            }))
        }
        let resolvable: Resolvable
        do {
            resolvable = try parser.compileFilter(expression.text, containedIn: token)
        } catch let error as TemplateSyntaxError {
            let (message, hint) = StencilMessages.french(error.reason, filters: knownFilters)
            throw fail(expression.position.error(message, hint: hint))
        }
        let strictness = Strictness(expression)
        let p = expression.position
        let plain = FilterChain(expression.text).filters.isEmpty
        let compiled = CompiledExpression(
            strictness: strictness, resolvable: resolvable,
            isSuperBlock: strictness.variable == "block.super" && plain, isPlain: plain,
            marker: Marker.fixed(file: fileNumbers[p.path] ?? 0, line: p.line, column: p.column))
        compiledValues[index] = compiled
        return compiled
    }

    private func evaluate(_ compiled: CompiledExpression, in context: Context) throws -> Any? {
        let expression = compiled.strictness.expression
        let found = compiled.isPlain ? compiled.strictness.found(in: context) : nil
        if found == nil, !compiled.strictness.acceptsMissing { try requireDefined(compiled.strictness, in: context) }
        do {
            let value = try found ?? compiled.resolvable.resolve(context)
            // The parent's block is template output already (markers included), not a data value.
            if compiled.isSuperBlock { return XMLFragment(printedText(value)) }
            return value
        } catch {
            throw fail(expression.position.error("dans « \(expression.text) » : \(Self.reason(error))"))
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as? TemplateSyntaxError).map { StencilMessages.french($0.reason).message } ?? "\(error)"
    }

    /// Strictness: a variable that does not resolve (absent, or null) is an error, never an empty string.
    private func requireDefined(_ strictness: Strictness, in context: Context) throws {
        // A value found for the whole variable means every prefix has one: one look-up, not one a prefix.
        if strictness.found(in: context) != nil { return }
        for (index, prefix) in strictness.prefixes.enumerated() where (try? prefix.resolve(context)) ?? nil == nil {
            throw fail(strictness.expression.position.error("variable non définie « \(strictness.variable) »",
                                                            hint: undefinedHint(strictness, missing: index, in: context)))
        }
    }

    /// The nearest name to the missing part of a variable, among the keys beside it; otherwise how
    /// to accept a value the data may leave out.
    private func undefinedHint(_ strictness: Strictness, missing index: Int, in context: Context) -> String {
        let bits = strictness.variable.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let siblings: [String]
        if strictness.prefixes.count != bits.count {
            siblings = []
        } else if index == 0 {
            siblings = Array(context.flatten().keys)
        } else {
            siblings = ((try? strictness.prefixes[index - 1].resolve(context)) as? TemplateObject)?.keys ?? []
        }
        if let near = NearestName.nearest(to: bits[index], in: siblings.sorted()), near != bits[index] {
            return "vouliez-vous dire « \((bits[..<index] + [near] + bits[(index + 1)...]).joined(separator: ".")) » ?"
        }
        return "une valeur facultative s'imprime avec « |default:\"…\" » ou dans « {% if \(strictness.variable) %} »"
    }

    // MARK: Errors

    private func diagnose(_ error: Error, main: String) -> TemplateError {
        if let failure { return failure }
        if let error = error as? TemplateError { return error }
        guard let syntax = error as? TemplateSyntaxError else {
            return TemplateError(path: main, line: 0, column: 0, message: "\(error)")
        }
        let (message, hint) = StencilMessages.french(syntax.reason, filters: knownFilters)
        // The innermost token is the first of the stack Stencil builds on the way out.
        if let token = syntax.stackTrace.first ?? syntax.token, let key = token.sourceMap.filename,
           let source = sources[key],
           let position = source.origin(line: Int(token.sourceMap.location.lineNumber), offset: token.sourceMap.location.lineOffset) {
            return position.error(message, hint: hint)
        }
        return TemplateError(path: main, line: 0, column: 0, message: message, hints: hint.map { [$0] } ?? [])
    }
}

/// Stencil's loader: hands it the cache's templates, without the environment retaining the cache.
private final class CacheLoader: Loader {
    unowned let cache: TemplateCache

    init(cache: TemplateCache) { self.cache = cache }

    func loadTemplate(name: String, environment: Environment) throws -> Template {
        try cache.loadTemplate(name: name)
    }
}

struct TemplateNotFound: Error, CustomStringConvertible {
    var description: String
}

/// `variable|filter:argument|filter` split at the bars that are outside quotes.
struct FilterChain {
    struct Part {
        var name: String
        var offset: Int
        /// What follows the name's colon: the arguments, still to split at commas.
        var arguments: String?
    }
    var variable: String
    var filters: [Part]

    init(_ text: String) {
        let parts = Self.split(text, at: "|")
        variable = parts[0].0.trimmingCharacters(in: .whitespaces)
        filters = parts.dropFirst().map { text, start in
            let leading = text.prefix { $0 == " " }.count
            let name = text.dropFirst(leading).prefix { $0 != ":" && $0 != " " }
            let arguments = text.firstIndex(of: ":").map { String(text[text.index(after: $0)...]) }
            return Part(name: String(name), offset: start + leading, arguments: arguments)
        }
    }

    /// `text` cut at each `separator` outside quotes, each piece with its offset in characters.
    static func split(_ text: String, at separator: Character) -> [(String, Int)] {
        var parts: [(String, Int)] = []
        var current = "", start = 0, quote: Character?
        for (offset, character) in text.enumerated() {
            if character == "\"" || character == "'" { quote = quote == nil ? character : (quote == character ? nil : quote) }
            if character == separator, quote == nil {
                parts.append((current, start))
                current = ""
                start = offset + 1
            } else {
                current.append(character)
            }
        }
        parts.append((current, start))
        return parts
    }
}
