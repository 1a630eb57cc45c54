public struct Heading: Sendable, Hashable {
    public var level: Int
    public var content: [Inline]
    /// Style name; `h1`…`h6` by default.
    public var style: String?
    /// Named destination for links and the table of contents; generated when nil.
    public var anchor: String?
    /// Appears in the PDF outline and the table of contents.
    public var inOutline = true
    public init(level: Int, _ content: [Inline], style: String? = nil, anchor: String? = nil, inOutline: Bool = true) {
        self.level = min(max(level, 1), 6); self.content = content; self.style = style
        self.anchor = anchor; self.inOutline = inOutline
    }
    public var styleName: String { style ?? "h\(level)" }
}

public struct Paragraph: Sendable, Hashable {
    public var content: [Inline]
    public var style: String
    public init(_ content: [Inline], style: String = "body") { self.content = content; self.style = style }
    public init(_ text: String, style: String = "body") { self.init([.text(text)], style: style) }
}

public indirect enum Block: Sendable, Hashable {
    case heading(Heading)
    case paragraph(Paragraph)
    /// Ends the page; the next page uses `master` when given (a change of page master mid-document).
    case pageBreak(master: String? = nil)
    /// Blocks kept on one page when they fit on one.
    case keepTogether([Block])
    case spacer(Points)
    case list(ListBlock)
    case table(Table)
    case image(ImageBlock)
    case box(Box)
    /// A box placed at an absolute position on the current page; it does not move the flow.
    case placed(PlacedBox)
    case qrCode(QRCodeBlock)
    case chart(Chart)
    case tableOfContents(TableOfContents)
    /// A horizontal rule across the measure.
    case rule(thickness: Points = 0.5, color: Color = .black)
}

public struct ListBlock: Sendable, Hashable {
    public enum Marker: Sendable, Hashable { case bullet, number }
    public var marker: Marker
    public var start: Int
    /// Each item is a sequence of blocks; a nested list is a `.list` block inside an item.
    public var items: [[Block]]
    public var indent: Points
    public init(marker: Marker, items: [[Block]], start: Int = 1, indent: Points = 18) {
        self.marker = marker; self.items = items; self.start = start; self.indent = indent
    }
}

public struct Table: Sendable, Hashable {
    public enum ColumnWidth: Sendable, Hashable {
        case fixed(Points)
        /// A share of the width left after fixed and content columns (`2fr`).
        case fraction(Double)
        /// As wide as the widest unbreakable content, within the space available.
        case content
    }
    public enum VerticalAlignment: String, Sendable, Hashable { case top, middle, bottom }
    public struct Cell: Sendable, Hashable {
        public var blocks: [Block]
        public var columnSpan: Int
        public var rowSpan: Int
        public var alignment: TextAlignment?
        public var verticalAlignment: VerticalAlignment
        public var background: Color?
        public init(_ blocks: [Block], columnSpan: Int = 1, rowSpan: Int = 1, alignment: TextAlignment? = nil,
                    verticalAlignment: VerticalAlignment = .top, background: Color? = nil) {
            self.blocks = blocks; self.columnSpan = columnSpan; self.rowSpan = rowSpan
            self.alignment = alignment; self.verticalAlignment = verticalAlignment; self.background = background
        }
        public init(_ text: String, style: String = "cell", alignment: TextAlignment? = nil) {
            self.init([.paragraph(Paragraph(text, style: style))], alignment: alignment)
        }
    }
    public struct Row: Sendable, Hashable {
        public var cells: [Cell]
        /// A total row is set in bold.
        public var isTotal: Bool
        public init(_ cells: [Cell], isTotal: Bool = false) { self.cells = cells; self.isTotal = isTotal }
    }
    public var columns: [ColumnWidth]
    /// The first `headerRows` rows repeat at the top of every page the table continues on.
    public var headerRows: Int
    public var rows: [Row]
    /// Columns whose cells are numbers, aligned right.
    public var numericColumns: Set<Int>
    public var borderWidth: Points = 0.5
    public var borderColor: Color = .black
    public var padding: Insets = Insets(top: 3, right: 4, bottom: 3, left: 4)
    public var headerBackground: Color? = Color(red: 0.9, green: 0.9, blue: 0.93)
    public var bandBackground: Color? = nil
    public var cellStyle = "cell"
    public init(columns: [ColumnWidth], headerRows: Int = 1, rows: [Row], numericColumns: Set<Int> = []) {
        self.columns = columns; self.headerRows = headerRows; self.rows = rows; self.numericColumns = numericColumns
    }
}

public struct ImageBlock: Sendable, Hashable {
    public enum Fit: String, Sendable, Hashable { case width, height, contain }
    /// A file path (PNG, JPEG or SVG, by content).
    public var path: String
    public var width: Points?
    public var height: Points?
    public var alignment: TextAlignment = .center
    /// Alternative text for the structure tree; empty for a decorative image (an artifact).
    public var alternative: String = ""
    public init(path: String, width: Points? = nil, height: Points? = nil, alignment: TextAlignment = .center,
                alternative: String = "") {
        self.path = path; self.width = width; self.height = height; self.alignment = alignment
        self.alternative = alternative
    }
}

public struct Box: Sendable, Hashable {
    public enum Border: String, Sendable, Hashable { case none, single, double }
    public var blocks: [Block]
    public var border: Border = .single
    public var borderWidth: Points = 0.75
    public var borderColor: Color = .black
    public var background: Color?
    public var padding: Insets = Insets(all: 6)
    public var cornerRadius: Points = 0
    /// Narrower than the measure when set.
    public var width: Points?
    public init(_ blocks: [Block]) { self.blocks = blocks }
}

public struct PlacedBox: Sendable, Hashable {
    /// From the page's top-left corner.
    public var x: Points, y: Points, width: Points
    public var box: Box
    /// Where the template places it (for layout's errors).
    public var source: SourceSite?
    public init(x: Points, y: Points, width: Points, box: Box, source: SourceSite? = nil) {
        self.x = x; self.y = y; self.width = width; self.box = box; self.source = source
    }
}

/// A place in a template file, as its author sees it: what layout names in its errors.
public struct SourceSite: Sendable, Hashable {
    public var path: String
    public var line: Int
    public var column: Int
    public init(path: String, line: Int, column: Int) { self.path = path; self.line = line; self.column = column }
}

public struct QRCodeBlock: Sendable, Hashable {
    public enum ErrorCorrection: String, Sendable, Hashable, CaseIterable { case low = "L", medium = "M", quartile = "Q", high = "H" }
    public var text: String
    /// Side of the whole symbol including its 4-module quiet zone.
    public var size: Points
    public var errorCorrection: ErrorCorrection
    public var alignment: TextAlignment
    /// Alternative text for the structure tree.
    public var alternative: String = ""
    public init(text: String, size: Points = 72, errorCorrection: ErrorCorrection = .medium, alignment: TextAlignment = .left) {
        self.text = text; self.size = size; self.errorCorrection = errorCorrection; self.alignment = alignment
    }
}

public struct Chart: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case bar, radar }
    public struct Entry: Sendable, Hashable {
        public var label: String
        public var value: Double
        public init(label: String, value: Double) { self.label = label; self.value = value }
    }
    public var kind: Kind
    public var entries: [Entry]
    /// Scale from 0 to `maximum`; `scaleLabels` names the graduations 1…maximum when given.
    public var maximum: Double
    public var scaleLabels: [String]
    public var width: Points
    public var height: Points
    public var color: Color = .black
    public var title: String = ""
    /// Alternative text for the structure tree.
    public var alternative: String = ""
    public init(kind: Kind, entries: [Entry], maximum: Double, scaleLabels: [String] = [], width: Points = 400, height: Points = 220) {
        self.kind = kind; self.entries = entries; self.maximum = maximum; self.scaleLabels = scaleLabels
        self.width = width; self.height = height
    }
}

public struct TableOfContents: Sendable, Hashable {
    public var maxLevel: Int
    public var style: String
    public init(maxLevel: Int = 2, style: String = "toc") { self.maxLevel = maxLevel; self.style = style }
}
