import DocumentTree

/// Where each cell of a table sits once column and row spans are counted, checked against the
/// table's columns, and the groups of rows that row spans join.
struct TableGrid {
    struct Placement {
        var row: Int, column: Int
        var columnSpan: Int, rowSpan: Int
        var cell: Table.Cell
    }

    /// The cells starting in each row, left to right.
    private(set) var rows: [[Placement]] = []
    /// Consecutive rows joined by row spans: each group is laid out and cut into pages as one slab.
    private(set) var groups: [Range<Int>] = []

    /// `name` says which table an error is about.
    init(_ table: Table, name: String) throws {
        let columnCount = table.columns.count
        guard columnCount > 0 else { throw LayoutError("tableau « \(name) » : aucune colonne") }
        // For each column, how many rows (this one included) a row span from above still covers.
        var covered = Array(repeating: 0, count: columnCount)
        var groupStart = 0, groupEnd = 0
        for (rowIndex, row) in table.rows.enumerated() {
            var placements: [Placement] = []
            var column = 0
            let filled = covered.filter { $0 > 0 }.count + row.cells.reduce(0) { $0 + max($1.columnSpan, 1) }
            guard filled == columnCount else {
                throw LayoutError("tableau « \(name) », ligne \(rowIndex + 1) : ses cellules occupent \(filled) colonnes, mais le tableau en a \(columnCount) (cellules fusionnées comprises)")
            }
            func skipCovered() { while column < columnCount, covered[column] > 0 { column += 1 } }
            skipCovered()
            for cell in row.cells {
                let span = max(cell.columnSpan, 1), rowSpan = max(cell.rowSpan, 1)
                guard column + span <= columnCount, (column..<column + span).allSatisfy({ covered[$0] == 0 }) else {
                    throw LayoutError("tableau « \(name) », ligne \(rowIndex + 1) : la cellule de la colonne \(column + 1) s'étend sur \(span) colonnes à travers une cellule fusionnée depuis une ligne au-dessus")
                }
                placements.append(Placement(row: rowIndex, column: column, columnSpan: span, rowSpan: rowSpan, cell: cell))
                for spanned in column..<column + span { covered[spanned] = rowSpan }
                groupEnd = max(groupEnd, rowIndex + rowSpan)
                column += span
                skipCovered()
            }
            for index in covered.indices where covered[index] > 0 { covered[index] -= 1 }
            rows.append(placements)
            if groupEnd <= rowIndex + 1 {
                groups.append(groupStart..<rowIndex + 1)
                groupStart = rowIndex + 1
            }
        }
        if groupStart < table.rows.count {
            throw LayoutError("tableau « \(name) » : une cellule s'étend sur plus de lignes que le tableau n'en a après la ligne \(groupStart + 1)")
        }
    }

    /// Widths of the columns: fixed ones as given; content ones as wide as their widest word
    /// (`contentWidth`, padding included), narrowed in proportion when they do not all fit; fraction
    /// ones share what is left. Without fraction columns, what is left widens the content columns,
    /// so that the table spans the measure unless all its columns are fixed.
    static func columnWidths(_ columns: [Table.ColumnWidth], measure: Points, name: String,
                             contentWidth: (Int) throws -> Points) throws -> [Points] {
        var widths = Array(repeating: 0.0, count: columns.count)
        var fixed: Points = 0, fractions = 0.0
        var contentColumns: [Int] = []
        for (index, column) in columns.enumerated() {
            switch column {
            case .fixed(let width): widths[index] = max(width, 0); fixed += widths[index]
            case .fraction(let share): fractions += max(share, 0)
            case .content: contentColumns.append(index); widths[index] = try contentWidth(index)
            }
        }
        guard fixed <= measure + StackedContent.tolerance else {
            throw LayoutError("tableau « \(name) » : ses colonnes de largeur fixe demandent \(Int(fixed.rounded())) pt, plus que les \(Int(measure.rounded())) pt de la largeur du texte")
        }
        // Each fraction column keeps at least this much of the measure.
        let fractionMinimum: Points = 24
        let fractionColumns = columns.indices.filter { if case .fraction = columns[$0] { true } else { false } }
        let contentRoom = max(measure - fixed - fractionMinimum * Double(fractionColumns.count), 0)
        let content = contentColumns.reduce(0) { $0 + widths[$1] }
        if content > contentRoom, content > 0 {
            for index in contentColumns { widths[index] *= contentRoom / content }
        }
        let left = max(measure - fixed - min(content, contentRoom), 0)
        if fractions > 0 {
            for index in fractionColumns {
                if case .fraction(let share) = columns[index] { widths[index] = left * max(share, 0) / fractions }
            }
        } else if fractionColumns.isEmpty, !contentColumns.isEmpty, left > 0 {
            let total = contentColumns.reduce(0) { $0 + widths[$1] }
            for index in contentColumns {
                widths[index] += total > 0 ? left * widths[index] / total : left / Double(contentColumns.count)
            }
        } else if !fractionColumns.isEmpty {
            // Every share is zero: the columns share equally.
            for index in fractionColumns { widths[index] = left / Double(fractionColumns.count) }
        }
        return widths
    }
}
