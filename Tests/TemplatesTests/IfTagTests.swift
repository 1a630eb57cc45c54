import DocumentTree
import Testing
@testable import Templates

/// `{% if %}` decides with Stencil's rules: truth of a path, `not`, `==` or `!=` a literal,
/// `and`, `or`, `<`, `in`.
@Suite struct IfTagTests {
    static var context: [String: Any] { [
        "nom": "Lycée Mandela", "vide": "", "zero": 0, "trois": 3, "negatif": -2, "demi": 0.5, "oui": true, "non": false,
        "liste": ["CAP", "Bac pro"], "aucune": [Any](), "ecole": ["uai": "0061681V", "effectif": 412] as [String: Any],
    ] }

    /// The text of the first paragraph of `{% if condition %}oui{% else %}non{% endif %}`.
    func decide(_ condition: String) throws -> String {
        let document = try render("<p>{% if \(condition) %}oui{% else %}non{% endif %}</p>", context: Self.context)
        return document.body.first?.paragraph?.content.first.map { if case .text(let text, _) = $0 { text } else { "" } } ?? ""
    }

    @Test("truth, negation and comparison with a literal, as Stencil has them", arguments: [
        ("nom", "oui"), ("vide", "non"), ("absent", "non"), ("zero", "non"), ("trois", "oui"), ("negatif", "non"),
        ("demi", "oui"), ("oui", "oui"), ("non", "non"), ("liste", "oui"), ("aucune", "non"), ("ecole", "oui"),
        ("ecole.absent", "non"), ("liste.count", "oui"), ("aucune.count", "non"),
        ("not nom", "non"), ("not absent", "oui"), ("not aucune", "oui"),
        ("ecole.uai == \"0061681V\"", "oui"), ("ecole.uai != \"0061681V\"", "non"), ("ecole.effectif == 412", "oui"),
        ("ecole.effectif != \"\"", "oui"), ("vide == \"\"", "oui"), ("trois == 3.0", "oui"), ("absent == \"\"", "non"),
        ("oui == true", "oui"), ("liste.count == 2", "oui"), ("nom|lowercase == \"lycée mandela\"", "oui"),
        // Left to Stencil's expressions.
        ("trois > 2 and nom", "oui"), ("zero or vide", "non"), ("\"CAP\" in liste", "oui"), ("not (trois < 2)", "oui"),
    ])
    func decides(condition: String, expected: String) throws {
        #expect(try decide(condition) == expected, "\(condition)")
    }

    @Test("elif and else branches, and a missing endif named")
    func branches() throws {
        let template = "<p>{% if zero %}a{% elif vide %}b{% elif trois == 3 %}c{% else %}d{% endif %}</p>"
        #expect(try render(template, context: Self.context).body.first?.paragraph == Paragraph("c"))
        let (error, _) = try templateError(["t.xml": "<document>\n{% if nom %}<p>x</p>\n</document>\n"], context: Self.context)
        #expect(error?.message.contains("endif") == true, "\(String(describing: error))")
    }
}
