import DocumentTree
import Pages

/// Boxes: blocks inside a border, a background and padding. A box that fits on a page is never
/// cut (it moves to the next page when the rest of this one is too short); a taller one is cut into
/// slices like a table row, each part closed by the border where the page ends and opened again on
/// the next (a cut box has square corners). A placed box sits at a position on the page and does not
/// move the flow.
extension BlockFlow {
    func boxElements(_ box: Box, left: Points, width: Points) throws -> [FlowElement] {
        let frame = BoxFrame(box: box, width: min(box.width ?? width, width))
        var slab = try boxSlab(box, frame: frame, left: left)
        var result: [FlowElement] = [.glue(6)]
        if slab.height <= pageHeight + StackedContent.tolerance {
            result.append(.box(FlowBox(height: slab.height, items: frame.wholeItems(slab, left: left))))
        } else {
            let strip = frame.inset + max(box.padding.top, box.padding.bottom)
            let slices = slab.slices(maxHeight: pageHeight - 2 * strip)
            for (index, slice) in slices.enumerated() {
                var part = frame.sliceBox(slice, left: left, isFirst: index == 0, isLast: index == slices.count - 1)
                if index > 0 { part.continuationHeader = [frame.openingStrip(left: left)] }
                result.append(.box(part))
                if slice.breakAfter { result.append(.breakAllowed) }
            }
        }
        result += slab.cells.flatMap(\.content.placedElements)
        result.append(.glue(6))
        return result
    }

    /// A box at a position from the page's top-left corner, whole, whatever its height.
    func placedElements(_ placed: PlacedBox) throws -> [FlowElement] {
        let frame = BoxFrame(box: placed.box, width: placed.width)
        let slab = try boxSlab(placed.box, frame: frame, left: placed.x)
        try checkFits(placed, height: slab.height)
        let items = frame.wholeItems(slab, left: placed.x).map { $0.offsetBy(dx: 0, dy: placed.y) }
        let area = PlacedArea(frame: Rect(x: placed.x, y: placed.y, width: placed.width, height: slab.height), source: placed.source)
        return [.absolute(items), .keepClear(area)] + slab.cells.flatMap(\.content.placedElements)
    }

    /// A placed box stays inside the page's text area: past a margin it would run over a frame or
    /// off what office printers print. Nothing is shrunk: the template's author moves or narrows it.
    private func checkFits(_ placed: PlacedBox, height: Points) throws {
        let millimetres = { (points: Points) in Int((points / 72 * 25.4).rounded(.up)) }
        let overflows = [
            ("du bas", placed.y + height - pageArea.maxY, "remontez-le (y) ou raccourcissez son contenu"),
            ("de droite", placed.x + placed.width - pageArea.maxX, "décalez-le vers la gauche (x) ou rétrécissez-le (width)"),
            ("du haut", pageArea.y - placed.y, "descendez-le (y)"),
            ("de gauche", pageArea.x - placed.x, "décalez-le vers la droite (x)"),
        ]
        guard let (edge, excess, fix) = overflows.first(where: { $0.1 > 0.5 }) else { return }
        throw LayoutError("le bloc placé (<place>) dépasse la marge \(edge) de la page de \(millimetres(excess)) mm",
                          at: placed.source, hint: fix)
    }

    private func boxSlab(_ box: Box, frame: BoxFrame, left: Points) throws -> CellSlab {
        let inner = frame.width - 2 * frame.inset - box.padding.left - box.padding.right
        guard inner > 0 else {
            throw LayoutError("un encadré de \(Int(frame.width.rounded())) pt de large ne laisse aucune place à son contenu dans sa bordure et sa marge intérieure")
        }
        let content = StackedContent(try elements(for: box.blocks, left: left + frame.inset + box.padding.left, width: inner))
        let height = content.height + box.padding.top + box.padding.bottom + 2 * frame.inset
        let cell = CellSlab.Cell(frame: Rect(x: left, y: 0, width: frame.width, height: height),
                                 content: content.shifted(by: frame.inset + box.padding.top), row: 0)
        return CellSlab(cells: [cell], height: height)
    }
}

/// How a box's border and background are drawn, whole or slice by slice.
private struct BoxFrame {
    let box: Box
    let width: Points

    /// Distances of the border's rules from the box's edge, to their middle: one rule, or two rules
    /// with a gap as wide as a rule between them.
    var ruleOffsets: [Points] {
        switch box.border {
        case .none: []
        case .single: [box.borderWidth / 2]
        case .double: [box.borderWidth / 2, box.borderWidth * 2.5]
        }
    }

    /// Room the border takes inside the box's edge.
    var inset: Points {
        switch box.border {
        case .none: 0
        case .single: box.borderWidth
        case .double: 3 * box.borderWidth
        }
    }

    var stroke: Stroke { Stroke(width: box.borderWidth, color: box.borderColor) }

    func wholeItems(_ slab: CellSlab, left: Points) -> [PageItem] {
        let rect = Rect(x: left, y: 0, width: width, height: slab.height)
        var items: [PageItem] = []
        if let background = box.background {
            items.append(.rectangle(rect, fill: background, stroke: nil, cornerRadius: box.cornerRadius))
        }
        for offset in ruleOffsets {
            items.append(.rectangle(Rect(x: rect.x + offset, y: offset, width: width - 2 * offset, height: rect.height - 2 * offset),
                                    fill: nil, stroke: stroke, cornerRadius: max(box.cornerRadius - offset, 0)))
        }
        return items + slab.cells.flatMap(\.content.placedItems)
    }

    func sliceBox(_ slice: CellSlab.Slice, left: Points, isFirst: Bool, isLast: Bool) -> FlowBox {
        var items: [PageItem] = []
        if let background = box.background {
            items.append(.rectangle(Rect(x: left, y: 0, width: width, height: slice.height), fill: background, stroke: nil, cornerRadius: 0))
        }
        items += slice.portions.flatMap(\.items)
        for offset in ruleOffsets {
            let top = isFirst ? offset : 0, bottom = isLast ? slice.height - offset : slice.height
            items += sides(left: left, offset: offset, from: top, to: bottom)
            if isFirst { items.append(across(left: left, offset: offset, y: offset)) }
            if isLast { items.append(across(left: left, offset: offset, y: slice.height - offset)) }
        }
        return FlowBox(height: slice.height, items: items, closingItems: isLast ? [] : closingStrip(left: left, top: slice.height))
    }

    /// The top of the border where a cut box continues on a new page, with room for the padding.
    func openingStrip(left: Points) -> FlowBox {
        let height = inset + box.padding.top
        var items: [PageItem] = box.background.map {
            [.rectangle(Rect(x: left, y: 0, width: width, height: height), fill: $0, stroke: nil, cornerRadius: 0)]
        } ?? []
        for offset in ruleOffsets {
            items += sides(left: left, offset: offset, from: offset, to: height)
            items.append(across(left: left, offset: offset, y: offset))
        }
        return FlowBox(height: height, items: items)
    }

    /// The bottom of the border drawn under the last slice of a page.
    private func closingStrip(left: Points, top: Points) -> [PageItem] {
        let height = inset + box.padding.bottom
        var items: [PageItem] = box.background.map {
            [.rectangle(Rect(x: left, y: top, width: width, height: height), fill: $0, stroke: nil, cornerRadius: 0)]
        } ?? []
        for offset in ruleOffsets {
            items += sides(left: left, offset: offset, from: top, to: top + height - offset)
            items.append(across(left: left, offset: offset, y: top + height - offset))
        }
        return items
    }

    private func sides(left: Points, offset: Points, from top: Points, to bottom: Points) -> [PageItem] {
        [.line(from: Point(x: left + offset, y: top), to: Point(x: left + offset, y: bottom), stroke: stroke),
         .line(from: Point(x: left + width - offset, y: top), to: Point(x: left + width - offset, y: bottom), stroke: stroke)]
    }

    private func across(left: Points, offset: Points, y: Points) -> PageItem {
        .line(from: Point(x: left + offset, y: y), to: Point(x: left + width - offset, y: y), stroke: stroke)
    }
}
