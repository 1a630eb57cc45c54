import DocumentTree
import Pages

/// An unbreakable slice of the vertical flow: a line of text, a table row, an image.
/// Its items are positioned relative to the text area's left edge and the box's top.
struct FlowBox: Sendable {
    var height: Points
    var items: [PageItem]
    /// Boxes to set first when this box starts a page (a table's header rows).
    var continuationHeader: [FlowBox] = []
    /// Items set at this box's bottom when a page ends right after it (the rule closing a cut table row).
    var closingItems: [PageItem] = []
}

/// The vertical list a section of the document becomes before it is cut into pages,
/// in the manner of TeX's vertical mode: boxes, discardable space, and break points.
enum FlowElement: Sendable {
    case box(FlowBox)
    /// Vertical space; dropped where a page begins.
    case glue(Points)
    /// A place where a page may end.
    case breakAllowed
    /// A forced page break.
    case pageBreak
    /// Zero-height items that go on the page being filled (structure tags, destinations).
    case marker([PageItem])
    /// Items in page coordinates for the page being filled (a box placed absolutely).
    case absolute([PageItem])
    /// The frame of a box placed on the page being filled, which its flow must leave clear.
    case keepClear(PlacedArea)
}

extension PageItem {
    func offsetBy(dx: Points, dy: Points) -> PageItem {
        func move(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        func move(_ r: Rect) -> Rect { Rect(x: r.x + dx, y: r.y + dy, width: r.width, height: r.height) }
        switch self {
        case .text(var line):
            line.origin = move(line.origin)
            return .text(line)
        case .line(let from, let to, let stroke): return .line(from: move(from), to: move(to), stroke: stroke)
        case .rectangle(let rect, let fill, let stroke, let radius):
            return .rectangle(move(rect), fill: fill, stroke: stroke, cornerRadius: radius)
        case .path(var shape):
            shape.subpaths = shape.subpaths.map { $0.map(move) }
            return .path(shape)
        case .modules(var grid):
            grid.origin = move(grid.origin)
            return .modules(grid)
        case .image(let rect, let image): return .image(move(rect), image)
        case .link(let rect, let target): return .link(move(rect), target)
        case .destination(let name, let at): return .destination(name: name, at: move(at))
        case .outline(let title, let level, let at): return .outline(title: title, level: level, at: move(at))
        case .beginTag, .endTag, .alternative, .cellPlace: return self
        }
    }
}

extension FlowBox {
    func offsetBy(dx: Points, dy: Points) -> FlowBox {
        var box = self
        box.items = items.map { $0.offsetBy(dx: dx, dy: dy) }
        return box
    }
}
