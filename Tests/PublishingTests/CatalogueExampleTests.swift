import Foundation
import Label
@testable import Publishing
import Templates
import Testing

/// Every example of docs/catalogue.md passes the strict check of `ldm check`, and a filter's
/// example expands to the output the catalogue prints beside it. An element's example is written in
/// a document of the national theme, as the label's templates are.
@Suite struct CatalogueExampleTests {
    static let filters = TemplateCatalogue.filterGroups.flatMap { $0.filters.map(\.name) }
    static let elements = ElementRegistry.all.map(\.name)

    /// An engine over a folder holding `t.xml` (and the image the `<image>` example names).
    static func engine(_ template: String) throws -> TemplateEngine {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-catalogue-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try template.write(to: folder.appendingPathComponent("t.xml"), atomically: true, encoding: .utf8)
        try ##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#000091"/></svg>"##
            .write(to: folder.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        return TemplateEngine(searchPaths: [folder, projectRoot.appendingPathComponent("templates/national")], filters: LabelFilters.all)
    }

    static let dossierKeys = TemplateKeys.kinds(TemplateKeys.dossier)

    /// The engine's escapes read back, as the catalogue prints the output.
    static func unescaped(_ xml: String) -> String {
        xml.replacingOccurrences(of: "&apos;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("a filter's example passes the check and expands to its documented output", arguments: filters)
    func filterExample(name: String) throws {
        let documentation = try #require(TemplateCatalogue.filterGroups.flatMap(\.filters).first { $0.name == name }?.documentation)
        #expect(documentation.example.contains("|\(name)"), "the example of \(name) does not use it")
        let engine = try Self.engine(documentation.example)
        #expect(engine.check(templateNamed: "t.xml", keys: Self.dossierKeys).map(\.description) == [])
        let output = Self.unescaped(try engine.expand(templateNamed: "t.xml", context: [:]))
        #expect(output == documentation.output)
    }

    @Test("every element has one example, and every example is an element's")
    func oneExamplePerElement() {
        #expect(Set(ElementExamples.byName.keys) == Set(Self.elements))
    }

    @Test("an element's example uses it, passes the check and builds", arguments: elements)
    func elementExample(name: String) throws {
        let example = try #require(ElementExamples.byName[name])
        #expect(example.contains("<\(name)"), "the example of <\(name)> does not use it")
        let template = name == "document" ? example : "<document lang=\"fr\" theme=\"theme.yaml\">\(example)</document>"
        let engine = try Self.engine(template)
        #expect(engine.check(templateNamed: "t.xml", keys: Self.dossierKeys).map(\.description) == [])
        _ = try engine.render(templateNamed: "t.xml", context: [:])
    }
}
