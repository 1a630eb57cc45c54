import Testing
@testable import Templates

@Suite struct TemplateErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        var template: String
        var line: Int
        var column: Int
        var message: String
        var description: String { message }
    }

    @Test(arguments: [
        Case(template: "<document>\n  <para>x</para>\n</document>", line: 2, column: 3, message: "élément inconnu <para>"),
        Case(template: "<document>\n  <image scr=\"a.png\"/>\n</document>", line: 2, column: 10,
             message: "attribut « scr » inconnu sur <image>"),
        Case(template: "<document>\n<table columns=\"1fr\">\n  <row><cell>x</row>\n</table>\n</document>", line: 3, column: 8,
             message: "unclosed element <cell> (found </row> at line 3)"),
        Case(template: "<document>\n  <p>x\n", line: 2, column: 3, message: "unclosed element <p>"),
        Case(template: "<document>\n  <spacer height=\"3km\"/>\n</document>", line: 2, column: 11,
             message: "bad value '3km' for attribute 'height' of <spacer>: expected a length such as 12pt, 5mm, 2.5cm or 1in"),
        Case(template: "<document>\n  <p>{{ etablissement.nom|majuscules }}</p>\n</document>", line: 2, column: 27,
             message: "unknown filter 'majuscules'"),
        Case(template: "<document>\n  <p>{{ etablissement.nmo }}</p>\n</document>", line: 2, column: 9,
             message: "undefined variable 'etablissement.nmo'"),
        Case(template: "<document>\n  {% for f in formation %}<p/>{% endfor %}\n</document>", line: 2, column: 15,
             message: "undefined variable 'formation'"),
        Case(template: "<document>\n  <p>{{ inconnu }}</p>\n</document>", line: 2, column: 9, message: "undefined variable 'inconnu'"),
        Case(template: "<document>\n<p><cell>x</cell></p>\n</document>", line: 2, column: 4, message: "<cell> cannot appear inside <p>"),
        Case(template: "<document>\n  <image src=\"logo.png\"/>\n</document>", line: 2, column: 10,
             message: "fichier image « logo.png » introuvable"),
        Case(template: "<document>\n  <qrcode size=\"2cm\"/>\n</document>", line: 2, column: 3,
             message: "<qrcode> needs the attribute 'text'"),
        Case(template: "<document>\n  {% fro x in y %}\n</document>", line: 2, column: 6, message: "unknown template tag 'fro'"),
        Case(template: "<document>\n  {% if etablissement.nom|bogus %}{% endif %}\n</document>", line: 2, column: 9,
             message: "unknown filter 'bogus'"),
        Case(template: "<document>\n  {% for x in etablissement %}\n  {% endfor %}\n  {% endfor %}\n</document>", line: 4, column: 3,
             message: "« {% endfor %} » ne ferme aucun « {% for %} »"),
    ])
    func errorIsPlacedInTheTemplate(_ example: Case) throws {
        let (error, folder) = try templateError(["t.xml": example.template], context: ["etablissement": ["nom": "Lycée"]])
        #expect(error == TemplateError(path: folder.path("t.xml"), line: example.line, column: example.column, message: example.message))
    }

    @Test func positionsFollowLoopsIntoTheTemplate() throws {
        let template = """
            <document>
            {% for f in formations %}
              <p>{{ f.nom }}</p>
              <spacer height="{{ f.h }}"/>
            {% endfor %}
            </document>
            """
        let (error, folder) = try templateError(["t.xml": template], context: ["formations": [["nom": "CAP", "h": "1cm"], ["nom": "BTS", "h": "2km"]]])
        #expect(error == TemplateError(path: folder.path("t.xml"), line: 4, column: 11,
                                       message: "bad value '2km' for attribute 'height' of <spacer>: expected a length such as 12pt, 5mm, 2.5cm or 1in"))
    }

    @Test func positionsPointIntoTheIncludedOrBaseFile() throws {
        let (included, folder) = try templateError([
            "t.xml": "<document>\n{% include \"part.xml\" %}\n</document>",
            "part.xml": "<p>ok</p>\n\n  <bogus/>",
        ])
        #expect(included == TemplateError(path: folder.path("part.xml"), line: 3, column: 3, message: "élément inconnu <bogus>"))

        let (inBlock, folder2) = try templateError([
            "base.xml": "<document>\n{% block corps %}{% endblock %}\n</document>",
            "t.xml": "{% extends \"base.xml\" %}\n{% block corps %}\n  <p>{{ manquant }}</p>{% endblock %}",
        ])
        #expect(inBlock == TemplateError(path: folder2.path("t.xml"), line: 3, column: 9, message: "undefined variable 'manquant'"))
    }

    /// Stencil sees long runs of the text as one line (see `SourcePreprocessor`): its own errors and
    /// the values' still land on the right line and column, hundreds of lines down.
    @Test func positionsHoldDeepInALongTemplate() throws {
        let filler = (1...300).map { "  <p>Ligne \($0) : texte ordinaire de la trame.</p>" }.joined(separator: "\n")
        let (tag, folder) = try templateError(["t.xml": "<document>\n\(filler)\n  <p>x</p> {% fro x in y %}\n</document>"])
        #expect(tag == TemplateError(path: folder.path("t.xml"), line: 302, column: 15, message: "unknown template tag 'fro'"))
        let (value, folder2) = try templateError(["t.xml": "<document>\n\(filler)\n\(filler)\n    <p>{{ absent }}</p>\n</document>"])
        #expect(value == TemplateError(path: folder2.path("t.xml"), line: 602, column: 11, message: "undefined variable 'absent'"))
    }

    @Test func aMissingTemplateIsNamedAtTheTag() throws {
        let (error, folder) = try templateError(["t.xml": "<document>\n  {% include \"absent.xml\" %}\n</document>"])
        #expect(error?.path == folder.path("t.xml"))
        #expect(error?.line == 2)
        #expect(error?.message.hasPrefix("modèle inconnu « absent.xml »") == true)
    }

    @Test func theDataFileIsNamedInANote() throws {
        let (error, folder) = try templateError(["t.xml": "<document>\n<p>{{ x }}</p></document>"], dataFile: "campagne/lyon.yaml")
        #expect(error?.description == """
            \(folder.path("t.xml")):2:7: erreur : undefined variable 'x'
              note : en produisant le fichier de données campagne/lyon.yaml
            """)
    }
}
