import Native

/// One line chosen by a line breaker: a line of a shaped paragraph.
struct SetLine {
    let paragraph: ShapedParagraph
    let index: Int
    var info: ShapedParagraph.LineInfo { paragraph.lines[index] }
    var shaped: ShapedText { paragraph.line(index) }
}

/// Chooses where a paragraph's lines end. The one seam between text and flow: an optimal
/// (total-fit) breaker can replace the greedy one without touching pagination.
protocol LineBreaker {
    func breakLines(_ spec: ParagraphSpec) -> [SetLine]
}

/// Pango's own first-fit breaking, at spaces and at the soft hyphens inserted beforehand.
struct GreedyLineBreaker: LineBreaker {
    let shaper: TextShaper
    func breakLines(_ spec: ParagraphSpec) -> [SetLine] {
        let paragraph = shaper.shape(spec)
        return paragraph.lines.indices.map { SetLine(paragraph: paragraph, index: $0) }
    }
}
