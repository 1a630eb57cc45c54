import Native
import Testing

@Suite("French hyphenation")
struct HyphenatorTests {
    let hyphenator = try! Hyphenator()

    func hyphenated(_ word: String) -> String {
        var result = ""
        let points = Set(hyphenator.breakPoints(word))
        for (index, character) in word.enumerated() {
            if points.contains(index) { result += "-" }
            result.append(character)
        }
        return result
    }

    @Test("break points follow French syllables", arguments: [
        ("établissement", "éta-blis-se-ment"),
        ("apprentissage", "ap-pren-tis-sage"),
        ("professionnel", "pro-fes-sion-nel"),
        ("hôtellerie", "hô-tel-le-rie"),
    ])
    func frenchBreaks(word: String, expected: String) {
        #expect(hyphenated(word) == expected)
    }

    @Test("capitalised words break like their lower-case form")
    func capitalised() {
        #expect(hyphenator.breakPoints("Établissement") == hyphenator.breakPoints("établissement"))
    }

    @Test("a missing dictionary is an error naming the Debian package")
    func missingDictionary() {
        #expect(throws: NativeError.self) { _ = try Hyphenator(dictionaryPath: "/nonexistent/hyph_fr.dic") }
    }
}
