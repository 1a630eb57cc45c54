import DocumentTree
import Foundation
import Testing
@testable import Templates

@Suite("Templates read ahead of the data")
struct PrepareTests {
    @Test("prepare lexes the template and those it includes or extends, even through a search path further on")
    func preparesIncludedTemplates() throws {
        let national = try TemplateFolder([
            "dossier.xml": "<document>\n{% block corps %}{% endblock %}\n{% include 'pied.xml' %}\n</document>",
            "pied.xml": "<p>{{ signataire }}</p>{% include \"mention.xml\" %}",
            "mention.xml": "<p>Mention</p>",
            "autre.xml": "<p>Jamais lu</p>",
        ])
        let academie = try TemplateFolder([
            "dossier.xml": "{% extends \"dossier.xml\" %}\n{% block corps %}<p>Lyon</p>{% endblock %}",
        ])
        let engine = TemplateEngine(searchPaths: [academie.url, national.url])
        engine.prepare(templateNamed: "dossier.xml")
        #expect(engine.lexedPaths == [academie.path("dossier.xml"), national.path("dossier.xml"),
                                      national.path("pied.xml"), national.path("mention.xml")])
        let document = try engine.render(templateNamed: "dossier.xml", context: ["signataire": "La rectrice"])
        #expect(document.body == [.paragraph(Paragraph("Lyon")), .paragraph(Paragraph("La rectrice")), .paragraph(Paragraph("Mention"))])
    }

    @Test("prepare parses the theme a template names, and the render finds it ready; a broken theme is the render's to report")
    func preparesThemes() throws {
        let folder = try TemplateFolder([
            "t.xml": "<document theme=\"theme.yaml\">\n<p>{{ texte }}</p>\n</document>",
            "theme.yaml": "accent: \"#000091\"\n",
            "broken.xml": "<document theme=\"broken.yaml\">\n<p>x</p>\n</document>",
            "broken.yaml": "accent: [\n",
        ])
        let engine = TemplateEngine(searchPaths: [folder.url])
        engine.prepare(templateNamed: "t.xml")
        #expect(engine.themePaths == [folder.path("theme.yaml")])
        let prepared = try engine.render(templateNamed: "t.xml", context: ["texte": "Lycée"])
        #expect(prepared.body == (try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: ["texte": "Lycée"])).body)

        engine.prepare(templateNamed: "broken.xml")
        #expect(engine.themePaths == [folder.path("theme.yaml")])
        #expect(throws: TemplateError.self) { try engine.render(templateNamed: "broken.xml", context: [:]) }
    }

    @Test("a template that fails is left for the render, which reports it at the same place", arguments: [
        "<document>\n<p>{% if %}</p>\n</document>",
        "<document>\n<p>x</p>\n  {% include \"absent.xml\" %}\n</document>",
        "<document>\n<p>{{ }}</p>\n</document>",
    ])
    func failuresAreReportedByTheRender(template: String) throws {
        let folder = try TemplateFolder(["t.xml": template])
        var errors: [TemplateError] = []
        for prepared in [false, true] {
            let engine = TemplateEngine(searchPaths: [folder.url])
            if prepared { engine.prepare(templateNamed: "t.xml") }
            do {
                _ = try engine.render(templateNamed: "t.xml", context: [:])
                Issue.record("the render should fail")
            } catch let error as TemplateError {
                errors.append(error)
            }
        }
        #expect(errors.count == 2 && errors[0] == errors[1])
        #expect(errors.first?.path == folder.path("t.xml") && errors.first?.line ?? 0 >= 2)
    }
}
