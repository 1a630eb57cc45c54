import DocumentTree
import Native
import Pages

extension LayoutEngine {
    /// Places a page body in its master's text area and adds the frame, header and footer,
    /// whose fields now know the page's number and the exact page count.
    /// `bandLines`: lines of headers and footers, shared by the pages (only page fields differ).
    func decorate(_ page: PageBody, number: Int, of count: Int, document: Document, fields: FieldValues,
                  bandLines: LineCache) throws -> Page {
        let master = page.master
        var items: [PageItem] = []
        // The frame, header and footer are artifacts: they repeat on every page and are not content.
        if let frame = master.frame { items += Self.artifact(frameItems(frame, size: master.size)) }
        let flow = RuleJoining.joined(page.body.items).map { $0.offsetBy(dx: master.margins.left, dy: master.margins.top) }
        for area in page.body.placedAreas { try area.checkClear(of: flow) }
        items += flow
        items += page.body.absoluteItems
        var bandFields = fields
        bandFields.pageNumber = number
        bandFields.pageCount = count
        let width = master.size.width - master.margins.left - master.margins.right
        if let header = master.header {
            items += Self.artifact(try bandItems(header, document: document, fields: bandFields, width: width,
                                                 left: master.margins.left, baseline: master.margins.top / 2, lines: bandLines))
        }
        if let footer = master.footer {
            items += Self.artifact(try bandItems(footer, document: document, fields: bandFields, width: width,
                                                 left: master.margins.left, baseline: master.size.height - master.margins.bottom / 2, lines: bandLines))
        }
        return Page(size: master.size, items: items)
    }

    /// The three parts of a header or footer, side by side: the left one wraps in the room the centre and
    /// right ones leave it (their widest line and a gap), so that a long title never runs into « page 2 sur 4 ».
    private func bandItems(_ band: Band, document: Document, fields: FieldValues, width: Points, left: Points,
                           baseline: Points, lines cache: LineCache) throws -> [PageItem] {
        let flow = BlockFlow(shaper: shaper, breaker: GreedyLineBreaker(shaper: shaper), styles: document.styles,
                             hyphenation: try main.hyphenation(for: document),
                             fields: fields, lineCache: cache, images: images)
        func set(_ content: [Inline], _ alignment: TextAlignment, width: Points) throws -> [FlowBox] {
            guard !content.isEmpty else { return [] }
            var style = document.styles[band.style]
            style.alignment = alignment
            style.hyphenate = false
            return try flow.setLines(content, style: style, left: left, width: width)
        }
        func widest(_ lines: [FlowBox]) -> Points {
            lines.flatMap(\.items).compactMap { item -> Points? in if case .text(let line) = item { line.width } else { nil } }.max() ?? 0
        }
        let center = try set(band.center, .center, width: width)
        let right = try set(band.right, .right, width: width)
        let gap: Points = 12
        let room: Points
        if !center.isEmpty {
            room = (width - widest(center)) / 2 - gap
        } else if !right.isEmpty {
            room = width - widest(right) - gap
        } else {
            room = width
        }
        let leftLines = try set(band.left, .left, width: max(room, width / 3))
        var items: [PageItem] = []
        for lines in [leftLines, center, right] {
            guard let first = lines.first else { continue }
            let firstBaseline = first.items.lazy.compactMap { item -> Points? in
                if case .text(let line) = item { return line.origin.y } else { return nil }
            }.first ?? 0
            var y = baseline - firstBaseline
            for line in lines {
                items += line.items.map { $0.offsetBy(dx: 0, dy: y) }
                y += line.height
            }
        }
        return items
    }

    private static func artifact(_ items: [PageItem]) -> [PageItem] {
        items.isEmpty ? [] : [.beginTag(.artifact)] + items + [.endTag(.artifact)]
    }

    private func frameItems(_ frame: PageFrame, size: PageSize) -> [PageItem] {
        let stroke = Stroke(width: frame.width, color: frame.color)
        func rect(_ inset: Points) -> PageItem {
            .rectangle(Rect(x: inset, y: inset, width: size.width - 2 * inset, height: size.height - 2 * inset),
                       fill: nil, stroke: stroke, cornerRadius: 0)
        }
        switch frame.border {
        case .none: return []
        case .single: return [rect(frame.inset)]
        case .double: return [rect(frame.inset), rect(frame.inset + 3 * frame.width)]
        }
    }
}
