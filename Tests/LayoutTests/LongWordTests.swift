import DocumentTree
import Layout
import Pages
import Testing

/// A word longer than the line is cut where each line is full, wherever it is; the cut is made in
/// one pass over the word (Pango alone cut it by shaping the rest of the word again for each line).
@Suite("Words longer than the line")
struct LongWordTests {
    enum Place: String, CaseIterable { case paragraph, tableCell, box }

    static let pageWidth: Points = 400
    static let margin: Points = 50

    /// The word's lines and the measure they were set in.
    func lines(_ word: String, in place: Place, pageWidth: Points = pageWidth) throws -> (lines: [TextLine], measure: Points) {
        let measure = pageWidth - 2 * Self.margin
        let block: Block
        var style = TextStyle()
        style.alignment = .left
        switch place {
        case .paragraph:
            block = .paragraph(Paragraph(word))
        case .tableCell:
            block = .table(Table(columns: [.fixed(100), .fraction(1)], headerRows: 0,
                                 rows: [Table.Row([Table.Cell("Code"), Table.Cell(word, style: "body")])]))
        case .box:
            block = .box(Box([.paragraph(Paragraph(word))]))
        }
        let master = PageMaster(name: "m", size: PageSize(width: pageWidth, height: 600), margins: Insets(all: Self.margin))
        let document = try layout(Document(styles: StyleSheet(["body": style]), masters: [master], body: [block]))
        let lines = document.pages.flatMap(\.lines).filter { $0.text != "Code" }
        return (lines, measure)
    }

    @Test("every line fits, is full but for the last, and the word's letters are all there in order",
          arguments: [80_000, 250_000], Place.allCases)
    func longWord(length: Int, place: Place) throws {
        // Digits: no hyphenation point, so every cut is one the line's width forces.
        let word = String(String(repeating: "3141592653", count: length / 10 + 1).prefix(length))
        let (lines, measure) = try lines(word, in: place)
        let left = try #require(lines.map(\.origin.x).min())
        let right = Self.margin + measure
        for line in lines { #expect(line.origin.x + line.width <= right + 0.5, "\(line.text.prefix(20))… is \(line.width) wide") }
        // Full: the next letter would not have fitted (no letter is wider than 12 pt here).
        let widths = lines.dropLast().map(\.width)
        #expect(widths.allSatisfy { $0 > right - left - 12 - Self.margin / 2 }, "a short line: \(widths.min() ?? 0)")
        let rejoined = lines.map(\.text).joined()
        #expect(rejoined.count == word.count && rejoined == word, "letters lost or moved")
        // About as many lines as the letters need, at a letter about 5 pt wide: no line holds a few letters only.
        #expect(lines.count < length / 30 && lines.count > length / 100, "\(lines.count) lines")
    }

    @Test("a web address as long as a book is set, whole, in bounded work")
    func longWebAddress() throws {
        // Its slashes are break points too; the marking must not rescan the rest of the address at each one.
        let address = "https://exemple.fr/" + String(repeating: "3141592653/", count: 8_000)
        let (lines, _) = try lines(address, in: .paragraph)
        #expect(lines.map(\.text).joined() == address)
    }

    @Test("a long word in running text starts on a line of its own and the text after it follows")
    func longWordInText() throws {
        let word = String(repeating: "x", count: 3_000)
        let (lines, _) = try lines("Début du texte " + word + " fin du texte.", in: .paragraph)
        #expect(lines.first?.text == "Début du texte")
        // The text after the word follows on the word's last line.
        #expect(lines.contains { $0.text.contains("x fin") })
        let letters = { (text: String) in text.filter { $0 != " " } }
        #expect(letters(lines.map(\.text).joined()) == letters("Début du texte " + word + " fin du texte."), "letters lost")
    }

    @Test("a compound too long for the line breaks after one of its hyphens, not between letters")
    func compoundBreaksAtItsHyphens() throws {
        let (lines, _) = try lines("Saint-Exupéry-les-Oliviers", in: .paragraph, pageWidth: 100 + 2 * Self.margin)
        #expect(lines.map(\.text) == ["Saint-Exupéry-les-", "Oliviers"])
    }
}
