import DocumentTree
import Testing
@testable import Templates

private let raised = InlineStyle(superscript: true)

/// Abbreviated ordinals typed in French text get their letters raised, as date_sup does for dates, in
/// the forms French print uses.
@Suite struct FrenchOrdinalTests {
    @Test(arguments: [
        ("<p>élèves de 2e année</p>", [Inline.text("élèves de 2"), .text("e", raised), .text("\u{00A0}année")]),
        ("<p>Article 1er.</p>", [.text("Article\u{00A0}1"), .text("er", raised), .text(".")]),
        ("<p>la 1re et la 2nde</p>", [.text("la 1"), .text("re", raised), .text("\u{00A0}et la 2"), .text("nde", raised)]),
        ("<p>classes de 2de/1re</p>", [.text("classes de 2"), .text("de", raised), .text("/1"), .text("re", raised)]),
        ("<p>(21es rencontres)</p>", [.text("(21"), .text("es", raised), .text("\u{00A0}rencontres)")]),
        ("<p>les 1ers lauréats, le 1 000e</p>",
         [.text("les 1"), .text("ers", raised), .text("\u{00A0}lauréats, le 1\u{202F}000"), .text("e", raised)]),
        ("<p><b>3e</b> prépa-métiers</p>", [.text("3", .bold), .text("e", InlineStyle(bold: true, superscript: true)), .text(" prépa-métiers")]),
        ("<p>au XXIe siècle, sous la Ve République</p>",
         [.text("au XXI"), .text("e", raised), .text("\u{00A0}siècle, sous la V"), .text("e", raised), .text("\u{00A0}République")]),
        ("<p>le collège François Ier</p>", [.text("le collège François\u{00A0}I"), .text("er", raised)]),
        // The forms French print does not use become its own.
        ("<p>la 2ème année, la 1ère, les 3èmes, la 2ieme, le XIXème siècle</p>",
         [.text("la 2"), .text("e", raised), .text("\u{00A0}année, la 1"), .text("re", raised), .text(", les 3"), .text("es", raised),
          .text(", la 2"), .text("e", raised), .text(", le XIX"), .text("e", raised), .text("\u{00A0}siècle")]),
        // Already raised by hand: left as it is.
        ("<p>Article 1<sup>er</sup></p>", [.text("Article\u{00A0}1"), .text("er", raised)]),
    ])
    func raisesOrdinalLetters(body: String, expected: [Inline]) throws {
        #expect(try render(body).body.first?.paragraph?.content == expected)
    }

    @Test(arguments: [
        "le 1e rang et le 1ème",  // the gender is not known
        "la 2èmeannée",
        "le 21er",
        "une 3d et un plan 2D",
        "1e5 et 2,5e",
        "v2e et 12-3e",
        "2enfants",
        "Vie lycéenne, Ce jour, De même, Me Roux",
        "la IIIIe et la XVIVe",
        "voir https://exemple.fr/2e/ ou 2e@exemple.fr",
    ])
    func leavesWhatIsNoOrdinal(text: String) throws {
        let content = try render("<p>\(text)</p>").body.first?.paragraph?.content
        #expect(content?.count == 1)
    }

    @Test func onlyInFrench() throws {
        #expect(try render("<p>the 2e edition</p>", lang: "en").body.first?.paragraph?.content == [.text("the 2e edition")])
    }
}
