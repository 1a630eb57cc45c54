import Testing
@testable import Templates

@Suite struct TemplateErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        var template: String
        var line: Int
        var column: Int
        var message: String
        var hints: [String] = []
        var description: String { message }
    }

    @Test(arguments: [
        Case(template: "<document>\n  <para>x</para>\n</document>", line: 2, column: 3, message: "élément inconnu <para>"),
        Case(template: "<document>\n  <image scr=\"a.png\"/>\n</document>", line: 2, column: 10,
             message: "attribut « scr » inconnu sur <image>"),
        Case(template: "<document>\n<table columns=\"1fr\">\n  <row><cell>x</row>\n</table>\n</document>", line: 3, column: 8,
             message: "élément <cell> jamais fermé (</row> trouvé ligne 3)"),
        Case(template: "<document>\n  <p>x\n", line: 2, column: 3, message: "élément <p> jamais fermé"),
        Case(template: "<document>\n  <spacer height=\"3km\"/>\n</document>", line: 2, column: 11,
             message: "valeur « 3km » invalide pour l'attribut « height » de <spacer> : une longueur est attendue, comme 12pt, 5mm, 2.5cm ou 1in"),
        Case(template: "<document>\n  <p>{{ etablissement.nom|majuscules }}</p>\n</document>", line: 2, column: 27,
             message: "filtre inconnu « majuscules »"),
        Case(template: "<document>\n  <p>{{ etablissement.nmo }}</p>\n</document>", line: 2, column: 9,
             message: "variable non définie « etablissement.nmo »",
             hints: ["vouliez-vous dire « etablissement.nom » ?"]),
        Case(template: "<document>\n  {% for f in formation %}<p/>{% endfor %}\n</document>", line: 2, column: 15,
             message: "variable non définie « formation »",
             hints: ["une valeur facultative s'imprime avec « |default:\"…\" » ou dans « {% if formation %} »"]),
        Case(template: "<document>\n  <p>{{ inconnu }}</p>\n</document>", line: 2, column: 9, message: "variable non définie « inconnu »",
             hints: ["une valeur facultative s'imprime avec « |default:\"…\" » ou dans « {% if inconnu %} »"]),
        Case(template: "<document>\n<p><cell>x</cell></p>\n</document>", line: 2, column: 4, message: "<cell> ne peut pas se trouver dans <p>"),
        Case(template: "<document>\n  <image src=\"logo.png\"/>\n</document>", line: 2, column: 10,
             message: "fichier image « logo.png » introuvable"),
        Case(template: "<document>\n  <qrcode size=\"2cm\"/>\n</document>", line: 2, column: 3,
             message: "l'attribut « text » manque à <qrcode>"),
        Case(template: "<document>\n  {% fro x in y %}\n</document>", line: 2, column: 6, message: "balise inconnue « fro »",
             hints: ["vouliez-vous dire « for » ?"]),
        Case(template: "<document>\n  {% if etablissement.nom %}\n  <p>x</p>{% endiff %}\n</document>", line: 3, column: 14,
             message: "balise inconnue « endiff »", hints: ["vouliez-vous dire « endif » ?"]),
        Case(template: "<document>\n  {% block corps %}{% iff etablissement.nom %}<p>x</p>{% endif %}{% endblock %}\n</document>",
             line: 2, column: 23, message: "balise inconnue « iff »", hints: ["vouliez-vous dire « if » ?"]),
        Case(template: "<document>\n  {% if etablissement.nom|bogus %}{% endif %}\n</document>", line: 2, column: 9,
             message: "filtre inconnu « bogus »"),
        Case(template: "<document>\n  {% for x in etablissement %}\n  {% endfor %}\n  {% endfor %}\n</document>", line: 4, column: 3,
             message: "« {% endfor %} » ne ferme aucun « {% for %} »"),
    ])
    func errorIsPlacedInTheTemplate(_ example: Case) throws {
        let (error, folder) = try templateError(["t.xml": example.template], context: ["etablissement": ["nom": "Lycée"]])
        #expect(error == TemplateError(path: folder.path("t.xml"), line: example.line, column: example.column, message: example.message,
                                       hints: example.hints))
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
                                       message: "valeur « 2km » invalide pour l'attribut « height » de <spacer> : une longueur est attendue, comme 12pt, 5mm, 2.5cm ou 1in"))
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
        #expect(inBlock == TemplateError(path: folder2.path("t.xml"), line: 3, column: 9, message: "variable non définie « manquant »",
                                         hints: ["une valeur facultative s'imprime avec « |default:\"…\" » ou dans « {% if manquant %} »"]))
    }

    /// Stencil sees long runs of the text as one line (see `SourcePreprocessor`): its own errors and
    /// the values' still land on the right line and column, hundreds of lines down.
    @Test func positionsHoldDeepInALongTemplate() throws {
        let filler = (1...300).map { "  <p>Ligne \($0) : texte ordinaire de la trame.</p>" }.joined(separator: "\n")
        let (tag, folder) = try templateError(["t.xml": "<document>\n\(filler)\n  <p>x</p> {% fro x in y %}\n</document>"])
        #expect(tag == TemplateError(path: folder.path("t.xml"), line: 302, column: 15, message: "balise inconnue « fro »",
                                     hints: ["vouliez-vous dire « for » ?"]))
        let (value, folder2) = try templateError(["t.xml": "<document>\n\(filler)\n\(filler)\n    <p>{{ absent }}</p>\n</document>"])
        #expect(value == TemplateError(path: folder2.path("t.xml"), line: 602, column: 11, message: "variable non définie « absent »",
                                       hints: ["une valeur facultative s'imprime avec « |default:\"…\" » ou dans « {% if absent %} »"]))
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
            \(folder.path("t.xml")):2:7: erreur : variable non définie « x »
              note : en produisant le fichier de données campagne/lyon.yaml
              suggestion : une valeur facultative s'imprime avec « |default:"…" » ou dans « {% if x %} »
            """)
    }

    /// The printed form, as `ldm` shows it: `fichier:ligne:col: erreur : …` and the suggestion.
    @Test("a few diagnostics, printed in full", arguments: [
        ("<document>\n  <p>{{ texte|markdwn }}</p>\n</document>", "t.xml:2:15: erreur : filtre inconnu « markdwn »\n  suggestion : vouliez-vous dire « markdown » ?"),
        ("<document>\n<p>Lycée&nbps;Jean Moulin</p>\n</document>", "t.xml:2:9: erreur : référence de caractère inconnue « &nbps; »\n  suggestion : vouliez-vous dire « &nbsp; » ?"),
        ("<document>\n  <p>{{ texte|markdown:9 }}</p>\n</document>", "t.xml:2:9: erreur : dans « texte|markdown:9 » : markdown : le niveau des premiers titres va de 1 à 6 (trouvé : « 9 »)"),
        ("<document>\n  <p>{{ etablissement.adresse.comune }}</p>\n</document>", "t.xml:2:9: erreur : variable non définie « etablissement.adresse.comune »\n  suggestion : vouliez-vous dire « etablissement.adresse.commune » ?"),
        ("<document>\n  <p>a &amp b</p>\n</document>", "t.xml:2:8: erreur : « & » doit commencer une référence comme « &nbsp; »\n  suggestion : écrire « &amp; » pour le caractère « & »"),
        ("<document>\n  <box border-color=\"bleu\"/>\n</document>", "t.xml:2:8: erreur : valeur « bleu » invalide pour l'attribut « border-color » de <box> : une couleur est attendue, comme #000091, ou black, white"),
        ("<document>\n  {% for f in formations %}<p/>\n</document>", "t.xml:2:3: erreur : « {% for %} » n'est jamais fermé : « {% endfor %} » manque"),
        ("<document>\n  <p>{{ texte </p>\n</document>", "t.xml:2:6: erreur : balise « {{ » jamais fermée : « }} » manque"),
    ])
    func printedDiagnostic(template: String, printed: String) throws {
        let context: [String: Any] = ["texte": "x", "formations": [], "etablissement": ["adresse": ["commune": "Nice"]]]
        let (error, folder) = try templateError(["t.xml": template], context: context)
        #expect(error?.description == folder.url.path + "/" + printed)
    }

    @Test func aThemeColourMistakeIsPlacedAtItsValue() throws {
        let (error, folder) = try templateError([
            "theme.yaml": "colours:\n  rouge-marianne: \"#E1000F\"\n  bleu-france: \"#000091\"\nstyles:\n  h1: { colour: bleu }\n",
            "t.xml": "<document theme=\"theme.yaml\"/>",
        ])
        #expect(error?.description == folder.path("theme.yaml") + ":5:17: erreur : valeur « bleu » invalide pour « colour » : "
            + "une couleur est attendue, comme #000091, ou black, white, bleu-france, rouge-marianne")
    }
}
