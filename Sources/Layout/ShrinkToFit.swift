import DocumentTree
import Pages

/// A document set to shrink to fit (`<document shrink-to-fit="true">`, a certificate) is one page whose
/// flow stays clear of its placed boxes. When a long name or title does not fit, the flow is laid out
/// again a step smaller, down to a floor: below it the text would no longer look like the rest of the
/// series, and the document is not produced.
extension LayoutEngine {
    static let shrinkSteps = [0.95, 0.9, 0.85, 0.8, 0.75]

    func layoutShrinkingToFit(_ document: Document) throws -> LaidOutDocument {
        var factor = 1.0
        var steps = Self.shrinkSteps[...]
        while true {
            let problem: LayoutError
            do {
                let laidOut = try layoutAsWritten(factor == 1 ? document : document.shrunk(by: factor))
                if laidOut.pages.count == 1 { return laidOut }
                problem = LayoutError("le document tient sur \(laidOut.pages.count) pages, et non sur une seule comme le demande « shrink-to-fit »",
                                      hint: "raccourcissez le texte (un nom ou un intitulé long) ou réduisez la taille des styles dans le thème")
            } catch let overlap as PlacedArea.Overlap {
                problem = overlap.error
            }
            guard let next = steps.popFirst() else {
                var error = problem
                error.message += ", même réduit à \(Int((factor * 100).rounded()))\u{00A0}%"
                throw error
            }
            factor = next
        }
    }
}

extension Document {
    /// The document with its flow set `factor` times its size: the styles of the text outside placed
    /// boxes (size, spaces and indents; the line height is relative), its spacers and images. Placed
    /// boxes keep the styles only they use, and QR codes their size, so that they still scan.
    func shrunk(by factor: Double) -> Document {
        var copy = self
        var names = Set<String>()
        copy.body = body.map { $0.shrunk(by: factor, styles: &names) }
        for name in names {
            let key = styles.styles[name] == nil ? "body" : name
            guard var style = styles.styles[key] else { continue }
            style.size *= factor
            style.spaceBefore *= factor
            style.spaceAfter *= factor
            style.leftIndent *= factor
            style.rightIndent *= factor
            style.firstLineIndent *= factor
            copy.styles.styles[key] = style
        }
        return copy
    }
}

private extension Block {
    /// The block set smaller; collects the names of the styles it uses.
    func shrunk(by factor: Double, styles: inout Set<String>) -> Block {
        func blocks(_ list: [Block]) -> [Block] { list.map { $0.shrunk(by: factor, styles: &styles) } }
        switch self {
        case .heading(let heading):
            styles.insert(heading.styleName)
        case .paragraph(let paragraph):
            styles.insert(paragraph.style)
        case .keepTogether(let list):
            return .keepTogether(blocks(list))
        case .spacer(let height):
            return .spacer(height * factor)
        case .list(var list):
            list.items = list.items.map(blocks)
            list.indent *= factor
            return .list(list)
        case .table(var table):
            styles.insert(table.cellStyle)
            for row in table.rows.indices {
                for cell in table.rows[row].cells.indices {
                    table.rows[row].cells[cell].blocks = blocks(table.rows[row].cells[cell].blocks)
                }
            }
            return .table(table)
        case .image(var image):
            image.width = image.width.map { $0 * factor }
            image.height = image.height.map { $0 * factor }
            return .image(image)
        case .box(var box):
            box.blocks = blocks(box.blocks)
            return .box(box)
        case .pageBreak, .placed, .qrCode, .chart, .tableOfContents, .rule:
            break
        }
        return self
    }
}
