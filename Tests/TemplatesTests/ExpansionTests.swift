import DocumentTree
import Testing
@testable import Templates

@Suite struct ExpansionTests {
    @Test func valuesAreEscapedAndPrintAsIs() throws {
        let name = "Arts & Métiers <Sud> \"L'Atelier\""
        let document = try render("<p>{{ nom }}</p><qrcode text=\"{{ nom }}\"/>", context: ["nom": name], lang: "en")
        #expect(document.body[0].paragraph?.content == [.text(name)])
        var code = QRCodeBlock(text: name)
        code.alternative = "Code QR : \(name)"
        #expect(document.body[1] == .qrCode(code))
    }

    @Test func escapingKeepsTextAndDropsOnlyMarkers() {
        #expect(XMLEscaping.escape("Arts & Métiers <Sud> \"L'Atelier\"") == "Arts &amp; Métiers &lt;Sud&gt; &quot;L&apos;Atelier&quot;")
        #expect(XMLEscaping.escape("x\u{F8F0}1,2,3\u{F8F1}y\u{F8F3}z\u{F8F2}") == "x1,2,3yz")
        // Other characters encoded EF … in UTF-8 stay (U+F8FF, U+FFFD, U+FB01).
        #expect(XMLEscaping.escape("\u{F8FF}\u{FFFD}\u{FB01} «\u{A0}é\u{A0}» 12\u{202F}%") == "\u{F8FF}\u{FFFD}\u{FB01} «\u{A0}é\u{A0}» 12\u{202F}%")
    }

    @Test func safeAndRawPrintXML() throws {
        let document = try render("<p>{{ a|safe }} {{ b|raw }}</p>", context: ["a": "<b>gras</b>", "b": "<i>it</i>"])
        #expect(document.body[0].paragraph?.content == [.text("gras", .bold), .text(" "), .text("it", .italic)])
    }

    @Test func loopsConditionsAndNestedValues() throws {
        let context: [String: Any] = [
            "etablissement": ["nom": "Lycée Jean Moulin", "ville": "Lyon"],
            "formations": [["diplome": "CAP"], ["diplome": "Bac pro"]],
        ]
        let document = try render("""
            <h1>{{ etablissement.nom }} ({{ etablissement.ville }})</h1>
            {% for f in formations %}<p>{{ forloop.counter }}. {{ f.diplome }}</p>{% endfor %}
            {% if etablissement.logo %}<p>logo</p>{% endif %}
            """, context: context)
        #expect(document.body == [
            .heading(Heading(level: 1, [.text("Lycée Jean Moulin (Lyon)")])),
            .paragraph(Paragraph("1. CAP")), .paragraph(Paragraph("2. Bac pro")),
        ])
    }

    @Test func defaultAcceptsAMissingValue() throws {
        let document = try render("<p>{{ absent|default:\"—\" }}</p>")
        #expect(document.body[0].paragraph?.content == [.text("—")])
    }

    @Test func whitespaceControlTrims() throws {
        let folder = try TemplateFolder(["t.xml": "<document><p>a\n  {%- if true -%}\n  b  {%- endif %}</p></document>"])
        #expect(try TemplateEngine(searchPaths: [folder.url]).expand(templateNamed: "t.xml", context: [:])
                == "<document><p>ab</p></document>")
    }

    @Test func theTemplatesNewlinesComeOutAsTheyWere() throws {
        let lines = (1...400).map { "<p>ligne \($0)</p>" }
        let folder = try TemplateFolder(["t.xml": "<document>\n\(lines.joined(separator: "\n"))\n{% for x in xs %}{{ x }}\n{% endfor %}</document>"])
        let expanded = try TemplateEngine(searchPaths: [folder.url]).expand(templateNamed: "t.xml", context: ["xs": ["a", "b"]])
        #expect(expanded == "<document>\n\(lines.joined(separator: "\n"))\na\nb\n</document>")
    }

    @Test func extendsOverridesOnlyOneBlock() throws {
        let national = try TemplateFolder([
            "certificat.xml": """
            <document>
            {% block entete %}<p>Entête nationale</p>{% endblock %}
            <p>Corps {{ x }}</p>
            {% block pied %}<p>Pied</p>{% endblock %}
            </document>
            """,
        ])
        let academie = try TemplateFolder([
            "certificat.xml": """
            {% extends "certificat.xml" %}
            {% block entete %}<p>Entête de Lyon</p>{{ block.super }}{% endblock %}
            """,
        ])
        let engine = TemplateEngine(searchPaths: [academie.url, national.url])
        let document = try engine.render(templateNamed: "certificat.xml", context: ["x": "1"])
        #expect(document.body == [
            .paragraph(Paragraph("Entête de Lyon")), .paragraph(Paragraph("Entête nationale")),
            .paragraph(Paragraph("Corps 1")), .paragraph(Paragraph("Pied")),
        ])
        let national2 = try TemplateEngine(searchPaths: [national.url]).render(templateNamed: "certificat.xml", context: ["x": "2"])
        #expect(national2.body.first == .paragraph(Paragraph("Entête nationale")))
    }

    @Test func includeInsertsAnotherTemplate() throws {
        let folder = try TemplateFolder([
            "t.xml": "<document>\n{% include \"signature.xml\" %}\n</document>",
            "signature.xml": "<p>{{ signataire }}</p>",
        ])
        let document = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: ["signataire": "La rectrice"])
        #expect(document.body == [.paragraph(Paragraph("La rectrice"))])
    }

    @Test func callerFiltersAreApplied() throws {
        let shout = TemplateFilter("en capitales, avec un point d'exclamation", example: "{{ \"ab\"|shout }}", gives: "AB!") { value in "\(value ?? "")!".uppercased() }
        let repeatFilter = TemplateFilter("répété", example: "{{ \"ab\"|repeat:2 }}", gives: "abab") { value, arguments in
            String(repeating: "\(value ?? "")", count: arguments.first.flatMap { $0 as? Int } ?? 1)
        }
        let document = try render("<p>{{ nom|shout }} {{ nom|repeat:2 }}</p>", context: ["nom": "ab"], lang: "en",
                                  filters: ["shout": shout, "repeat": repeatFilter])
        #expect(document.body[0].paragraph?.content == [.text("AB! abab")])
    }

    @Test func aFilterErrorIsPlacedAtTheValue() throws {
        let failing = TemplateFilter("refuse tout", example: "{{ 1|date }}", gives: "") { _ in throw FilterError("pas une date") }
        let folder = try TemplateFolder(["t.xml": "<document>\n  <p>{{ d|date }}</p>\n</document>"])
        #expect(throws: TemplateError(path: folder.path("t.xml"), line: 2, column: 9, message: "dans « d|date » : pas une date")) {
            try TemplateEngine(searchPaths: [folder.url], filters: ["date": failing]).render(templateNamed: "t.xml", context: ["d": 1])
        }
    }
}
