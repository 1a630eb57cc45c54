@testable import Finish
import Testing

@Suite("An artifact's marked content becomes /Artifact in the content stream")
struct ArtifactMarkingTests {
    func rewritten(_ content: String, _ mcids: Set<Int>) -> String? {
        ArtifactMarking(content: Array(content.utf8), mcids: mcids).rewritten().map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("the artifacts' MCIDs are rewritten, the others and their EMC are kept")
    func rewritesArtifacts() {
        let content = "/Private << /MCID 0 >> BDC 0 0 m 1 1 l S EMC\n/P << /MCID 1 >> BDC (a) Tj EMC\n/Private <</MCID 12>>BDC f EMC"
        #expect(rewritten(content, [0, 12]) == "/Artifact BMC 0 0 m 1 1 l S EMC\n/P << /MCID 1 >> BDC (a) Tj EMC\n/Artifact BMC f EMC")
        #expect(rewritten(content, [0]) == "/Artifact BMC 0 0 m 1 1 l S EMC\n/P << /MCID 1 >> BDC (a) Tj EMC\n/Private <</MCID 12>>BDC f EMC")
    }

    @Test("nothing to rewrite gives nil")
    func nothingToRewrite() {
        #expect(rewritten("/P << /MCID 1 >> BDC (a) Tj EMC", [1]) == nil)
        #expect(rewritten("/Private << /MCID 3 >> BDC f EMC", [4]) == nil)
    }

    @Test("text that reads like the operator, in a literal or hex string, is left alone", arguments: [
        "(/Private << /MCID 0 >> BDC) Tj", "(a \\) /Private << /MCID 0 >> BDC) Tj", "(a (b) /Private << /MCID 0 >> BDC) Tj",
    ])
    func stringsAreSkipped(content: String) {
        #expect(rewritten(content, [0]) == nil)
    }
}
