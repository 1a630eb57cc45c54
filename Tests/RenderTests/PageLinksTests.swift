import DocumentTree
import Pages
@testable import Render
import Testing

/// A line of one-byte clusters, one glyph each, 10 points apart from x = 100.
private func line(_ text: String, y: Points = 50, clusters: [GlyphCluster]? = nil) -> TextLine {
    let clusters = clusters ?? text.utf8.map { _ in GlyphCluster(bytes: 1, glyphs: 1) }
    let glyphCount = clusters.reduce(0) { $0 + $1.glyphs }
    let glyphs = (0..<glyphCount).map { Glyph(id: UInt32($0 + 1), x: Points($0) * 10, y: 0) }
    let run = GlyphRun(font: FontID("Noto Sans 10"), size: 10, color: Color(red: 0, green: 0, blue: 0), glyphs: glyphs,
                       clusters: clusters, text: text)
    return TextLine(origin: Point(x: 100, y: y), width: Points(glyphCount) * 10, ascent: 8, descent: 2, text: text, runs: [run])
}

private func texts(_ pieces: [(span: Int?, runs: [GlyphRun])]) -> [String] {
    pieces.map { piece in (piece.span.map { "\($0):" } ?? "-:") + piece.runs.map(\.text).joined() }
}

@Suite("Links drawn around the text they cover")
struct PageLinksTests {
    @Test("a line is cut where its glyphs enter and leave a link's span")
    func cutAtSpans() {
        let pieces = line("abcdefgh").pieces(in: [120...140, 160...170])
        #expect(texts(pieces) == ["-:ab", "0:cd", "-:ef", "1:g", "-:h"])
        #expect(pieces[1].runs[0].glyphs.map(\.x) == [20, 30])
        #expect(pieces[1].runs[0].clusters == [GlyphCluster(bytes: 1, glyphs: 1), GlyphCluster(bytes: 1, glyphs: 1)])
    }

    @Test("a ligature stays whole, on the side of its first glyph, with all its bytes")
    func ligatureStaysWhole() {
        // « ﬁ » of « fin » is one glyph for two bytes; « é » two bytes for one glyph.
        let clusters = [GlyphCluster(bytes: 2, glyphs: 1), GlyphCluster(bytes: 1, glyphs: 1), GlyphCluster(bytes: 2, glyphs: 1)]
        let pieces = line("finé", clusters: clusters).pieces(in: [100...110])
        #expect(texts(pieces) == ["0:fi", "-:né"])
    }

    @Test("a line no span reaches is one piece outside every link")
    func untouched() {
        #expect(texts(line("abc").pieces(in: [300...400])) == ["-:abc"])
    }

    @Test("a link covers the lines of its element its rectangle holds, and no line beyond a tag")
    func coveredLines() {
        let first = line("Sommaire", y: 50), second = line("suite", y: 62), other = line("autre", y: 74)
        let rect = Rect(x: 100, y: 40, width: 200, height: 40)
        let items: [PageItem] = [.beginTag(.paragraph), .text(first), .link(rect, .destination("s1")), .text(second),
                                 .endTag(.paragraph), .beginTag(.paragraph), .text(other), .endTag(.paragraph)]
        let links = PageLinks(items)
        #expect(links.links.keys.sorted() == [2])
        #expect(links.links[2]?.lastText == 3)
        #expect(links.covering == [1: [2], 3: [2]])
    }

    @Test("a link beside no text is drawn on its own")
    func emptyLink() {
        let items: [PageItem] = [.beginTag(.paragraph), .text(line("abc", y: 50)),
                                 .link(Rect(x: 100, y: 200, width: 20, height: 10), .url("https://example.org")), .endTag(.paragraph)]
        #expect(PageLinks(items).links.isEmpty)
    }
}
