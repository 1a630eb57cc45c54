import Foundation
import Testing
@testable import Templates

@Suite("Variables a template may read")
struct VariablesReadTests {
    @Test("the names at the start of every path of values, conditions, loops and filter arguments, through includes and extends")
    func namesThroughIncludesAndExtends() throws {
        let national = try TemplateFolder([
            "certificat.xml": """
                <document title="{{ certificat.numero }}">
                {% block corps %}<p>{{ etablissement.adresse.commune|upper }}</p>{% endblock %}
                {% include "pied.xml" %}
                </document>
                """,
            "pied.xml": "{% if decision.issue == \"refus\" and not campagne.logo %}<p>{{ signataire.titre|default:label.intitule }}</p>{% endif %}",
        ])
        let academie = try TemplateFolder([
            "certificat.xml": """
                {% extends "certificat.xml" %}
                {% block corps %}{% for f in formations where f.niveau > echelles.niveaux %}<p>{{ f.diplome }} {{ forloop.counter }} {{ 'totaux' }}</p>{% endfor %}{% endblock %}
                """,
        ])
        let engine = TemplateEngine(searchPaths: [academie.url, national.url])
        #expect(engine.variablesRead(templateNamed: "certificat.xml") == [
            "certificat", "etablissement", "upper", "decision", "campagne", "signataire", "default", "label",
            "f", "formations", "echelles", "forloop", "and", "not", "in", "where",
        ])
    }

    @Test("nil when a template the walk reaches cannot be loaded")
    func unknownInclude() throws {
        let folder = try TemplateFolder(["t.xml": "<document>{% include \"absent.xml\" %}</document>"])
        #expect(TemplateEngine(searchPaths: [folder.url]).variablesRead(templateNamed: "t.xml") == nil)
    }
}
