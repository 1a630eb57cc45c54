import DocumentTree
import Pages

/// Cells side by side that are cut into horizontal slices together: a table row (or rows joined by
/// row spans), or a box with one cell. Each slice becomes one box of the flow, so that a row or a
/// box taller than the space left continues on the next page.
struct CellSlab {
    struct Cell {
        /// In slab coordinates: x from the text area's left, y from the slab's top.
        var frame: Rect
        /// Units positioned in slab coordinates.
        var content: StackedContent
        /// The row of its table the cell starts in (structure rows), 0 for a box.
        var row: Int
    }

    /// One horizontal band of the slab, with the pieces of the cells it crosses.
    struct Slice {
        var top: Points, bottom: Points
        /// A page may end after this slice (false for the last slice and for cuts forced by the page's height).
        var breakAfter: Bool
        var portions: [Portion]
        var height: Points { bottom - top }
    }

    /// The piece of a cell inside one slice, in slice coordinates.
    struct Portion {
        var cell: Int
        var rect: Rect
        /// The cell's top and bottom edges fall inside this slice.
        var startsHere: Bool, endsHere: Bool
        /// Content units of the cell in this slice; tags left open by a cut are closed at the slice's
        /// end and opened again in the next slice.
        var items: [PageItem]
        var hasContent: Bool
    }

    var cells: [Cell]
    var height: Points

    private struct Cut {
        var y: Points
        var allowed: Bool
    }

    /// Cuts the slab where every cell is between two units. A page may end at a cut where each cell
    /// that is cut keeps at least two units on each side and its own flow allows a break there.
    /// A slice still taller than `maxHeight` is cut again where the rules cannot be kept (between
    /// units, or by moving units that would be cut in two below the cut).
    mutating func slices(maxHeight: Points) -> [Slice] {
        var candidates = cutCandidates()
        var cuts: [Cut] = []
        var top: Points = 0
        var next = 0
        while top < height - StackedContent.tolerance {
            while next < candidates.count, candidates[next].y <= top + StackedContent.tolerance { next += 1 }
            let allowed = candidates[next...].firstIndex { $0.allowed }
            let end = allowed.map { candidates[$0].y } ?? height
            if end - top <= maxHeight + StackedContent.tolerance {
                cuts.append(Cut(y: end, allowed: allowed != nil))
                top = end
                continue
            }
            // Too tall for a page: cut at the lowest position that fits, whatever the rules.
            let limit = top + maxHeight
            if let clean = candidates[next...].prefix(while: { $0.y <= limit + StackedContent.tolerance }).last {
                cuts.append(Cut(y: clean.y, allowed: false))
                top = clean.y
            } else if isClean(at: limit) {
                cuts.append(Cut(y: limit, allowed: false))
                top = limit
            } else {
                let cutUnits = units(cutBy: limit)
                if cutUnits.contains(where: { $0.top <= top + StackedContent.tolerance }) {
                    // A unit taller than a page: nothing can cut it; it overflows its page.
                    var y = limit
                    var crossing = cutUnits
                    while !crossing.isEmpty {
                        y = crossing.map(\.bottom).max()!
                        crossing = units(cutBy: y)
                    }
                    cuts.append(Cut(y: y, allowed: false))
                    top = y
                } else {
                    let amount = cutUnits.map { limit - $0.top }.max()!
                    insertSpace(at: limit, amount: amount)
                    for index in candidates.indices where candidates[index].y > limit { candidates[index].y += amount }
                    cuts.append(Cut(y: limit, allowed: false))
                    top = limit
                }
            }
        }
        if cuts.isEmpty { cuts = [Cut(y: height, allowed: false)] }
        cuts[cuts.count - 1].allowed = false
        return slices(at: cuts)
    }

    /// Every unit bottom inside the slab where no unit of any cell is cut, with whether a page may end there.
    private func cutCandidates() -> [Cut] {
        var positions = cells.flatMap { cell in cell.content.units.map(\.bottom) } + cells.map(\.frame.maxY)
        positions = positions.filter { $0 > StackedContent.tolerance && $0 < height - StackedContent.tolerance }.sorted()
        var result: [Cut] = []
        for y in positions where result.last.map({ y - $0.y > StackedContent.tolerance }) ?? true {
            guard isClean(at: y) else { continue }
            result.append(Cut(y: y, allowed: allowsBreak(at: y)))
        }
        return result
    }

    private func isClean(at y: Points) -> Bool { units(cutBy: y).isEmpty }

    /// Units of any cell that straddle `y`.
    private func units(cutBy y: Points) -> [StackedContent.Unit] {
        cells.compactMap { cell in
            let index = cell.content.firstUnit(below: y)
            guard index < cell.content.units.count else { return nil }
            let unit = cell.content.units[index]
            return unit.top < y - StackedContent.tolerance ? unit : nil
        }
    }

    private func allowsBreak(at y: Points) -> Bool {
        cells.allSatisfy { cell in
            let units = cell.content.units
            let below = cell.content.firstUnit(below: y)
            guard below > 0, below < units.count else { return true }
            return below >= 2 && units.count - below >= 2 && units[below - 1].breakAfter
        }
    }

    private mutating func insertSpace(at y: Points, amount: Points) {
        for index in cells.indices {
            cells[index].content.insertSpace(at: y, amount: amount)
            if cells[index].frame.y >= y - StackedContent.tolerance {
                cells[index].frame.y += amount
            } else if cells[index].frame.maxY > y + StackedContent.tolerance {
                cells[index].frame.height += amount
            }
        }
        height += amount
    }

    private func slices(at cuts: [Cut]) -> [Slice] {
        var nextUnit = Array(repeating: 0, count: cells.count)
        var openTags = Array(repeating: [StructureRole](), count: cells.count)
        var top: Points = 0
        var result: [Slice] = []
        for (number, cut) in cuts.enumerated() {
            let isLast = number == cuts.count - 1
            var portions: [Portion] = []
            for (index, cell) in cells.enumerated() {
                let frame = cell.frame
                guard frame.maxY > top + StackedContent.tolerance, frame.y < cut.y - StackedContent.tolerance else { continue }
                var items = openTags[index].map { PageItem.beginTag($0) }
                let units = cell.content.units
                var hasContent = false
                while nextUnit[index] < units.count,
                      isLast || units[nextUnit[index]].top < cut.y - StackedContent.tolerance {
                    let unit = units[nextUnit[index]]
                    items += unit.items.map { $0.offsetBy(dx: 0, dy: unit.top - top) }
                    for item in unit.items {
                        if case .beginTag(let role) = item { openTags[index].append(role) }
                        if case .endTag = item, !openTags[index].isEmpty { openTags[index].removeLast() }
                    }
                    hasContent = true
                    nextUnit[index] += 1
                }
                items += openTags[index].reversed().map { PageItem.endTag($0) }
                let from = max(frame.y, top), to = min(frame.maxY, cut.y)
                portions.append(Portion(cell: index, rect: Rect(x: frame.x, y: from - top, width: frame.width, height: to - from),
                                        startsHere: frame.y >= top - StackedContent.tolerance,
                                        endsHere: frame.maxY <= cut.y + StackedContent.tolerance,
                                        items: hasContent ? items : [], hasContent: hasContent))
            }
            result.append(Slice(top: top, bottom: cut.y, breakAfter: cut.allowed, portions: portions))
            top = cut.y
        }
        return result
    }
}
