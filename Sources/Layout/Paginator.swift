import DocumentTree
import Pages

/// Cuts a section's vertical list into page bodies: fills each page, and when a box does not fit,
/// ends the page at the last allowed break on it (so keep rules move content to the next page).
struct Paginator {
    /// Height of the text area.
    let capacity: Points

    /// One page body: items relative to the text area's top-left.
    struct Body {
        var items: [PageItem] = []
        /// Items placed in page coordinates (boxes placed absolutely).
        var absoluteItems: [PageItem] = []
        /// The frames of those boxes, which the flow must leave clear.
        var placedAreas: [PlacedArea] = []
        var used: Points = 0
        var hasBoxes = false
    }

    func paginate(_ elements: [FlowElement]) -> [Body] {
        var bodies: [Body] = []
        var index = 0
        while index < elements.count || bodies.isEmpty {
            var (body, next) = fillPage(elements, from: index)
            body.items = TableRows.joined(body.items)
            bodies.append(body)
            if next >= elements.count { break }
            index = next
        }
        return bodies
    }

    /// Fills one page from `start`; returns the body and where the next page resumes.
    private func fillPage(_ elements: [FlowElement], from start: Int) -> (Body, Int) {
        var body = Body()
        var y: Points = 0
        // The last allowed break: the element index after it, and how far the body went there (not a
        // copy of the body: that copied the page's items at every break of a table's rows).
        var lastBreak: (resume: Int, items: Int, absoluteItems: Int, placedAreas: Int, used: Points, closing: [PageItem])? = nil
        var index = start
        var pendingGlue: Points = 0
        // The closing items of the last box placed, in body coordinates: drawn if the page ends after it.
        var closing: [PageItem] = []

        func place(_ box: FlowBox) {
            y += pendingGlue
            pendingGlue = 0
            closing = box.closingItems.map { $0.offsetBy(dx: 0, dy: y) }
            body.items += box.items.map { $0.offsetBy(dx: 0, dy: y) }
            y += box.height
            body.used = y
            body.hasBoxes = true
        }

        while index < elements.count {
            switch elements[index] {
            case .glue(let height):
                if body.hasBoxes { pendingGlue += height }
            case .marker(let items):
                body.items += items.map { $0.offsetBy(dx: 0, dy: y + pendingGlue) }
            case .absolute(let items):
                body.absoluteItems += items
            case .keepClear(let area):
                body.placedAreas.append(area)
            case .breakAllowed:
                if body.hasBoxes {
                    lastBreak = (index + 1, body.items.count, body.absoluteItems.count, body.placedAreas.count, body.used, closing)
                }
            case .pageBreak:
                return (body, index + 1)
            case .box(var box):
                if !body.hasBoxes, !box.continuationHeader.isEmpty {
                    // A table continued from the previous page: repeat its header first.
                    for header in box.continuationHeader { place(header) }
                    box.continuationHeader = []
                }
                let needed = box.height + (body.hasBoxes ? pendingGlue : 0)
                if y + needed <= capacity + 0.01 || !body.hasBoxes {
                    if !body.hasBoxes { pendingGlue = 0 }
                    place(box)
                } else if let lastBreak {
                    body.items.removeSubrange(lastBreak.items...)
                    body.items += lastBreak.closing
                    body.absoluteItems.removeSubrange(lastBreak.absoluteItems...)
                    body.placedAreas.removeSubrange(lastBreak.placedAreas...)
                    body.used = lastBreak.used
                    return (body, lastBreak.resume)
                } else {
                    // No allowed break on this page (an over-long keep): break here rather than overflow.
                    body.items += closing
                    return (body, index)
                }
            }
            index += 1
        }
        return (body, index)
    }
}
