import DocumentTree
import Native
import Pages

extension BlockFlow {
    /// The lines of a paragraph, one box each, with page breaks allowed only where they leave
    /// at least `orphans` lines before and `widows` lines after.
    func paragraphElements(_ inlines: [Inline], style: TextStyle, left: Points, width: Points,
                           tag: StructureRole, firstBoxMarks: [PageItem] = []) throws -> [FlowElement] {
        let lines = try setLines(inlines, style: style, left: left, width: width)
        guard !lines.isEmpty else { return [] }
        var result: [FlowElement] = [.glue(style.spaceBefore), .marker([.beginTag(tag)])]
        for (index, line) in lines.enumerated() {
            var box = line
            if index == 0 { box.items = firstBoxMarks + box.items }
            result.append(.box(box))
            let before = index + 1, after = lines.count - index - 1
            if after > 0, before >= style.orphans, after >= style.widows { result.append(.breakAllowed) }
        }
        result += [.marker([.endTag(tag)]), .glue(style.spaceAfter)]
        return result
    }

    /// Width of a text set on one line in `style` (a label, a number column).
    func textWidth(_ text: String, style: TextStyle) throws -> Points {
        try setLines([.text(text)], style: style, left: 0, width: 10_000).first?.textLine?.width ?? 0
    }

    /// Shapes and breaks a paragraph; one box per line, each `lineHeight × size` tall.
    func setLines(_ inlines: [Inline], style: TextStyle, left: Points, width: Points) throws -> [FlowBox] {
        if inlines.contains(where: \.dependsOnPages) {
            return try shapeLines(inlines, style: style, left: left, width: width)
        }
        return try lineCache.lines(for: LineCache.Key(inlines: inlines, style: style, left: left, width: width)) {
            try shapeLines(inlines, style: style, left: left, width: width)
        }
    }

    private func shapeLines(_ inlines: [Inline], style: TextStyle, left: Points, width: Points) throws -> [FlowBox] {
        try shaper.fonts.requireFamily(style.family)
        var inlines = inlines
        var pageAnchor: String?
        // In the body a page field is known only from an earlier pass; a page number there is the
        // page of a destination set on the paragraph's first line.
        if fields.pageNumber == nil, inlines.contains(where: \.dependsOnPages) {
            readsLaterPasses = true
            if inlines.contains(where: \.mentionsPageNumber) {
                let anchor = generatedAnchor("page")
                inlines = inlines.map { $0.replacingPageNumber(with: anchor) }
                pageAnchor = anchor
            }
        }
        let measure = width - style.leftIndent - style.rightIndent
        guard measure > 0 else { throw LayoutError("pas de place pour le texte : les retraits laissent \(measure) pt d'une largeur de \(width) pt") }
        let cutter = LongWordCutter(shaper: shaper, room: measure - max(style.firstLineIndent, 0) - TotalFitLineBreaker.safety)
        let runs = InlineRuns(inlines, style: style, fields: fields, hyphenation: style.hyphenate ? hyphenation : nil,
                              cutter: cutter)
        guard !runs.runs.isEmpty else { return [] }
        for run in runs.runs { try shaper.fonts.requireFamily(run.font.family) }
        let baseFont = FontSpec(family: style.family, size: style.size, bold: style.bold, italic: style.italic)
        let alignment: ParagraphAlignment = switch style.alignment {
        case .left: .left
        case .center: .center
        case .right: .right
        case .justify: .justify
        }
        let spec = ParagraphSpec(runs: runs.runs, width: measure, alignment: alignment,
                                 firstLineIndent: style.firstLineIndent, baseFont: baseFont)
        let metrics = shaper.metrics(baseFont)
        let pitch = max(style.size * style.lineHeight, metrics.ascent + metrics.descent)
        let baseline = (pitch - metrics.ascent - metrics.descent) / 2 + metrics.ascent
        let lines = alignment != .justify && !style.hyphenate
            ? breaker.naturalLines(spec, balanced: alignment == .center)
            : breaker.breakLines(spec)
        var boxes = lines.map { line in
            let info = line.info
            let x = left + style.leftIndent + info.x
            var items: [PageItem] = [.text(TextLine(origin: Point(x: x, y: baseline), width: info.width,
                                                    ascent: metrics.ascent, descent: metrics.descent,
                                                    text: info.text, runs: line.glyphs.runs.map(GlyphRun.init)))]
            items += line.glyphs.underlines.map { rect in
                .rectangle(Rect(rect, from: x, baseline), fill: Color(rect.color), stroke: nil, cornerRadius: 0)
            }
            items += line.glyphs.missingGlyphs.map { rect in
                .rectangle(Rect(rect, from: x, baseline), fill: nil, stroke: Stroke(width: 0.5, color: Color(rect.color)),
                           cornerRadius: 0)
            }
            for link in runs.links {
                guard let span = line.geometry.horizontalSpan(start: link.start, end: link.end) else { continue }
                items.append(.link(Rect(x: x + span.x, y: baseline - metrics.ascent, width: span.width,
                                        height: metrics.ascent + metrics.descent), link.target))
            }
            return FlowBox(height: pitch, items: items)
        }
        if let pageAnchor, !boxes.isEmpty { boxes[0].items.append(.destination(name: pageAnchor, at: Point(x: left, y: 0))) }
        return boxes
    }
}
