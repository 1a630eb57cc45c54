import DocumentTree
import Foundation
@testable import Templates

/// Template files written to a fresh temporary folder for one test.
struct TemplateFolder {
    let url: URL

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-templates-\(UUID().uuidString)")
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Renders `body` wrapped in a document (line 1 is `<document …>`, so the body starts on line 2).
func render(_ body: String, context: [String: Any] = [:], lang: String = "fr",
            filters: [String: TemplateFilter] = [:]) throws -> Document {
    let folder = try TemplateFolder(["t.xml": "<document lang=\"\(lang)\">\n\(body)\n</document>\n"])
    return try TemplateEngine(searchPaths: [folder.url], filters: filters).render(templateNamed: "t.xml", context: context)
}

/// The error a template raises, with the folder to build expected paths.
func templateError(_ files: [String: String], context: [String: Any] = [:], dataFile: String? = nil,
                   template: String = "t.xml") throws -> (TemplateError?, TemplateFolder) {
    let folder = try TemplateFolder(files)
    do {
        _ = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: template, context: context, dataFile: dataFile)
        return (nil, folder)
    } catch let error as TemplateError {
        return (error, folder)
    }
}

extension Block {
    var paragraph: Paragraph? { if case .paragraph(let p) = self { return p }; return nil }
}
