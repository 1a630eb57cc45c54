import DocumentTree
import Pages

/// The frame of a box placed on a page (`<place>`), which the flow of that page must leave clear: the
/// flow does not move around it, so a long name or title that reaches it would print over it.
/// Nothing is moved: the document is not produced, and the error says what reaches the box (a document
/// that shrinks to fit is first set smaller, see `ShrinkToFit.swift`).
struct PlacedArea: Sendable {
    /// In page coordinates.
    var frame: Rect
    var source: SourceSite?

    /// Overlaps up to this are the empty part of a line's height (its descent with no descender).
    private static let tolerance: Points = 1

    /// Throws when `items` (the flow of the page, in page coordinates) print over the frame, saying how
    /// far down into it they reach and quoting the first line of text that does.
    func checkClear(of items: [PageItem]) throws {
        var reached: (top: Points, bottom: Points)?
        var firstText: String?
        for item in items {
            guard let bounds = Self.bounds(of: item) else { continue }
            let top = max(bounds.y, frame.y), bottom = min(bounds.maxY, frame.maxY)
            guard min(bounds.maxX, frame.maxX) - max(bounds.x, frame.x) > Self.tolerance, bottom - top > Self.tolerance else { continue }
            reached = (min(reached?.top ?? top, top), max(reached?.bottom ?? bottom, bottom))
            if firstText == nil, case .text(let line) = item { firstText = line.text }
        }
        guard let reached else { return }
        let millimetres = Int(((reached.bottom - reached.top) / 72 * 25.4).rounded(.up))
        let what = firstText.map { "le texte « \(Self.excerpt($0)) »" } ?? "le contenu de la page"
        throw Overlap(error: LayoutError(
            "\(what) empiète de \(millimetres) mm sur le bloc placé (<place>) : le fil du texte ne s'écarte pas des blocs placés",
            at: source,
            hint: "raccourcissez le texte qui précède le bloc (un nom ou un intitulé long), descendez le bloc (y) ou réduisez la taille des styles dans le thème"))
    }

    /// The flow printing over a placed box: what a document set to shrink to fit may still avoid.
    struct Overlap: Error {
        var error: LayoutError
    }

    /// What an item covers on the page; nil for what prints nothing (tags, links, destinations).
    private static func bounds(of item: PageItem) -> Rect? {
        switch item {
        case .text(let line):
            return Rect(x: line.origin.x, y: line.top, width: line.width, height: line.ascent + line.descent)
        case .rectangle(let rect, _, _, _), .image(let rect, _):
            return rect
        case .line(let from, let to, _):
            return Rect(x: min(from.x, to.x), y: min(from.y, to.y), width: abs(to.x - from.x), height: abs(to.y - from.y))
        case .modules(let grid):
            let side = grid.module * Points(grid.size)
            return Rect(x: grid.origin.x, y: grid.origin.y, width: side, height: side)
        case .path(let shape):
            let points = shape.subpaths.joined()
            guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(),
                  let minY = points.map(\.y).min(), let maxY = points.map(\.y).max() else { return nil }
            return Rect(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
        case .link, .destination, .outline, .beginTag, .endTag, .alternative, .cellPlace:
            return nil
        }
    }

    private static func excerpt(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(59)) + "…"
    }
}
