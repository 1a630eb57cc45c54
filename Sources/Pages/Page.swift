import DocumentTree

/// Layout's output: pages of positioned items, in points from the page's top-left corner,
/// y growing downwards. The renderer walks them with one `switch` and decides nothing.
public struct LaidOutDocument: Sendable {
    public var metadata: Metadata
    public var pages: [Page]
    public init(metadata: Metadata, pages: [Page]) { self.metadata = metadata; self.pages = pages }
}

public struct Page: Sendable {
    public var size: PageSize
    public var items: [PageItem]
    public init(size: PageSize, items: [PageItem] = []) { self.size = size; self.items = items }
}

public struct Point: Sendable, Hashable {
    public var x: Points, y: Points
    public init(x: Points, y: Points) { self.x = x; self.y = y }
}

public struct Rect: Sendable, Hashable {
    public var x: Points, y: Points, width: Points, height: Points
    public init(x: Points, y: Points, width: Points, height: Points) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    public var maxX: Points { x + width }
    public var maxY: Points { y + height }
}

/// One line of shaped text. `origin` is the left end of the baseline.
public struct TextLine: Sendable, Hashable {
    public var origin: Point
    public var width: Points
    public var ascent: Points
    public var descent: Points
    /// The characters of the line as they read (for tests and search).
    public var text: String
    /// What draws the line, glyphs placed from `origin`.
    public var runs: [GlyphRun]
    public init(origin: Point, width: Points, ascent: Points, descent: Points, text: String, runs: [GlyphRun]) {
        self.origin = origin; self.width = width; self.ascent = ascent; self.descent = descent
        self.text = text; self.runs = runs
    }
    public var top: Points { origin.y - ascent }
    public var bottom: Points { origin.y + descent }
}

public struct Stroke: Sendable, Hashable {
    public var width: Points
    public var color: Color
    public init(width: Points, color: Color) { self.width = width; self.color = color }
}

/// A square grid of modules, each dark or light: a QR code. Drawn as a one-bit mask, a pixel a module,
/// scaled without smoothing: a few hundred bytes in the PDF, and no path for cairo to write out.
public struct ModuleGrid: Sendable, Hashable {
    /// The top-left corner of the first module.
    public var origin: Point
    /// The side of one module.
    public var module: Points
    /// Modules on a side.
    public var size: Int
    /// Row by row from the top, `size × size`.
    public var dark: [Bool]
    public var color: Color
    public init(origin: Point, module: Points, size: Int, dark: [Bool], color: Color) {
        self.origin = origin; self.module = module; self.size = size; self.dark = dark; self.color = color
    }
}

/// Straight-edged shapes (chart bars and polygons): each subpath is a polyline.
public struct PathShape: Sendable, Hashable {
    public var subpaths: [[Point]]
    public var closed: Bool
    public var fill: Color?
    public var stroke: Stroke?
    public init(subpaths: [[Point]], closed: Bool, fill: Color? = nil, stroke: Stroke? = nil) {
        self.subpaths = subpaths; self.closed = closed; self.fill = fill; self.stroke = stroke
    }
}

/// Roles of the PDF structure tree that cairo 1.16 accepts.
public enum StructureRole: String, Sendable, Hashable {
    /// What is not content (running headers and footers, frames, rules, decorative images). Cairo 1.16
    /// has no artifact tag, so it writes a `Private` element that finishing turns into `/Artifact`
    /// marked content, out of the structure tree; the project uses `Private` for nothing else.
    case artifact = "Private"
    case document = "Document", section = "Sect", paragraph = "P", span = "Span"
    case h1 = "H1", h2 = "H2", h3 = "H3", h4 = "H4", h5 = "H5", h6 = "H6"
    case list = "L", listItem = "LI", table = "Table", tableRow = "TR", tableHeader = "TH", tableCell = "TD"
    case figure = "Figure"
    public static func heading(_ level: Int) -> StructureRole {
        [.h1, .h2, .h3, .h4, .h5, .h6][min(max(level, 1), 6) - 1]
    }
}

/// A table cell's place: its first row and column, and how many of each it spans.
public struct CellPlace: Sendable, Hashable {
    public var row: Int, column: Int
    public var rows: Int, columns: Int
    public init(row: Int, column: Int, rows: Int, columns: Int) {
        self.row = row; self.column = column; self.rows = rows; self.columns = columns
    }
}

public enum PageItem: Sendable, Hashable {
    case text(TextLine)
    case line(from: Point, to: Point, stroke: Stroke)
    case rectangle(Rect, fill: Color?, stroke: Stroke?, cornerRadius: Points)
    case path(PathShape)
    case modules(ModuleGrid)
    case image(Rect, ImageID)
    /// A clickable area.
    case link(Rect, LinkTarget)
    /// A named destination (target of internal links).
    case destination(name: String, at: Point)
    /// An entry of the PDF outline (bookmarks), nested by level.
    case outline(title: String, level: Int, at: Point)
    /// Structure tags enclose the items that belong to them; they may span pages.
    case beginTag(StructureRole)
    case endTag(StructureRole)
    /// The text alternative of the Figure just begun (its `alt`): cairo 1.16 cannot write it on the
    /// element, so finishing sets it on the Figures in document order.
    case alternative(String)
    /// Where the TH or TD just begun sits in its table and how many rows and columns it spans. Layout
    /// joins by it the pieces of one row that a page holds; cairo 1.16 cannot write `/RowSpan` and
    /// `/ColSpan`, so finishing sets them on the cells in document order.
    case cellPlace(CellPlace)
}

extension LaidOutDocument {
    /// The Figures' text alternatives, in the order their elements begin.
    public var figureAlternatives: [String] {
        pages.flatMap { $0.items.compactMap { item in if case .alternative(let text) = item { text } else { nil } } }
    }

    /// The spans of the table cells that span several rows or columns, by the cell's index among the
    /// TH and TD elements in the order they begin.
    public var cellSpans: [Int: (rows: Int, columns: Int)] {
        var spans: [Int: (rows: Int, columns: Int)] = [:]
        var cells = 0
        for page in pages {
            for item in page.items {
                switch item {
                case .beginTag(.tableHeader), .beginTag(.tableCell): cells += 1
                case .cellPlace(let place) where place.rows > 1 || place.columns > 1:
                    spans[cells - 1] = (place.rows, place.columns)
                default: break
                }
            }
        }
        return spans
    }
}
