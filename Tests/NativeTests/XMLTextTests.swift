import Native
import Testing

@Suite("XML text")
struct XMLTextTests {
    @Test("&, < and > become entities; everything else, accents and quotes included, is kept", arguments: [
        ("Lycée « Les Eucalyptus »", "Lycée « Les Eucalyptus »"),
        ("R&D <b>n’est</b> > 2", "R&amp;D &lt;b&gt;n’est&lt;/b&gt; &gt; 2"),
        ("\"l'élève\" & l’école", "\"l'élève\" &amp; l’école"),
        ("", ""),
    ])
    func escaped(text: String, expected: String) {
        #expect(XMLText.escaped(text) == expected)
    }
}
