import DocumentTree
import Foundation

/// Expands templates (XML with Stencil tags) into documents.
///
/// Templates, included files, themes and relative image paths are looked up along `searchPaths` in
/// order: put an académie's folder before the national templates so that its files win.
public struct TemplateEngine: Sendable {
    public var searchPaths: [URL]
    /// The caller's filters (French dates, numbers…), added to `safe`, `raw`, `markdown` and
    /// Stencil's own; a caller's filter of the same name replaces the built-in one.
    public var filters: [String: TemplateFilter]

    public init(searchPaths: [URL], filters: [String: TemplateFilter] = [:]) {
        self.searchPaths = searchPaths
        self.filters = filters
    }

    /// Expands and parses the template. `dataFile`, the data being rendered, is named in a note of
    /// every error; relative image paths are looked up next to it first.
    public func render(templateNamed name: String, context: [String: Any], dataFile: String? = nil) throws -> Document {
        let session = RenderSession(searchPaths: searchPaths, filters: filters)
        do {
            let expanded = try session.expand(templateNamed: name, context: context)
            var reader = XMLReader(expanded)
            let root = try reader.readDocument()
            let dataFolder = dataFile.map { URL(fileURLWithPath: $0).deletingLastPathComponent() }
            var builder = DocumentBuilder(position: expanded.position) { file in
                if let dataFolder, FileManager.default.fileExists(atPath: dataFolder.appendingPathComponent(file).path) {
                    return dataFolder.appendingPathComponent(file)
                }
                return session.locate(file)?.url
            }
            return try builder.build(root)
        } catch var error as TemplateError {
            if let dataFile { error.notes.append("while rendering data file \(dataFile)") }
            throw error
        }
    }

    /// The XML the template expands to, before it is parsed: for looking at what a template produces.
    public func expand(templateNamed name: String, context: [String: Any]) throws -> String {
        try RenderSession(searchPaths: searchPaths, filters: filters).expand(templateNamed: name, context: context).text
    }
}
