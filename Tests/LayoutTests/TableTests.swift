import DocumentTree
@testable import Layout
import Pages
import Testing

/// A small page: 240 × 240 pt of text area.
let smallPage = PageMaster(name: "small", size: PageSize(width: 300, height: 300), margins: Insets(all: 30))

func numberedTable(rows: Int) -> Table {
    var table = Table(columns: [.fraction(1), .content, .fixed(60)], rows: [
        Table.Row([Table.Cell("Formation"), Table.Cell("Niveau"), Table.Cell("Effectif")]),
    ], numericColumns: [2])
    for index in 1...rows {
        table.rows.append(Table.Row([Table.Cell("Ligne \(index) bac pro"), Table.Cell("4"), Table.Cell("\(index * 3)")]))
    }
    return table
}

/// The vertical rules of a page, left to right.
func verticalRuleXs(_ page: Page) -> [Points] {
    var xs: [Points] = []
    for segment in ruleSegments(page) where abs(segment.from.x - segment.to.x) < 0.001 {
        if !xs.contains(where: { abs($0 - segment.from.x) < 0.01 }) { xs.append(segment.from.x) }
    }
    return xs.sorted()
}

/// The straight rules of a page: lines, and the two-point pieces of paths (a table's rules).
func ruleSegments(_ page: Page) -> [(from: Point, to: Point)] {
    page.items.flatMap { item -> [(from: Point, to: Point)] in
        switch item {
        case .line(let from, let to, _): [(from, to)]
        case .path(let shape) where !shape.closed: shape.subpaths.filter { $0.count == 2 }.map { ($0[0], $0[1]) }
        default: []
        }
    }
}

@Suite("Tables")
struct TableTests {
    @Test("a 300-row table repeats its header on every page and sets every row exactly once")
    func longTable() throws {
        let result = try layout(Document(body: [.paragraph(Paragraph("Offre de formation.")), .table(numberedTable(rows: 300))]))
        #expect(result.pages.count > 3)
        var seen: [String: Int] = [:]
        for page in result.pages {
            let texts = page.lines.map(\.text)
            let rows = texts.filter { $0.hasPrefix("Ligne ") }
            guard !rows.isEmpty else { continue }
            #expect(texts.filter { $0 == "Formation" }.count == 1, "header on the page")
            // The header comes above the page's first row.
            let header = try #require(page.lines.first { $0.text == "Formation" })
            let firstRow = try #require(page.lines.first { $0.text.hasPrefix("Ligne ") })
            #expect(header.origin.y < firstRow.origin.y)
            for row in rows { seen[row, default: 0] += 1 }
        }
        #expect(seen.count == 300)
        #expect(seen.values.allSatisfy { $0 == 1 })
    }

    @Test("a table is set once for all passes, unless a cell prints a page number, which each pass sets anew")
    func tablesAcrossPasses() throws {
        let plain = numberedTable(rows: 60)
        var referring = numberedTable(rows: 60)
        referring.rows[30].cells[0] = Table.Cell([.paragraph(Paragraph([.text("Voir page "), .field(.pageOf(destination: "annexe"))]))])
        var titled = numberedTable(rows: 2)
        titled.rows[1].cells[0] = Table.Cell([.heading(Heading(level: 2, [.text("Titre dans une cellule")]))])
        #expect(plain.holdsPlainParagraphsOnly)
        #expect(!referring.holdsPlainParagraphsOnly)
        #expect(!titled.holdsPlainParagraphsOnly)
        // The contents make a second pass; the annexe's page is known only then.
        let result = try layout(Document(masters: [smallPage], body: [
            .tableOfContents(TableOfContents()), .table(plain), .table(referring), .pageBreak(master: nil),
            .heading(Heading(level: 1, [.text("Annexe")], anchor: "annexe")),
        ]))
        // The annexe has the last page to itself.
        let annexe = result.pages.count
        #expect(result.pages[annexe - 1].text == "Annexe")
        #expect(annexe > 4)
        #expect(result.pages.contains { $0.lines.contains { $0.text == "Voir page \(annexe)" } })
        #expect(result.pages.flatMap(\.lines).filter { $0.text.hasPrefix("Ligne 45 ") }.count == 2)
    }

    @Test("a row taller than a page is cut, its parts on consecutive pages with at least two lines each")
    func rowTallerThanAPage() throws {
        let long = frenchParagraph(0, sentences: 30)
        let table = Table(columns: [.fixed(50), .fraction(1)], rows: [
            Table.Row([Table.Cell("Critère"), Table.Cell("Appréciation")]),
            Table.Row([Table.Cell("Un"), Table.Cell("Court.")]),
            Table.Row([Table.Cell("Deux"), Table.Cell(long)]),
            Table.Row([Table.Cell("Trois"), Table.Cell("Fin.")]),
        ])
        let result = try layout(Document(masters: [smallPage], body: [.table(table)]))
        let reference = try layout(Document(masters: [PageMaster(name: "tall", size: PageSize(width: 300, height: 5000),
                                                                 margins: Insets(all: 30))], body: [.table(table)]))
        let known: Set<String> = ["Critère", "Appréciation", "Un", "Court.", "Deux", "Trois", "Fin."]
        let expected = reference.pages[0].lines.map(\.text).filter { !known.contains($0) }
        var found: [String] = []
        var pagesWithParts: [Int] = []
        for (index, page) in result.pages.enumerated() {
            let part = page.lines.map(\.text).filter { !known.contains($0) }
            if !part.isEmpty {
                pagesWithParts.append(index)
                #expect(part.count >= 2, "page \(index + 1) holds \(part.count) lines of the cut cell")
                #expect(page.text.contains("Critère"), "header repeated on page \(index + 1)")
            }
            found += part
            for line in page.lines { #expect(line.bottom <= 300 - 30 + 0.5, "nothing below the text area") }
        }
        #expect(expected.count > 40)
        #expect(found == expected, "every line once, in order")
        #expect(pagesWithParts.count >= 3)
        #expect(pagesWithParts == Array(pagesWithParts.first!...pagesWithParts.last!), "consecutive pages")
    }

    @Test("a cut cell keeps two lines on each side even when the page could hold one more")
    func cutRowKeepsTwoLinesEachSide() throws {
        var style = TextStyle()
        style.spaceAfter = 0
        let table = Table(columns: [.fraction(1)], headerRows: 0, rows: [
            Table.Row([Table.Cell(frenchParagraph(1, sentences: 2))]),
        ])
        for lead in 10...19 {
            let body = Array(repeating: Block.paragraph(Paragraph("Ligne.")), count: lead) + [.table(table)]
            let result = try layout(Document(styles: StyleSheet(["body": style]), masters: [smallPage], body: body))
            for page in result.pages {
                let count = page.lines.filter { $0.text != "Ligne." }.count
                #expect(count == 0 || count >= 2, "lead \(lead): \(count) lines of the cell on a page")
            }
        }
    }

    @Test("column widths fill the measure", arguments: [
        [Table.ColumnWidth.fixed(100), .fraction(1), .content],
        [.content, .content],
        [.fraction(1), .fraction(3)],
        [.fixed(50), .content, .fraction(2)],
        [.content, .fixed(80)],
    ])
    func columnWidthsFillTheMeasure(columns: [Table.ColumnWidth]) throws {
        let cells = columns.indices.map { Table.Cell("Colonne \($0 + 1)") }
        let table = Table(columns: columns, rows: [Table.Row(cells), Table.Row(cells)])
        let master = PageMaster(name: "a4", size: .a4, margins: Insets(all: 50))
        let result = try layout(Document(masters: [master], body: [.table(table)]))
        let xs = verticalRuleXs(result.pages[0])
        #expect(xs.count == columns.count + 1)
        #expect(abs(xs.first! - 50) < 0.01)
        #expect(abs(xs.last! - (PageSize.a4.width - 50)) < 0.01)
        for (index, column) in columns.enumerated() {
            if case .fixed(let width) = column { #expect(abs(xs[index + 1] - xs[index] - width) < 0.01) }
        }
    }

    @Test("fraction columns share what fixed and content columns leave, in proportion")
    func fractionsShareTheRest() throws {
        let widths = try TableGrid.columnWidths([.fixed(100), .content, .fraction(1), .fraction(3)], measure: 500,
                                                name: "test") { _ in 60 }
        #expect(widths == [100, 60, 85, 255])
    }

    @Test("content columns too wide for the measure are narrowed in proportion")
    func contentColumnsNarrowed() throws {
        let widths = try TableGrid.columnWidths([.content, .content], measure: 300, name: "test") { $0 == 0 ? 400 : 200 }
        #expect(abs(widths[0] - 200) < 0.001 && abs(widths[1] - 100) < 0.001)
    }

    @Test("a content column is as wide as its widest word: a header word is not broken")
    func contentColumnHoldsItsWidestWord() throws {
        let result = try layout(Document(body: [.table(numberedTable(rows: 3))]))
        #expect(result.pages[0].lines.contains { $0.text == "Niveau" })
        #expect(result.pages[0].lines.contains { $0.text == "Formation" })
    }

    @Test("a word wider than its column breaks between letters and stays whole")
    func narrowColumnBreaksAWord() throws {
        let word = "Anticonstitutionnellement"
        let table = Table(columns: [.fixed(40), .fraction(1)], headerRows: 0, rows: [Table.Row([Table.Cell(word), Table.Cell("x")])])
        let result = try layout(Document(body: [.table(table)]))
        let pieces = result.pages[0].lines.map(\.text).filter { $0 != "x" }
        #expect(pieces.count > 1)
        #expect(pieces.joined() == word)
    }

    @Test("numeric columns are set flush right, total rows in bold")
    func numericAndTotal() throws {
        var table = numberedTable(rows: 2)
        table.rows.append(Table.Row([Table.Cell("Sous-total"), Table.Cell(""), Table.Cell("9")]))
        table.rows.append(Table.Row([Table.Cell("Sous-total"), Table.Cell(""), Table.Cell("9")], isTotal: true))
        let result = try layout(Document(masters: [PageMaster(name: "a4", size: .a4, margins: Insets(all: 50))],
                                         body: [.table(table)]))
        let xs = verticalRuleXs(result.pages[0])
        let right = xs.last! - table.padding.right
        for text in ["3", "6", "9"] {
            let line = try #require(result.pages[0].lines.first { $0.text == text })
            #expect(abs(line.origin.x + line.width - right) < 1, "« \(text) » ends at the column's right")
        }
        let labels = result.pages[0].lines.filter { $0.text == "Sous-total" }
        #expect(labels.count == 2)
        #expect(labels[1].width > labels[0].width, "the total row is set in bold, wider")
    }

    @Test("a table without header rows has no header background and no TH")
    func noHeader() throws {
        var table = numberedTable(rows: 2)
        table.headerRows = 0
        let result = try layout(Document(body: [.table(table)]))
        let items = result.pages[0].items
        #expect(!items.contains { if case .beginTag(.tableHeader) = $0 { true } else { false } })
        #expect(!items.contains { if case .rectangle(_, .some(table.headerBackground!), _, _) = $0 { true } else { false } })
    }

    @Test("column and row spans place cells across the grid")
    func spans() throws {
        let table = Table(columns: [.fraction(1), .fraction(1), .fraction(1)], rows: [
            Table.Row([Table.Cell([.paragraph(Paragraph("Titre", style: "cell"))], columnSpan: 3)]),
            Table.Row([Table.Cell([.paragraph(Paragraph("Haut", style: "cell"))], rowSpan: 2), Table.Cell("A"), Table.Cell("B")]),
            Table.Row([Table.Cell("C"), Table.Cell("D")]),
        ])
        let result = try layout(Document(masters: [PageMaster(name: "a4", size: .a4, margins: Insets(all: 50))],
                                         body: [.table(table)]))
        let lines = result.pages[0].lines
        func line(_ text: String) throws -> TextLine { try #require(lines.first { $0.text == text }) }
        #expect(try line("C").origin.x == line("A").origin.x)
        #expect(try line("C").origin.y > line("A").origin.y)
        #expect(try line("Haut").origin.x < line("A").origin.x)
    }

    @Test("a row whose cells do not fill the columns is an error naming the table and the row", arguments: [
        [Table.Cell("a"), Table.Cell("b")],
        [Table.Cell("a"), Table.Cell("b"), Table.Cell("c"), Table.Cell("d")],
        [Table.Cell([.paragraph(Paragraph("a", style: "cell"))], columnSpan: 2), Table.Cell("b"), Table.Cell("c")],
    ])
    func wrongCellCount(cells: [Table.Cell]) throws {
        var table = numberedTable(rows: 4)
        table.rows.insert(Table.Row(cells), at: 3)
        let error = #expect(throws: LayoutError.self) { try layout(Document(body: [.table(table)])) }
        #expect(error?.message.contains("« Formation »") == true, "\(String(describing: error))")
        #expect(error?.message.contains("ligne 4") == true, "\(String(describing: error))")
    }

    @Test("a row of several lines is one TR of one cell per column, whatever the slices it is laid out in")
    func rowStructure() throws {
        let long = String(repeating: "Accueil des publics de statuts différents et mixité des parcours. ", count: 6)
        let table = Table(columns: [.fixed(60), .fraction(1)], rows: [
            Table.Row([Table.Cell("Critère"), Table.Cell("Réponse")]),
            Table.Row([Table.Cell("2"), Table.Cell(long)]),
            Table.Row([Table.Cell([.paragraph(Paragraph("3 et 4"))], rowSpan: 2), Table.Cell(long)]),
            Table.Row([Table.Cell(long)]),
        ])
        let result = try layout(Document(body: [.table(table)]))
        #expect(result.pages.count == 1)
        var rows: [[CellPlace]] = []
        for item in result.pages[0].items {
            switch item {
            case .beginTag(.tableRow): rows.append([])
            case .cellPlace(let place): rows[rows.count - 1].append(place)
            default: break
            }
        }
        #expect(rows.map { $0.map(\.column) } == [[0, 1], [0, 1], [0, 1], [1]])
        #expect(rows[2][0] == CellPlace(row: 2, column: 0, rows: 2, columns: 1))
        #expect(result.cellSpans.keys.sorted() == [4])
        let cells = result.pages[0].items.filter { if case .beginTag(.tableCell) = $0 { true } else { false } }
        #expect(cells.count == 5)
    }
}
