import DocumentTree
import Layout
import Native
import Pages
import Testing

/// The document's `lang` chooses the hyphenation dictionary (and Pango's language).
@Suite("The document's language")
struct LanguageTests {
    static let english = "Information technology departments coordinate international examinations, "
        + "administrative responsibilities and characteristically comprehensive documentation."

    /// `text` set 110pt wide (`width`: the page's, with 50pt margins).
    func lines(_ text: String, language: String, width: Points = 210) throws -> [TextLine] {
        var metadata = Metadata()
        metadata.language = language
        let master = PageMaster(name: "m", size: PageSize(width: width, height: 2000), margins: Insets(all: 50))
        return try layout(Document(metadata: metadata, masters: [master], body: [.paragraph(Paragraph(text))]))
            .pages.flatMap(\.lines)
    }

    /// The words cut at line ends, as (first part, whole word).
    func cuts(_ lines: [TextLine]) -> [(String, String)] {
        zip(lines, lines.dropFirst()).compactMap { line, next in
            guard line.text.hasSuffix("-"), let head = line.text.dropLast().split(separator: " ").last,
                  let tail = next.text.split(separator: " ").first else { return nil }
            return (String(head), String(head) + tail.trimmingCharacters(in: .punctuationCharacters))
        }
    }

    @Test("an English document is hyphenated by English rules")
    func englishDocument() throws {
        let set = try lines(Self.english, language: "en-GB")
        let cut = cuts(set)
        #expect(!cut.isEmpty)
        // English points of these words (hyph_en_GB falls back to hyph_en): never a French-only one such as « docu-mentation ».
        let english = ["infor-mation", "tech-nol-ogy", "de-part-ments", "co-or-di-nate", "in-ter-na-tional", "ex-am-i-na-tions",
                       "ad-min-is-tra-tive", "re-spon-si-bil-i-ties", "char-ac-ter-is-ti-cally", "com-pre-hen-sive", "doc-u-men-ta-tion"]
        for (head, word) in cut {
            let allowed = english.first { $0.replacingOccurrences(of: "-", with: "") == word.lowercased() }
            let points = allowed.map { $0.split(separator: "-").dropLast().reduce(into: [Int]()) { $0.append(($0.last ?? 0) + $1.count) } }
            #expect(points?.contains(head.count) == true, "\(head)- of \(word)")
        }
    }

    @Test("lang=\"en\" hyphenates with the English dictionary and lang=\"fr-FR\" with the French one, never the other's",
          arguments: [("en", "fr"), ("fr-FR", "en")])
    func dictionaryOfTheLanguage(language: String, other: String) throws {
        let own = try Hyphenator(dictionaryPath: try #require(Hyphenator.dictionary(for: language)))
        let others = try Hyphenator(dictionaryPath: try #require(Hyphenator.dictionary(for: other)))
        // A narrow measure, so that most long words are cut.
        let cut = cuts(try lines(Self.english, language: language, width: 170))
        #expect(!cut.isEmpty)
        for (head, word) in cut { #expect(own.breakPoints(word).contains(head.count), "\(head)- of \(word)") }
        // Some cut the other dictionary would not make: the two languages' lines are told apart.
        #expect(cut.contains { head, word in !others.breakPoints(word).contains(head.count) }, "\(cut)")
    }

    @Test("a language without a dictionary is not hyphenated by another language's rules")
    func languageWithoutDictionary() throws {
        #expect(cuts(try lines(Self.english, language: "fr")).count > 0)
        #expect(try lines(Self.english, language: "xx").allSatisfy { !$0.text.hasSuffix("-") })
    }
}
