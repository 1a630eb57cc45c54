import DocumentTree
import Pages

/// The text each link of a page covers. PDF/UA-1 wants a link's text inside its `Link` element, and
/// cairo 1.16 puts there what is drawn between the link tag's begin and end: the drawer draws the
/// covered glyphs there instead of leaving the link tag empty beside its text.
///
/// A link covers the text lines of its own element (no structure tag between the line and the link)
/// whose baseline lies in its rectangle: a paragraph's link, the part of one line it spans; a contents
/// entry's, every line of the entry with its leaders and page number.
struct PageLinks {
    struct Link {
        let rect: Rect
        let target: LinkTarget
        /// The last text item it covers: the link is closed after that item's covered glyphs.
        let lastText: Int
    }

    /// Link items that cover text, by item index.
    private(set) var links: [Int: Link] = [:]
    /// Text items covered by links, by item index: the covering links' item indices.
    private(set) var covering: [Int: [Int]] = [:]

    init(_ items: [PageItem]) {
        for (index, item) in items.enumerated() {
            guard case .link(let rect, let target) = item else { continue }
            let covered = Self.elementRange(around: index, in: items).filter { other in
                guard case .text(let line) = items[other] else { return false }
                return (rect.y...rect.maxY).contains(line.origin.y)
                    && line.origin.x < rect.maxX && line.origin.x + line.width > rect.x
            }
            guard let last = covered.last else { continue }
            links[index] = Link(rect: rect, target: target, lastText: last)
            for text in covered { covering[text, default: []].append(index) }
        }
    }

    /// The items around `index` up to the nearest structure tags on either side.
    private static func elementRange(around index: Int, in items: [PageItem]) -> Range<Int> {
        func isTag(_ item: PageItem) -> Bool {
            switch item {
            case .beginTag, .endTag: true
            default: false
            }
        }
        var start = index, end = index + 1
        while start > 0, !isTag(items[start - 1]) { start -= 1 }
        while end < items.count, !isTag(items[end]) { end += 1 }
        return start..<end
    }
}

extension TextLine {
    /// The line's runs cut where its glyphs enter or leave `spans` (horizontal ranges on the page), at
    /// cluster boundaries: the pieces in order, each with the index of the span it lies in, or nil. A
    /// glyph belongs to the span its left edge is in; a right-to-left run is not cut.
    func pieces(in spans: [ClosedRange<Points>]) -> [(span: Int?, runs: [GlyphRun])] {
        // Layout measures spans from the same advances the glyphs are placed by: a tolerance for rounding.
        let tolerance: Points = 0.01
        func span(at x: Points) -> Int? {
            spans.firstIndex { x >= $0.lowerBound - tolerance && x < $0.upperBound - tolerance }
        }
        var pieces: [(span: Int?, runs: [GlyphRun])] = []
        func add(_ run: GlyphRun, in span: Int?) {
            if let last = pieces.indices.last, pieces[last].span == span { pieces[last].runs.append(run) } else { pieces.append((span, [run])) }
        }
        for run in runs {
            guard let first = run.glyphs.first else { continue }
            if run.backward {
                add(run, in: span(at: origin.x + first.x))
                continue
            }
            if run.clusters.isEmpty {
                var start = 0
                while start < run.glyphs.count {
                    let owner = span(at: origin.x + run.glyphs[start].x)
                    var end = start + 1
                    while end < run.glyphs.count, span(at: origin.x + run.glyphs[end].x) == owner { end += 1 }
                    add(run.slice(glyphs: start..<end, clusters: 0..<0, bytes: 0..<0), in: owner)
                    start = end
                }
                continue
            }
            // Cluster by cluster: the first glyph and byte of each.
            var glyphStarts: [Int] = [], byteStarts: [Int] = []
            var glyph = 0, byte = 0
            for cluster in run.clusters {
                glyphStarts.append(glyph); byteStarts.append(byte)
                glyph += cluster.glyphs; byte += cluster.bytes
            }
            glyphStarts.append(glyph); byteStarts.append(byte)
            var start = 0
            while start < run.clusters.count {
                let owner = glyphStarts[start] < run.glyphs.count ? span(at: origin.x + run.glyphs[glyphStarts[start]].x) : nil
                var end = start + 1
                while end < run.clusters.count, glyphStarts[end] < run.glyphs.count,
                      span(at: origin.x + run.glyphs[glyphStarts[end]].x) == owner { end += 1 }
                add(run.slice(glyphs: glyphStarts[start]..<glyphStarts[end], clusters: start..<end,
                              bytes: byteStarts[start]..<byteStarts[end]), in: owner)
                start = end
            }
        }
        return pieces
    }
}

extension GlyphRun {
    /// The glyphs, clusters and text bytes given, in the run's font and colour.
    func slice(glyphs: Range<Int>, clusters: Range<Int>, bytes: Range<Int>) -> GlyphRun {
        let utf8 = Array(text.utf8)
        return GlyphRun(font: font, size: size, color: color, glyphs: Array(self.glyphs[glyphs]),
                        clusters: Array(self.clusters[clusters]), text: String(decoding: utf8[bytes], as: UTF8.self))
    }
}
