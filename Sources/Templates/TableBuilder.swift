import DocumentTree

extension DocumentBuilder {
    func table(_ element: XMLElement) throws -> Table {
        let reader = attributes(element)
        _ = try reader.required("columns")
        let columns = try reader.value("columns", hint: ValueSyntax.columnsHint, ValueSyntax.columns) ?? []
        let cellStyle = try reader.value("cell-style", hint: "le thème n'a pas de style de ce nom") { styles.styles[$0] != nil ? $0 : nil } ?? "cell"
        var rows: [Table.Row] = []
        // Columns still covered by a cell spanning rows from above: column → rows left.
        var coveredRows = Array(repeating: 0, count: columns.count)
        for rowElement in try children(of: element, named: "row") {
            var cells: [Table.Cell] = []
            var column = 0
            for cellElement in try children(of: rowElement, named: "cell") {
                let cell = try self.cell(cellElement, style: cellStyle)
                while column < columns.count, coveredRows[column] > 0 { column += 1 }
                guard column + cell.columnSpan <= columns.count else {
                    throw error(at: cellElement.position, "cette cellule dépasse les \(columns.count) colonnes du tableau")
                }
                for covered in column..<column + cell.columnSpan { coveredRows[covered] = cell.rowSpan }
                column += cell.columnSpan
                cells.append(cell)
            }
            coveredRows = coveredRows.map { max($0 - 1, 0) }
            rows.append(Table.Row(cells, isTotal: try attributes(rowElement).bool("total") ?? false))
        }
        var table = Table(columns: columns, headerRows: try reader.integer("header-rows", in: 0...rows.count) ?? min(1, rows.count),
                          rows: rows, numericColumns: [])
        if let numeric = try reader.value("numeric", hint: ValueSyntax.columnListHint, { text in
            ValueSyntax.columnSet(text).flatMap { $0.allSatisfy { $0 < columns.count } ? $0 : nil }
        }) {
            table.numericColumns = numeric
        }
        if let border = try reader.length("border") { table.borderWidth = border }
        if let color = try reader.color("border-color") { table.borderColor = color }
        if reader.string("header-background") == "none" {
            table.headerBackground = nil
        } else if let color = try reader.color("header-background") {
            table.headerBackground = color
        }
        table.bandBackground = try reader.color("band-background")
        table.cellStyle = cellStyle
        return table
    }

    private func cell(_ element: XMLElement, style: String) throws -> Table.Cell {
        let reader = attributes(element)
        let verticalNames = ["top", "middle", "bottom"]
        let vertical = try reader.choice("valign", among: verticalNames).flatMap(Table.VerticalAlignment.init(rawValue:))
        return Table.Cell(try blocks(element.children, in: "cell", paragraphStyle: style),
                          columnSpan: try reader.integer("colspan", in: 1...100) ?? 1,
                          rowSpan: try reader.integer("rowspan", in: 1...1000) ?? 1,
                          alignment: try reader.choice("align", TextAlignment.self),
                          verticalAlignment: vertical ?? .top,
                          background: try reader.color("background"))
    }
}
