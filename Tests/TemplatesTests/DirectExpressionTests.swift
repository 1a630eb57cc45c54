import Stencil
import Testing
@testable import Templates

/// `{{ }}` expressions that are a plain path are evaluated without Stencil's general resolution;
/// they must find what Stencil finds, and leave to Stencil what they cannot look into.
@Suite struct DirectExpressionTests {
    struct Signature { var lieu = "Nice" }

    let context = Context(dictionary: TemplateObject.context([
        "etablissement": ["nom": "Lycée Jean Moulin", "adresse": ["commune": "Lyon"], "effectif": 412],
        "formations": [["diplome": "CAP"], ["diplome": "Bac pro"]],
        "vide": [Any](),
        "nom": "Mandela",
        "signature": Signature(),
        "forloop": ["counter": 2, "first": false] as [String: Any],
    ]))

    @Test("a path finds what Stencil finds: keys, list positions, first, last, count, absent keys")
    func sameValuesAsStencil() throws {
        let paths = ["etablissement.nom", "etablissement.adresse.commune", "etablissement.effectif", "etablissement.absent",
                     "absent.nom", "formations.count", "formations.0.diplome", "formations.1.diplome", "formations.5.diplome",
                     "formations.first.diplome", "formations.last.diplome", "vide.count", "vide.first", "nom.count",
                     "forloop.counter", "forloop.first", "etablissement.adresse.count"]
        for path in paths {
            let direct = try #require(DirectExpression(FilterChain(path), filters: [:]), "\(path)")
            guard case .value(let value) = direct.resolvePath(in: context) else {
                Issue.record("\(path) was handed back to Stencil")
                continue
            }
            let stencil = try Variable(path).resolve(context)
            #expect(value.map { "\($0)" } == stencil.map { "\($0)" }, "\(path)")
        }
    }

    @Test("a structure, a literal, block.super or one of Stencil's own filters go to Stencil")
    func leftToStencil() throws {
        let signature = try #require(DirectExpression(FilterChain("signature.lieu"), filters: [:]))
        guard case .unsupported = signature.resolvePath(in: context) else { Issue.record("a structure was looked into"); return }
        for expression in ["\"texte\"", "12", "true", "block.super", "nom|lowercase", "formations[0]", "a..b"] {
            #expect(DirectExpression(FilterChain(expression), filters: [:]) == nil, "\(expression)")
        }
    }

    @Test("the engine's filters and default apply in turn, with their arguments")
    func filters() throws {
        let filters = ["entoure": TemplateFilter { value, arguments in
            "\(arguments.first.flatMap { $0 } ?? "")\(value ?? "")\(arguments.last.flatMap { $0 } ?? "")" }]
        let chain = try #require(DirectExpression(FilterChain("nom|entoure:\"« \", \" »\""), filters: filters))
        guard case .value(let value) = chain.resolvePath(in: context) else { Issue.record("not resolved"); return }
        #expect(try chain.applyFilters(to: value, in: context) as? String == "« Mandela »")
        let fallback = try #require(DirectExpression(FilterChain("etablissement.absent|default:\"—\""), filters: filters))
        #expect(try fallback.applyFilters(to: nil, in: context) as? String == "—")
        #expect(try fallback.applyFilters(to: "x", in: context) as? String == "x")
    }
}
