import DocumentTree
import Layout
import Pages
import Testing

/// Display paragraphs (centred, never hyphenated) keep the line count of their full measure, with
/// lines of similar length broken at natural points.
@Suite("Display lines")
struct DisplayLineTests {
    /// The lines of one centred, unhyphenated paragraph `width` points wide, no-break spaces read as spaces.
    func lines(_ text: String, width: Points, language: String = "fr") throws -> [String] {
        var style = TextStyle()
        style.alignment = .center
        style.hyphenate = false
        let master = PageMaster(name: "m", size: PageSize(width: width + 40, height: 800), margins: Insets(all: 20))
        var metadata = Metadata()
        metadata.language = language
        let document = try layout(Document(metadata: metadata, styles: StyleSheet(["body": style]),
                                           masters: [master], body: [.paragraph(Paragraph(text))]))
        return document.pages.flatMap(\.lines).map { $0.text.replacingOccurrences(of: "\u{A0}", with: " ") }
    }

    @Test("a display paragraph breaks at its natural point", arguments: [
        ("Label en vigueur jusqu’au 31 août 2026\u{A0}: «\u{A0}Lycée des métiers de l’hôtellerie et de la restauration\u{A0}»",
         ["Label en vigueur jusqu’au 31 août 2026 :", "« Lycée des métiers de l’hôtellerie et de la restauration »"]),
        ("Lycée des métiers du tourisme, de l’hôtellerie et de la restauration",
         ["Lycée des métiers du tourisme,", "de l’hôtellerie et de la restauration"]),
        ("Lycée des métiers de la production et de la maintenance industrielles",
         ["Lycée des métiers de la production", "et de la maintenance industrielles"]),
    ])
    func naturalPoint(text: String, expected: [String]) throws {
        // Wide enough for the longer of the expected lines, too narrow for the whole paragraph.
        #expect(try lines(text, width: 330) == expected)
    }

    static let functionWords: Set<String> = ["le", "la", "les", "de", "du", "des", "et", "à", "au", "aux", "en", "pour", "sur"]

    @Test("no line but the last ends with an article or a preposition; at most one line more than first fit",
          arguments: Array(stride(from: 150, through: 330, by: 12)))
    func noWeakLineEnd(width: Int) throws {
        let text = "Lycée des métiers de la maintenance des systèmes industriels et de la production, du bâtiment et des travaux publics"
        let set = try lines(text, width: Points(width))
        var ragged = TextStyle()
        ragged.alignment = .left
        ragged.hyphenate = false
        let master = PageMaster(name: "m", size: PageSize(width: Points(width) + 40, height: 800), margins: Insets(all: 20))
        let firstFit = try layout(Document(styles: StyleSheet(["body": ragged]), masters: [master],
                                           body: [.paragraph(Paragraph(text))])).pages.flatMap(\.lines)
        #expect(set.count == firstFit.count || set.count == firstFit.count + 1)
        for line in set.dropLast() {
            let last = String(line.split(separator: " ").last ?? "")
            #expect(!Self.functionWords.contains(last.lowercased()), "« \(line) » ends with a function word in \(set)")
        }
    }

    @Test("outside French, the words do not weigh, the punctuation does")
    func otherLanguages() throws {
        #expect(try lines("Vocational school of tourism, hotel trade and catering services", width: 260, language: "en")
                == ["Vocational school of tourism,", "hotel trade and catering services"])
    }
}
