import DocumentTree
import Testing
@testable import Templates

private let nbsp = "\u{00A0}"

/// Straight double quotes typed in French text become guillemets when they pair up; hyphens typed
/// between spaces become the dashes of an aside.
@Suite struct FrenchQuoteAndDashTests {
    @Test(arguments: [
        ("<p>le projet \"Erasmus+\" du lycée</p>", [Inline.text("le projet «\(nbsp)Erasmus+\(nbsp)» du lycée")]),
        ("<p>il a dit : \"Oui !\"</p>", [.text("il a dit\(nbsp): «\(nbsp)Oui\u{202F}!\(nbsp)»")]),
        ("<p>«Vraiment?»</p>", [.text("«\(nbsp)Vraiment\u{202F}?\(nbsp)»")]),
        ("<p>\"<i>Lycée des métiers</i>\", puis \"le label\".</p>",
         [.text("«\(nbsp)"), .text("Lycée des métiers\(nbsp)", .italic), .text("», puis «\(nbsp)le label\(nbsp)».")]),
    ])
    func pairsStraightQuotes(body: String, expected: [Inline]) throws {
        #expect(try render(body).body.first?.paragraph?.content == expected)
    }

    @Test(arguments: [
        "écrans de 24\" et de 27\"",  // inch marks
        "un \"seul guillemet",
        "\"un\" et \"deux",
        "mal \" placés \"",
    ])
    func leavesQuotesThatDoNotPair(text: String) throws {
        #expect(try render("<p>\(text)</p>").body.first?.paragraph?.content == [.text(text)])
    }

    @Test(arguments: [
        ("<p>Lycée Pasteur - Nice</p>", [Inline.text("Lycée Pasteur \u{2013}\(nbsp)Nice")]),
        // An opening dash stays with the word after it, a closing one with the word before it.
        ("<p>le label - <b>attribué</b> en 2026 - est</p>",
         [.text("le label \u{2013}\(nbsp)"), .text("attribué", .bold), .text(" en 2026\(nbsp)\u{2013} est")]),
        ("<p>2026-2027, Saint-Martin-d'Hères, -5 et a -b, x- y, -- et ---</p>",
         [.text("2026-2027, Saint-Martin-d\u{2019}Hères, -5 et a -b, x- y, -- et ---")]),
    ])
    func dashesOfAnAside(body: String, expected: [Inline]) throws {
        #expect(try render(body).body.first?.paragraph?.content == expected)
    }

    @Test func onlyInFrench() throws {
        #expect(try render("<p>the \"label\" - here</p>", lang: "en").body.first?.paragraph?.content == [.text("the \"label\" - here")])
    }
}
