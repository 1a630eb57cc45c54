import DocumentTree
import Native
import Pages

/// Tables: each group of rows (a row, or rows joined by row spans) becomes one slab of cells, cut
/// into slices where a page may end; header rows repeat at the top of every page the table
/// continues on. A word wider than its column is broken between letters by Pango (its
/// `WORD_CHAR` wrapping) rather than overflowing the cell: the text stays whole and visible.
extension BlockFlow {
    func tableElements(_ table: Table, left: Points, width: Points) throws -> [FlowElement] {
        let name = Self.tableName(table)
        let grid = try TableGrid(table, name: name)
        let widths = try TableGrid.columnWidths(table.columns, measure: width, name: name) { column in
            try contentWidth(of: column, in: grid, table: table)
        }
        var edges = [left]
        for width in widths { edges.append(edges.last! + width) }
        // A row span from the header into the body makes the joined rows part of the header.
        let headerRows = table.headerRows > 0
            ? grid.groups.first { $0.upperBound >= min(table.headerRows, table.rows.count) }?.upperBound ?? 0 : 0
        let frame = TableFrame(table: table, edges: edges, headerRows: headerRows)

        var result: [FlowElement] = [.glue(6), .marker([.beginTag(.table)])]
        var header: [FlowBox] = []
        var repeatedHeader: [FlowBox] = []
        var maxHeight = pageHeight
        for (groupIndex, group) in grid.groups.enumerated() {
            let isHeader = group.upperBound <= headerRows
            if !isHeader, repeatedHeader.isEmpty, !header.isEmpty {
                repeatedHeader = header.map { $0.untagged }
                let headerHeight = header.reduce(0) { $0 + $1.height }
                maxHeight = max(pageHeight - headerHeight, pageHeight / 3)
            }
            let placements = group.flatMap { grid.rows[$0] }
            var slab = try tableSlab(placements, group: group, table: table, frame: frame)
            let slices = slab.slices(maxHeight: maxHeight)
            let isLastGroup = groupIndex == grid.groups.count - 1
            for (index, slice) in slices.enumerated() {
                var box = frame.sliceBox(slice, placements: placements, endsTable: isLastGroup && index == slices.count - 1)
                if isHeader {
                    header.append(box)
                } else {
                    box.continuationHeader = repeatedHeader + (index > 0 ? [frame.continuationRule] : [])
                }
                result.append(.box(box))
                if slice.breakAfter, !isHeader { result.append(.breakAllowed) }
            }
            result += slab.cells.flatMap(\.content.placedElements)
            if !isHeader, !isLastGroup { result.append(.breakAllowed) }
        }
        result += [.marker([.endTag(.table)]), .glue(6)]
        return result
    }

    /// The first header cell's text, to name the table in errors.
    static func tableName(_ table: Table) -> String {
        let text = table.rows.first?.cells.first.map { plainText(of: $0.blocks) } ?? ""
        guard !text.isEmpty else { return "without header text" }
        return text.count > 40 ? text.prefix(40) + "…" : text
    }

    private static func plainText(of blocks: [Block]) -> String {
        blocks.compactMap { block -> String? in
            switch block {
            case .paragraph(let paragraph): paragraph.content.plainText
            case .heading(let heading): heading.content.plainText
            default: nil
            }
        }.joined(separator: " ")
    }

    /// Lays out the cells of a group of rows and sets them in rows as tall as their tallest cell
    /// (a cell spanning rows lengthens the last row it spans when it needs more).
    private func tableSlab(_ placements: [TableGrid.Placement], group: Range<Int>, table: Table,
                           frame: TableFrame) throws -> CellSlab {
        let padding = table.padding
        var contents: [StackedContent] = []
        var rowHeights = Array(repeating: padding.top + padding.bottom, count: group.count)
        for placement in placements {
            let x = frame.edges[placement.column], width = frame.edges[placement.column + placement.columnSpan] - x
            let elements = try cellElements(placement, table: table, left: x + padding.left,
                                            width: width - padding.left - padding.right)
            let content = StackedContent(elements)
            contents.append(content)
            if placement.rowSpan == 1 {
                let row = placement.row - group.lowerBound
                rowHeights[row] = max(rowHeights[row], content.height + padding.top + padding.bottom)
            }
        }
        for (placement, content) in zip(placements, contents).sorted(by: { $0.0.row + $0.0.rowSpan < $1.0.row + $1.0.rowSpan })
        where placement.rowSpan > 1 {
            let rows = (placement.row - group.lowerBound)..<(placement.row - group.lowerBound + placement.rowSpan)
            let missing = content.height + padding.top + padding.bottom - rows.reduce(0) { $0 + rowHeights[$1] }
            if missing > 0 { rowHeights[rows.upperBound - 1] += missing }
        }
        var rowTops = [0.0]
        for height in rowHeights { rowTops.append(rowTops.last! + height) }
        let cells = zip(placements, contents).map { placement, content in
            let row = placement.row - group.lowerBound
            let x = frame.edges[placement.column]
            let rect = Rect(x: x, y: rowTops[row], width: frame.edges[placement.column + placement.columnSpan] - x,
                            height: rowTops[row + placement.rowSpan] - rowTops[row])
            let room = rect.height - padding.top - padding.bottom - content.height
            let offset = switch placement.cell.verticalAlignment {
            case .top: 0.0
            case .middle: room / 2
            case .bottom: room
            }
            return CellSlab.Cell(frame: rect, content: content.shifted(by: rect.y + padding.top + offset), row: placement.row)
        }
        return CellSlab(cells: cells, height: rowTops.last!)
    }

    /// A cell's blocks at its width; paragraphs take the column's alignment and the row's weight.
    private func cellElements(_ placement: TableGrid.Placement, table: Table, left: Points,
                              width: Points) throws -> [FlowElement] {
        var result: [FlowElement] = []
        let blocks = placement.cell.blocks
        for (index, block) in blocks.enumerated() {
            if case .paragraph(let paragraph) = block {
                let style = cellStyle(paragraph.style, placement: placement, table: table)
                result += try paragraphElements(paragraph.content, style: style, left: left, width: width, tag: .paragraph)
            } else {
                result += try elements(for: block, left: left, width: width)
            }
            if index < blocks.count - 1 { result.append(.breakAllowed) }
        }
        return result
    }

    private func cellStyle(_ name: String, placement: TableGrid.Placement, table: Table) -> TextStyle {
        var style = styles[name]
        if placement.row < table.headerRows || table.rows[placement.row].isTotal { style.bold = true }
        if let alignment = placement.cell.alignment {
            style.alignment = alignment
        } else if table.numericColumns.contains(placement.column) {
            style.alignment = .right
        }
        return style
    }

    /// The widest word of a column's cells (cells spanning columns left out), padding included.
    private func contentWidth(of column: Int, in grid: TableGrid, table: Table) throws -> Points {
        var widest: Points = 0
        for row in grid.rows {
            for placement in row where placement.column == column && placement.columnSpan == 1 {
                for case .paragraph(let paragraph) in placement.cell.blocks {
                    let style = cellStyle(paragraph.style, placement: placement, table: table)
                    widest = max(widest, try widestWord(paragraph.content, style: style) + style.leftIndent + style.rightIndent)
                }
            }
        }
        // A hair more, so that Pango does not wrap a word that fits exactly.
        return widest + table.padding.left + table.padding.right + 0.5
    }

    /// Width of the widest word: the paragraph shaped once with every breakable space made a line break.
    private func widestWord(_ inlines: [Inline], style: TextStyle) throws -> Points {
        var runs = InlineRuns(inlines, style: style, fields: fields, hyphenation: nil).runs
        guard !runs.isEmpty else { return 0 }
        for index in runs.indices {
            try shaper.fonts.requireFamily(runs[index].font.family)
            runs[index].text = runs[index].text.replacingOccurrences(of: " ", with: "\u{2028}")
        }
        let font = FontSpec(family: style.family, size: style.size, bold: style.bold, italic: style.italic)
        let shaped = shaper.shape(ParagraphSpec(runs: runs, width: nil, alignment: .left, baseFont: font))
        return shaped.lines.map(\.width).max() ?? 0
    }
}

/// How a table's slices are drawn: backgrounds, structure tags, and rules.
private struct TableFrame {
    let table: Table
    /// x of each column's left edge, and of the table's right edge last.
    let edges: [Points]
    /// Rows repeated on every page (a row span may lengthen the table's own count).
    let headerRows: Int

    var stroke: Stroke? { table.borderWidth > 0 ? Stroke(width: table.borderWidth, color: table.borderColor) : nil }

    /// A rule across the table, at the top of a row continued from the previous page.
    var continuationRule: FlowBox {
        FlowBox(height: 0, items: rule(at: 0))
    }

    private func rule(at y: Points) -> [PageItem] {
        guard let stroke else { return [] }
        return [.line(from: Point(x: edges.first!, y: y), to: Point(x: edges.last!, y: y), stroke: stroke)]
    }

    func sliceBox(_ slice: CellSlab.Slice, placements: [TableGrid.Placement], endsTable: Bool) -> FlowBox {
        var items: [PageItem] = []
        for portion in slice.portions {
            if let color = background(placements[portion.cell]) {
                items.append(.rectangle(portion.rect, fill: color, stroke: nil, cornerRadius: 0))
            }
        }
        // One TR per table row the slice crosses, a TH or TD for each of its cells there; pagination joins
        // the pieces of a row that one page holds (`TableRows`), and a row cut by a page break is a row on each page.
        var openRow: Int?
        for portion in slice.portions {
            let placement = placements[portion.cell]
            if openRow != placement.row {
                if openRow != nil { items.append(.endTag(.tableRow)) }
                items.append(.beginTag(.tableRow))
                openRow = placement.row
            }
            let role: StructureRole = placement.row < headerRows ? .tableHeader : .tableCell
            items += [.beginTag(role), .cellPlace(CellPlace(row: placement.row, column: placement.column,
                                                            rows: placement.rowSpan, columns: placement.columnSpan))]
            items += portion.items + [.endTag(role)]
        }
        if openRow != nil { items.append(.endTag(.tableRow)) }
        if let stroke { items += rules(slice, stroke: stroke, endsTable: endsTable) }
        return FlowBox(height: slice.height, items: items, closingItems: endsTable ? [] : rule(at: slice.height))
    }

    /// Each cell draws its left edge, its top edge where it starts, its bottom edge where it ends
    /// inside the slice; the right edge of the table once. A bottom edge on the slice's bottom is the
    /// next slice's top, or the closing rule when the page ends there. All in one path: a stroke per
    /// segment made cairo's PDF output analyse thousands of operations on a long table's pages.
    private func rules(_ slice: CellSlab.Slice, stroke: Stroke, endsTable: Bool) -> [PageItem] {
        var segments: [[Point]] = []
        func line(_ x1: Points, _ y1: Points, _ x2: Points, _ y2: Points) {
            segments.append([Point(x: x1, y: y1), Point(x: x2, y: y2)])
        }
        let tolerance = StackedContent.tolerance
        for portion in slice.portions {
            let rect = portion.rect
            line(rect.x, rect.y, rect.x, rect.maxY)
            if abs(rect.maxX - edges.last!) < tolerance { line(rect.maxX, rect.y, rect.maxX, rect.maxY) }
            if portion.startsHere { line(rect.x, rect.y, rect.maxX, rect.y) }
            if portion.endsHere, endsTable || rect.maxY < slice.height - tolerance { line(rect.x, rect.maxY, rect.maxX, rect.maxY) }
        }
        return segments.isEmpty ? [] : [.path(PathShape(subpaths: segments, closed: false, stroke: stroke))]
    }

    private func background(_ placement: TableGrid.Placement) -> Color? {
        if let color = placement.cell.background { return color }
        if placement.row < headerRows { return table.headerBackground }
        let bodyRow = placement.row - headerRows
        return bodyRow % 2 == 1 ? table.bandBackground : nil
    }
}

extension FlowBox {
    /// The same box as an artifact, without its structure tags: a repeated table header is a copy,
    /// not new content.
    var untagged: FlowBox {
        var box = self
        box.items = [.beginTag(.artifact)] + items.filter {
            switch $0 {
            case .beginTag, .endTag, .alternative, .cellPlace, .destination, .outline: false
            default: true
            }
        } + [.endTag(.artifact)]
        return box
    }
}

extension Table {
    /// Cells of paragraphs without page fields: setting the table touches nothing of the flow
    /// (no heading for the contents, no anchor), so its elements can be kept for a later pass.
    var holdsPlainParagraphsOnly: Bool {
        rows.allSatisfy { row in
            row.cells.allSatisfy { cell in
                cell.blocks.allSatisfy { block in
                    guard case .paragraph(let paragraph) = block else { return false }
                    return !paragraph.content.contains(where: \.dependsOnPages)
                }
            }
        }
    }
}
