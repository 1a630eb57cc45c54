import Foundation
import Native
import Testing
@testable import Templates

/// What a template includes and extends is followed before anything renders: a cycle, nesting too
/// deep, a path outside the allowed folders or an unclosed tag is an error at the template's line.
@Suite struct TemplateGraphTests {
    @Test("a template that includes itself is a cycle, reported at the tag with the chain")
    func selfInclude() throws {
        let (error, folder) = try templateError(["t.xml": "<document>\n  {% include \"t.xml\" %}\n</document>"])
        #expect(error == TemplateError(
            path: folder.path("t.xml"), line: 2, column: 3,
            message: "« {% include \"t.xml\" %} » ramène à un modèle déjà en cours : les modèles s'incluent en boucle",
            notes: ["\(folder.path("t.xml")):2:3 : {% include \"t.xml\" %}"]))
    }

    @Test("two templates extending each other are a cycle, with every step of the chain")
    func mutualExtends() throws {
        let (error, folder) = try templateError([
            "t.xml": "{% extends \"a.xml\" %}",
            "a.xml": "\n{% extends \"b.xml\" %}",
            "b.xml": "\n\n {% include \"a.xml\" %}",
        ])
        #expect(error?.path == folder.path("b.xml"))
        #expect(error?.line == 3)
        #expect(error?.column == 2)
        #expect(error?.notes == [
            "\(folder.path("t.xml")):1:1 : {% extends \"a.xml\" %}",
            "\(folder.path("a.xml")):2:1 : {% extends \"b.xml\" %}",
            "\(folder.path("b.xml")):3:2 : {% include \"a.xml\" %}",
        ])
    }

    @Test("a chain of includes deeper than the limit is refused, a shorter one renders")
    func depth() throws {
        func files(_ count: Int) -> [String: String] {
            var files = ["t.xml": "<document>{% include \"p1.xml\" %}</document>"]
            for index in 1..<count { files["p\(index).xml"] = "{% include \"p\(index + 1).xml\" %}" }
            files["p\(count).xml"] = "<p>fin</p>"
            return files
        }
        let (fine, _) = try templateError(files(TemplateCache.maximumDepth - 1))
        #expect(fine == nil)
        let (error, folder) = try templateError(files(TemplateCache.maximumDepth + 4))
        let last = TemplateCache.maximumDepth - 1
        #expect(error == TemplateError(
            path: folder.path("p\(last).xml"), line: 1, column: 1,
            message: "plus de \(TemplateCache.maximumDepth) modèles inclus ou étendus les uns dans les autres",
            notes: error?.notes ?? []))
        #expect(error?.notes.count == TemplateCache.maximumDepth)
    }

    @Test("an include leaving the template folders names the path as written and never the file's text")
    func escapingPath() throws {
        let outside = try TemplateFolder(["secret.xml": "<p>mot de passe</p>"])
        let (error, folder) = try templateError([
            "t.xml": "<document>\n<p>a</p> {% include \"../\(outside.url.lastPathComponent)/secret.xml\" %}\n</document>",
        ])
        #expect(error == TemplateError(
            path: folder.path("t.xml"), line: 2, column: 10,
            message: "le chemin « ../\(outside.url.lastPathComponent)/secret.xml » sort du dossier des données : seuls ses fichiers, les modèles et les polices fournis avec ldm peuvent être lus"))
        #expect(error?.description.contains("mot de passe") == false)
    }

    @Test("a symlink in the template folder that points outside is refused at the include")
    func escapingSymlink() throws {
        let outside = try TemplateFolder(["secret.xml": "<p>mot de passe</p>"])
        let folder = try TemplateFolder(["t.xml": "<document>\n{% include \"lien.xml\" %}\n</document>"])
        try FileManager.default.createSymbolicLink(atPath: folder.path("lien.xml"), withDestinationPath: outside.path("secret.xml"))
        #expect(throws: TemplateError(path: folder.path("t.xml"), line: 2, column: 1,
                                      message: "le chemin « lien.xml » sort du dossier des données : seuls ses fichiers, les modèles et les polices fournis avec ldm peuvent être lus")) {
            try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:])
        }
    }

    @Test("a symlink to a file inside the allowed roots is followed")
    func symlinkInside() throws {
        let folder = try TemplateFolder(["t.xml": "<document>\n{% include \"lien.xml\" %}\n</document>", "vrai.xml": "<p>ok</p>"])
        try FileManager.default.createSymbolicLink(atPath: folder.path("lien.xml"), withDestinationPath: folder.path("vrai.xml"))
        let document = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:])
        #expect(document.body.count == 1)
    }

    @Test("an unclosed block, for or if, a stray end tag, and a name that is not quoted", arguments: [
        ("<document>\n{% block corps %}\n<p>x</p>\n</document>", 2, 1,
         "« {% block %} » n'est jamais fermé : « {% endblock %} » manque"),
        ("<document>\n  {% for f in liste %}<p>x</p>\n</document>", 2, 3, "« {% for %} » n'est jamais fermé : « {% endfor %} » manque"),
        ("<document>\n{% for f in liste %}{% if f %}<p/>{% endfor %}{% endif %}</document>", 2, 35,
         "« {% endfor %} » ferme « {% if %} » ouvert en 2:21"),
        ("<document>\n {% include nom %}</document>", 2, 2,
         "« {% include %} » attend le nom d'un modèle entre guillemets, par exemple « {% include \"signature.xml\" %} »"),
    ])
    func unclosed(template: String, line: Int, column: Int, message: String) throws {
        let (error, folder) = try templateError(["t.xml": template], context: ["liste": ["a"], "nom": "x.xml"])
        #expect(error == TemplateError(path: folder.path("t.xml"), line: line, column: column, message: message))
    }
}
