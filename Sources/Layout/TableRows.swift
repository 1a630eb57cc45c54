import Pages

/// Joins the pieces of the table rows a page holds into one `TR` each, with one `TH` or `TD` per
/// cell. A table is laid out in slices, so that a page may end between two lines of a row, and each
/// slice tags the rows it crosses: without this, a row taller than a slice would read as several.
enum TableRows {
    private struct Cell {
        var role: StructureRole
        var place: CellPlace
        var items: [PageItem]
    }

    /// `items` with each run of row pieces (rows and the backgrounds and rules drawn between them, up
    /// to any other tag) rewritten: backgrounds first, then the joined rows in order, then the rules.
    static func joined(_ items: [PageItem]) -> [PageItem] {
        var result: [PageItem] = []
        result.reserveCapacity(items.count)
        var index = 0
        while index < items.count {
            guard case .beginTag(.tableRow) = items[index] else {
                result.append(items[index])
                index += 1
                continue
            }
            var rows: [Int: [Cell]] = [:]
            var pieces = 0
            var fills: [PageItem] = [], strokes: [PageItem] = []
            var end = index
            scan: while end < items.count {
                switch items[end] {
                case .beginTag(.tableRow):
                    guard let (cells, next) = row(items, from: end) else { break scan }
                    for cell in cells {
                        let row = cell.place.row
                        if let same = rows[row, default: []].firstIndex(where: { $0.place.column == cell.place.column }) {
                            rows[row]![same].items += cell.items
                        } else {
                            rows[row, default: []].append(cell)
                        }
                    }
                    pieces += 1
                    end = next
                case .rectangle(_, let fill, _, _) where fill != nil:
                    fills.append(items[end]); end += 1
                case .rectangle, .line, .path:
                    strokes.append(items[end]); end += 1
                default:
                    break scan
                }
            }
            guard pieces > 0 else {  // a row not tagged as layout tags rows: left as it is
                result.append(items[index])
                index += 1
                continue
            }
            result += fills
            for row in rows.keys.sorted() {
                result.append(.beginTag(.tableRow))
                for cell in rows[row]!.sorted(by: { $0.place.column < $1.place.column }) {
                    result += [.beginTag(cell.role), .cellPlace(cell.place)] + cell.items + [.endTag(cell.role)]
                }
                result.append(.endTag(.tableRow))
            }
            result += strokes
            index = end
        }
        return result
    }

    /// The cells of the row piece beginning at `start` (a `TR` begin tag) and the index after it;
    /// nil when it is not a row of cells with their places.
    private static func row(_ items: [PageItem], from start: Int) -> ([Cell], Int)? {
        var cells: [Cell] = []
        var index = start + 1
        while index < items.count {
            switch items[index] {
            case .endTag(.tableRow):
                return (cells, index + 1)
            case .beginTag(let role) where role == .tableHeader || role == .tableCell:
                guard index + 1 < items.count, case .cellPlace(let place) = items[index + 1] else { return nil }
                var depth = 0
                var end = index + 2
                while end < items.count {
                    if case .beginTag = items[end] { depth += 1 }
                    if case .endTag = items[end] {
                        if depth == 0 { break }
                        depth -= 1
                    }
                    end += 1
                }
                guard end < items.count, case .endTag(role) = items[end] else { return nil }
                cells.append(Cell(role: role, place: place, items: Array(items[index + 2..<end])))
                index = end + 1
            default:
                return nil
            }
        }
        return nil
    }
}
