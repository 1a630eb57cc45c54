import DocumentTree
import Pages

/// A document set to shrink to fit (`<document shrink-to-fit="true">`, a certificate) is one page whose
/// flow stays clear of its placed boxes. When a long name or title does not fit, the styles marked
/// `shrink` are set a step smaller, down to a floor: below it the text would no longer look like the
/// rest of the series, and the document is not produced. Only those styles change, so that a batch
/// of certificates differs only where their data differ, and uses few font sizes.
extension LayoutEngine {
    private static let shrinkSteps = [0.95, 0.9, 0.85, 0.8, 0.75]

    func layoutShrinkingToFit(_ document: Document) throws -> LaidOutDocument {
        let canShrink = document.styles.styles.values.contains(where: \.shrink)
        var factor = 1.0
        var steps = Self.shrinkSteps[...]
        // A smaller step sets again only the paragraphs of the styles it shrinks.
        let lineCaches = LineCaches()
        while true {
            let problem: LayoutError
            do {
                let laidOut = try layoutAsWritten(document.shrunk(by: factor), lineCaches: lineCaches)
                if laidOut.pages.count == 1 { return laidOut }
                problem = LayoutError("le document tient sur \(laidOut.pages.count) pages, et non sur une seule comme le demande « shrink-to-fit »",
                                      hint: "raccourcissez le texte (un nom ou un intitulé long) ou réduisez la taille des styles dans le thème")
            } catch let overlap as PlacedArea.Overlap {
                problem = overlap.error
            }
            guard canShrink else {
                var error = problem
                error.hint = "marquez « shrink: true » dans le thème les styles qui peuvent être composés plus petits (le nom, l'intitulé), ou raccourcissez le texte"
                throw error
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

private extension Document {
    /// The document with its styles marked `shrink` set `factor` times their size: size, spaces and
    /// indents (the line height is relative to the size).
    func shrunk(by factor: Double) -> Document {
        guard factor < 1 else { return self }
        var copy = self
        for (name, var style) in styles.styles where style.shrink {
            style.size *= factor
            style.spaceBefore *= factor
            style.spaceAfter *= factor
            style.leftIndent *= factor
            style.rightIndent *= factor
            style.firstLineIndent *= factor
            copy.styles.styles[name] = style
        }
        return copy
    }
}
