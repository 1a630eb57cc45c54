import DocumentTree
import Native
import Pages

/// Turns blocks into the vertical list of one section, at the section's text width.
/// Positions are relative to the text area's left edge.
final class BlockFlow {
    let shaper: TextShaper
    let breaker: LineBreaker
    let styles: StyleSheet
    let hyphenation: SoftHyphenInserter
    let fields: FieldValues
    /// Headings met in this pass, in order, for the next pass's table of contents.
    private(set) var headings: [HeadingEntry] = []
    private var generatedAnchors = 0
    /// Set when this pass printed something only a later pass knows (a page reference, the page
    /// count in the body, the table of contents): the engine then lays out again.
    var readsLaterPasses = false
    /// The text area being filled, in page coordinates: images are scaled to its height, tall rows
    /// and boxes are cut to it, placed boxes must stay inside it.
    var pageArea = Rect(x: 0, y: 0, width: .infinity, height: .infinity)
    var pageHeight: Points { pageArea.height }

    let lineCache: LineCache
    let images: ImageSizes
    /// Put in front of generated anchors' numbers: flows set side by side do not name two alike.
    let anchorNamespace: String

    init(shaper: TextShaper, breaker: LineBreaker, styles: StyleSheet, hyphenation: SoftHyphenInserter,
         fields: FieldValues, lineCache: LineCache = LineCache(), images: ImageSizes, anchorNamespace: String = "") {
        self.shaper = shaper; self.breaker = breaker; self.styles = styles
        self.hyphenation = hyphenation; self.fields = fields; self.lineCache = lineCache
        self.images = images; self.anchorNamespace = anchorNamespace
    }

    /// A fresh destination name, stable from one layout pass to the next.
    func generatedAnchor(_ prefix: String) -> String {
        generatedAnchors += 1
        return "\(prefix)-\(anchorNamespace)\(generatedAnchors)"
    }

    func elements(for blocks: [Block], left: Points, width: Points) throws -> [FlowElement] {
        var result: [FlowElement] = []
        for (index, block) in blocks.enumerated() {
            result += try elements(for: block, left: left, width: width)
            if index < blocks.count - 1, !keepsWithNext(block) { result.append(.breakAllowed) }
        }
        return result
    }

    func elements(for block: Block, left: Points, width: Points) throws -> [FlowElement] {
        switch block {
        case .heading(let heading):
            return try headingElements(heading, left: left, width: width)
        case .paragraph(let paragraph):
            return try paragraphElements(paragraph.content, style: styles[paragraph.style], left: left, width: width,
                                         tag: .paragraph)
        case .pageBreak:
            return [.pageBreak]
        case .keepTogether(let blocks):
            return try elements(for: blocks, left: left, width: width).filter {
                if case .breakAllowed = $0 { return false } else { return true }
            }
        case .spacer(let height):
            return [.box(FlowBox(height: height, items: []))]
        case .rule(let thickness, let color):
            let y = 3 + thickness / 2
            return [.box(FlowBox(height: 6 + thickness, items: [
                .line(from: Point(x: left, y: y), to: Point(x: left + width, y: y), stroke: Stroke(width: thickness, color: color)),
            ]))]
        case .list(let list):
            return try listElements(list, left: left, width: width)
        case .table(let table) where table.holdsPlainParagraphsOnly:
            return try lineCache.table(for: LineCache.TableKey(table: table, left: left, width: width, pageHeight: pageHeight)) {
                try tableElements(table, left: left, width: width)
            }
        case .table(let table):
            return try tableElements(table, left: left, width: width)
        case .image(let image):
            return try imageElements(image, left: left, width: width)
        case .box(let box):
            return try boxElements(box, left: left, width: width)
        case .placed(let placed):
            return try placedElements(placed)
        case .qrCode(let code):
            return try qrCodeElements(code, left: left, width: width)
        case .chart(let chart):
            return try chartElements(chart, left: left, width: width)
        case .tableOfContents(let contents):
            return try contentsElements(contents, left: left, width: width)
        }
    }

    /// Whether no page may end between `block` and the next one: a heading, a style that says so, and a
    /// paragraph ending with a colon, which introduces what follows (« sous l'intitulé : », then the wording).
    func keepsWithNext(_ block: Block) -> Bool {
        switch block {
        case .heading(let heading): return styles[heading.styleName].keepWithNext
        case .paragraph(let paragraph):
            return styles[paragraph.style].keepWithNext
                || paragraph.content.plainText.last(where: { !$0.isWhitespace }) == ":"
        case .keepTogether(let blocks): return blocks.last.map(keepsWithNext) ?? false
        default: return false
        }
    }

    private func headingElements(_ heading: Heading, left: Points, width: Points) throws -> [FlowElement] {
        let anchor = heading.anchor ?? generatedAnchor("section")
        let title = heading.content.plainText
        var marks: [PageItem] = [.destination(name: anchor, at: Point(x: left, y: 0))]
        if heading.inOutline {
            marks.append(.outline(title: title, level: heading.level, at: Point(x: left, y: 0)))
            headings.append(HeadingEntry(anchor: anchor, title: title, level: heading.level))
        }
        var style = styles[heading.styleName]
        style.hyphenate = false
        return try paragraphElements(heading.content, style: style, left: left, width: width,
                                     tag: .heading(heading.level), firstBoxMarks: marks)
    }
}
