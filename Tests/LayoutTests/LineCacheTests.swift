import DocumentTree
@testable import Layout
import Testing

@Suite("Line cache keys")
struct LineCacheTests {
    func key(_ inlines: [Inline], width: Points = 300) -> LineCache.Key {
        LineCache.Key(inlines: inlines, style: TextStyle(), left: 0, width: width)
    }

    @Test("a paragraph set again finds its lines; any other text, style, link or width does not")
    func keysMatchOnlyTheSameParagraph() {
        let text = "Le lycée des métiers accueille des élèves, des apprentis et des adultes."
        let cache = LineCache()
        var made = 0
        func lines(_ key: LineCache.Key) {
            _ = cache.lines(for: key) { made += 1; return [] }
        }
        let variants: [LineCache.Key] = [
            key([.text(text)]),
            key([.text(text.replacingOccurrences(of: "é", with: "e"))]),
            key([.text(text, .bold)]),
            key([.text("Le lycée "), .text("des métiers accueille des élèves, des apprentis et des adultes.")]),
            key([.link(.url("https://example.fr"), [.text(text)])]),
            key([.link(.url("https://example.org"), [.text(text)])]),
            key([.text(text), .field(.pageNumber)]),
            key([.text(text), .field(.pageCount)]),
            key([.text(text)], width: 250),
        ]
        for variant in variants { lines(variant) }
        #expect(made == variants.count)
        // The same content built anew (other String storage) is found.
        for variant in variants {
            lines(LineCache.Key(inlines: variant.content.map { $0 }, style: variant.place.style, left: 0, width: variant.place.width))
        }
        lines(key([.text(String(text.unicodeScalars.map(Character.init)))]))
        #expect(made == variants.count)
    }

    @Test("a table set again finds its rows; a table with one cell or one setting changed does not")
    func tableKeys() {
        let cache = LineCache()
        var made = 0
        func elements(_ table: Table, width: Points = 400) {
            _ = cache.table(for: LineCache.TableKey(table: table, left: 0, width: width, pageHeight: 700)) { made += 1; return [] }
        }
        let table = numberedTable(rows: 30)
        var changedCell = table
        changedCell.rows[12].cells[0] = Table.Cell("Ligne 12 bac pro é")
        var changedColumns = table
        changedColumns.columns[0] = .fraction(2)
        for variant in [table, changedCell, changedColumns] { elements(variant) }
        elements(table, width: 380)
        #expect(made == 4)
        elements(numberedTable(rows: 30))
        elements(changedCell)
        #expect(made == 4)
    }
}
