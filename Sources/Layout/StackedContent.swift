import DocumentTree
import Pages

/// Flow elements stacked one under the other with no page in sight: the content of a table cell
/// or of a box. Each box of the flow becomes a unit that stays whole; the flow's allowed breaks say
/// where the content may later be cut.
struct StackedContent {
    struct Unit {
        var top: Points
        var height: Points
        /// Relative to the unit's top; structure tags opened just before the box and closed just after it included.
        var items: [PageItem]
        /// The flow allows a page break after this unit.
        var breakAfter = false
        var bottom: Points { top + height }
    }

    private(set) var units: [Unit] = []
    /// Items already in page coordinates (a placed box inside a cell), passed through untouched, and the
    /// frames of those boxes, which the page's flow must leave clear.
    private var absoluteItems: [PageItem] = []
    private var placedAreas: [PlacedArea] = []
    var height: Points { units.last?.bottom ?? 0 }

    init(_ elements: [FlowElement]) {
        var y: Points = 0, glue: Points = 0
        var opening: [PageItem] = []
        for element in elements {
            switch element {
            case .box(let box):
                // Space before the first box is dropped, as at the top of a page.
                if !units.isEmpty { y += glue }
                glue = 0
                units.append(Unit(top: y, height: box.height, items: opening + box.items))
                opening = []
                y += box.height
            case .glue(let height):
                glue += height
            case .breakAllowed:
                if !units.isEmpty { units[units.count - 1].breakAfter = true }
            case .pageBreak:
                // A forced page break means nothing inside a cell: the cell's content stays together.
                break
            case .marker(let items):
                // End tags belong to the unit above (so that a cut after it leaves them balanced),
                // anything else to the unit below.
                let closing = items.prefix { if case .endTag = $0 { true } else { false } }
                if !closing.isEmpty, !units.isEmpty, opening.isEmpty {
                    units[units.count - 1].items += closing
                    opening += items.dropFirst(closing.count)
                } else {
                    opening += items
                }
            case .absolute(let items):
                absoluteItems += items
            case .keepClear(let area):
                placedAreas.append(area)
            }
        }
        if !opening.isEmpty {
            if units.isEmpty { units.append(Unit(top: 0, height: 0, items: opening)) } else { units[units.count - 1].items += opening }
        }
        if !units.isEmpty { units[units.count - 1].breakAfter = false }
    }

    /// What the content places on the page itself, handed to the flow that holds it.
    var placedElements: [FlowElement] {
        (absoluteItems.isEmpty ? [] : [.absolute(absoluteItems)]) + placedAreas.map(FlowElement.keepClear)
    }

    /// The items of every unit, positioned from the content's top.
    var placedItems: [PageItem] {
        units.flatMap { unit in unit.items.map { $0.offsetBy(dx: 0, dy: unit.top) } }
    }

    /// The same content `dy` lower.
    func shifted(by dy: Points) -> StackedContent {
        var copy = self
        for index in copy.units.indices { copy.units[index].top += dy }
        return copy
    }

    /// Moves down by `amount` every unit that reaches below `y` (units cut by `y` go entirely below it).
    mutating func insertSpace(at y: Points, amount: Points) {
        for index in units.indices where units[index].bottom > y + StackedContent.tolerance {
            units[index].top += amount
        }
    }

    /// Index of the first unit whose bottom is below `y` (the unit that `y` cuts, or the next one).
    func firstUnit(below y: Points) -> Int {
        var low = 0, high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].bottom <= y + StackedContent.tolerance { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Positions closer than this are the same position (sums of line pitches drift).
    static let tolerance: Points = 0.01
}
