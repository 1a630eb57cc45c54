import Native
import Testing

@Suite("Hyphenation dictionaries by language")
struct HyphenationLanguageTests {
    @Test("a language tag finds its region's dictionary, else its language's, else none",
          arguments: [("fr", "hyph_fr.dic"), ("fr-CA", "hyph_fr_CA.dic"), ("fr-XX", "hyph_fr.dic"), ("en-US", "hyph_en_US.dic"),
                      ("en", "hyph_en.dic"), ("EN_us", "hyph_en_US.dic"), ("xx", nil), ("", nil), ("../fr", nil)])
    func dictionaryOfALanguage(language: String, file: String?) {
        #expect(Hyphenator.dictionary(for: language) == file.map { "/usr/share/hyphen/\($0)" })
    }

    @Test("English words break at English points, not French ones")
    func englishRules() throws {
        let english = try Hyphenator(dictionaryPath: try #require(Hyphenator.dictionary(for: "en-US")))
        let french = try Hyphenator()
        #expect(english.breakPoints("hyphenation") == [2, 6])
        #expect(french.breakPoints("hyphenation") != english.breakPoints("hyphenation"))
    }
}
