/// Document information written into the PDF. The creation date comes from the document, never the
/// clock, so that the same input gives byte-identical output.
public struct Metadata: Sendable, Hashable {
    public var title = ""
    public var author = ""
    public var subject = ""
    public var keywords = ""
    public var creator = "ldm"
    /// ISO 8601, for example `2026-06-15T00:00:00Z`.
    public var creationDate = "2026-01-01T00:00:00Z"
    public var language = "fr"
    public init() {}
}

public struct PageSize: Sendable, Hashable {
    public var width: Points, height: Points
    public init(width: Points, height: Points) { self.width = width; self.height = height }
    public static let a4 = PageSize(width: 595.2756, height: 841.8898)
    public static let a3 = PageSize(width: 841.8898, height: 1190.5512)
    public static let letter = PageSize(width: 612, height: 792)
    public var landscape: PageSize { PageSize(width: max(width, height), height: min(width, height)) }
    public var portrait: PageSize { PageSize(width: min(width, height), height: max(width, height)) }
}

/// Text set in a header or footer band, left, centre and right; may hold page fields.
public struct Band: Sendable, Hashable {
    public var left: [Inline], center: [Inline], right: [Inline]
    public var style: String
    public init(left: [Inline] = [], center: [Inline] = [], right: [Inline] = [], style: String) {
        self.left = left; self.center = center; self.right = right; self.style = style
    }
}

/// A decorative frame drawn on every page of a master, inset from the page edge (black unless a
/// colour is given: the engine's defaults carry no one's identity).
public struct PageFrame: Sendable, Hashable {
    public var inset: Points
    public var border: Box.Border
    public var width: Points
    public var color: Color
    public init(inset: Points = 20, border: Box.Border = .double, width: Points = 1.5, color: Color = .black) {
        self.inset = inset; self.border = border; self.width = width; self.color = color
    }
}

public struct PageMaster: Sendable, Hashable {
    public var name: String
    public var size: PageSize
    /// The text area's margins; header and footer sit inside the top and bottom margins.
    public var margins: Insets
    public var header: Band?
    public var footer: Band?
    public var frame: PageFrame?
    public init(name: String, size: PageSize = .a4, margins: Insets = Insets(all: 2.2 * Unit.centimetre),
                header: Band? = nil, footer: Band? = nil, frame: PageFrame? = nil) {
        self.name = name; self.size = size; self.margins = margins
        self.header = header; self.footer = footer; self.frame = frame
    }
}

public struct Document: Sendable {
    public var metadata: Metadata
    public var styles: StyleSheet
    /// The first master is used from the first page on, until a page break names another.
    public var masters: [PageMaster]
    public var body: [Block]
    /// French hyphenation settings.
    public var hyphenation: HyphenationSettings
    /// One page whose flow stays clear of its placed boxes (a certificate): when it does not fit, its
    /// styles marked `shrink` are set a little smaller, step by step, down to a floor (a long name or title).
    public var shrinkToFit = false
    public init(metadata: Metadata = Metadata(), styles: StyleSheet = StyleSheet(),
                masters: [PageMaster] = [PageMaster(name: "default")], body: [Block],
                hyphenation: HyphenationSettings = HyphenationSettings()) {
        self.metadata = metadata; self.styles = styles; self.masters = masters; self.body = body
        self.hyphenation = hyphenation
    }
    public func master(named name: String) -> PageMaster? { masters.first { $0.name == name } }
}

public struct HyphenationSettings: Sendable, Hashable {
    /// Words shorter than this are never hyphenated.
    public var minimumWordLength = 6
    /// Letters kept before and after a break.
    public var leftMinimum = 3
    public var rightMinimum = 3
    public init(minimumWordLength: Int = 6, leftMinimum: Int = 3, rightMinimum: Int = 3) {
        self.minimumWordLength = minimumWordLength; self.leftMinimum = leftMinimum; self.rightMinimum = rightMinimum
    }
}
