import Foundation
import Label
@testable import Publishing
import Templates
import Testing

/// The examples of docs/templates.md are real templates: every ```xml block passes the strict check
/// of `ldm check` and renders with the data of a school of the example campaign (a block marked
/// `xml fragment` inside a minimal document); the ```yaml theme is a theme the engine reads.
@Suite struct TemplateDocsTests {
    struct Example: CustomStringConvertible, Sendable {
        var info: String
        var text: String
        var line: Int
        var description: String { "docs/templates.md:\(line) (\(info))" }
    }

    /// The fenced blocks of the page with their info string and first line.
    static let examples: [Example] = {
        let page = (try? String(contentsOf: projectRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)) ?? ""
        var result: [Example] = []
        var current: Example?
        for (number, line) in page.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("```") {
                if let block = current { result.append(block); current = nil } else {
                    current = Example(info: String(line.dropFirst(3)), text: "", line: number + 2)
                }
            } else if current != nil {
                current!.text += line + "\n"
            }
        }
        return result
    }()

    /// Checks, then renders `template`: the check's mistakes are reported even when the render fails.
    static func checkAndRender(_ template: String, theme: String? = nil) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-docs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try template.write(to: folder.appendingPathComponent("t.xml"), atomically: true, encoding: .utf8)
        if let theme { try theme.write(to: folder.appendingPathComponent("doc-theme.yaml"), atomically: true, encoding: .utf8) }
        let engine = TemplateEngine(searchPaths: [folder, projectRoot.appendingPathComponent("templates/national")],
                                    filters: LabelFilters.all)
        #expect(engine.check(templateNamed: "t.xml", keys: TemplateKeys.kinds(TemplateKeys.dossier)).map(\.description) == [])
        let example = try LoadedCampaign()
        let school = try example.dossier("0060034E")
        let context = TemplateContext.dossier(school, campaign: example.campaign,
                                              certificate: try CertificateIdentity(dossier: school, campaign: example.campaign))
        _ = try engine.render(templateNamed: "t.xml", context: context, dataFile: school.file.path)
    }

    @Test("the page has xml examples, fragments and a theme")
    func thePageHasExamples() {
        #expect(Self.examples.filter { $0.info == "xml" }.count >= 4)
        #expect(Self.examples.filter { $0.info == "xml fragment" }.count >= 10)
        #expect(Self.examples.filter { $0.info == "yaml" }.count == 1)
    }

    @Test("an xml example passes the strict check and renders", arguments: examples.filter { $0.info.hasPrefix("xml") })
    func xmlExample(_ example: Example) throws {
        let template = example.info == "xml fragment"
            ? "<document lang=\"fr\" theme=\"theme.yaml\">\n\(example.text)</document>\n" : example.text
        try Self.checkAndRender(template)
    }

    @Test("the theme example is a theme", arguments: examples.filter { $0.info == "yaml" })
    func themeExample(_ example: Example) throws {
        let template = "<document lang=\"fr\" theme=\"doc-theme.yaml\" master=\"courant\"><p style=\"emetteur\">x</p></document>"
        try Self.checkAndRender(template, theme: example.text)
    }
}
