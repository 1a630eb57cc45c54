import DocumentTree
import Foundation
import Native

/// Expands templates (XML with Stencil tags) into documents.
///
/// Templates, included files, themes and relative image paths are looked up along `searchPaths` in
/// order: put an académie's folder before the national templates so that its files win.
///
/// An engine keeps what does not depend on the data (the preprocessed and lexed templates, the
/// compiled expressions, the parsed themes) for its life and its copies' lives: keep one to render
/// many documents. A file is read again when its date or size changes. That cache is not shared
/// between threads: an engine is not `Sendable`, each thread making documents keeps its own.
public struct TemplateEngine {
    public var searchPaths: [URL] {
        didSet { cache = TemplateCache(searchPaths: searchPaths, roots: roots, filters: filters) }
    }
    /// The folders templates may be read from, symlinks followed (by default the search paths).
    public var roots: AllowedRoots {
        didSet { cache = TemplateCache(searchPaths: searchPaths, roots: roots, filters: filters) }
    }
    /// The caller's filters (French dates, numbers…), added to `safe`, `raw`, `markdown` and
    /// Stencil's own; a caller's filter of the same name replaces the built-in one.
    public var filters: [String: TemplateFilter] {
        didSet { cache = TemplateCache(searchPaths: searchPaths, roots: roots, filters: filters) }
    }
    private var cache: TemplateCache
    /// The roots given at `init`, if any: then the images a template names must lie inside them too,
    /// and are held to `ImageLimits`, their errors placed at the `src` naming them.
    private let imageRoots: AllowedRoots?

    public init(searchPaths: [URL], roots: AllowedRoots? = nil, filters: [String: TemplateFilter] = [:]) {
        self.searchPaths = searchPaths
        self.roots = roots ?? AllowedRoots(searchPaths)
        imageRoots = roots
        self.filters = filters
        cache = TemplateCache(searchPaths: searchPaths, roots: self.roots, filters: filters)
    }

    /// Expands and parses the template. `dataFile`, the data being rendered, is named in a note of
    /// every error; relative image paths are looked up next to it first. `threads` may build a long
    /// document's body at once (a batch whose workers take every processor leaves it at 1).
    public func render(templateNamed name: String, context: [String: Any], dataFile: String? = nil,
                       threads: Int = 1) throws -> Document {
        let cache = self.cache
        do {
            let expanded = try cache.expand(templateNamed: name, context: TemplateObject.context(context))
            var reader = XMLReader(expanded)
            let root = try reader.readDocument()
            let dataFolder = dataFile.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            var builder = DocumentBuilder(position: expanded.position) { [searchPaths] file in
                if let dataFolder, FileManager.default.fileExists(atPath: dataFolder.appendingPathComponent(file).path) {
                    return dataFolder.appendingPathComponent(file)
                }
                return TemplateCache.locate(file, in: searchPaths)?.url
            }
            builder.threads = threads
            if let imageRoots {
                builder.allowedRoots = imageRoots
                builder.images = DocumentImages()
            }
            return try builder.build(root, themes: cache)
        } catch var error as TemplateError {
            error.dataFile = dataFile
            throw error
        }
    }

    /// Reads and lexes the template and those it includes ahead of a render, on a thread that would
    /// otherwise wait: the render then starts from them. Errors are left for the render to report.
    public func prepare(templateNamed name: String) {
        cache.prepare(templateNamed: name)
    }

    /// Checks the template and those it includes and extends without data: every variable against
    /// `keys` (the catalogue of what the data may hold), every filter against the registered ones.
    /// Elements must be of the vocabulary; the themes and images named by constant paths are loaded
    /// (limits, decoding) as a render would.
    public func check(templateNamed name: String, keys: [String: KeyKind]) -> [TemplateError] {
        cache.check(templateNamed: name, keys: keys, imageRoots: imageRoots)
    }

    /// Every name the template and those it includes and extends may read as a variable, and more
    /// (loop variables, filters): what a caller may leave out of the context is what is not in it.
    /// Nil when one of the templates cannot be loaded.
    public func variablesRead(templateNamed name: String) -> Set<String>? {
        cache.variablesRead(templateNamed: name)
    }

    /// The template files read and lexed so far.
    var lexedPaths: Set<String> { cache.lexedPaths }

    /// The theme files parsed so far.
    var themePaths: Set<String> { cache.themePaths }

    /// The XML the template expands to, before it is parsed: for looking at what a template produces.
    public func expand(templateNamed name: String, context: [String: Any]) throws -> String {
        try cache.expand(templateNamed: name, context: TemplateObject.context(context)).text
    }
}
