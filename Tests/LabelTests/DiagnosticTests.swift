import Testing
@testable import Label

@Suite("Diagnostic printing")
struct DiagnosticTests {
    @Test func printsLikeACompilerWithIndentedNotes() {
        let diagnostic = Diagnostic(.error, at: SourceLocation(file: "dossiers/0060034E.yaml", line: 12, column: 5),
                                    "clé inconnue « intitul »", notes: [.note("dans « label »"), .hint("vouliez-vous dire « intitule » ?")])
        #expect(diagnostic.description == """
            dossiers/0060034E.yaml:12:5: erreur : clé inconnue « intitul »
              note : dans « label »
              suggestion : vouliez-vous dire « intitule » ?
            """)
    }

    @Test func sortsByFileThenPosition() {
        let a = Diagnostic(.warning, at: SourceLocation(file: "b.yaml", line: 1, column: 1), "w")
        let b = Diagnostic(.error, at: SourceLocation(file: "a.yaml", line: 10, column: 2), "e")
        let c = Diagnostic(.error, at: SourceLocation(file: "a.yaml", line: 2, column: 30), "e")
        #expect([a, b, c].sortedByPosition() == [c, b, a])
    }
}
