import DocumentTree
import Layout
import Pages
import Testing

/// The display list holds text as plain glyph runs: these tests read glyph positions, fonts,
/// colours and clusters straight from layout's output, with no renderer.
@Suite("Glyph runs in the display list")
struct GlyphRunTests {
    func lines(_ content: [Inline], width: Points = 300, style: TextStyle = TextStyle()) throws -> [TextLine] {
        let master = PageMaster(name: "m", size: PageSize(width: width + 100, height: 2000), margins: Insets(all: 50))
        let result = try layout(Document(styles: StyleSheet(["body": style]), masters: [master],
                                         body: [.paragraph(Paragraph(content))]))
        return result.pages.flatMap(\.lines)
    }

    @Test("a line's glyphs advance left to right inside its width, and its runs' text is the line's")
    func glyphsAdvanceInsideTheLine() throws {
        var style = TextStyle()
        style.alignment = .left
        let set = try lines([.text(frenchParagraph(2))], width: 250, style: style)
        #expect(set.count > 3)
        for line in set {
            let glyphs = line.runs.flatMap(\.glyphs)
            #expect(!glyphs.isEmpty)
            #expect(abs(glyphs[0].x) < 1, "\(line.text) starts at \(glyphs[0].x)")
            #expect(zip(glyphs, glyphs.dropFirst()).allSatisfy { $0.x < $1.x }, "\(line.text)")
            #expect(glyphs.last!.x < line.width)
            #expect(glyphs.allSatisfy { $0.y == 0 }, "plain text sits on the baseline")
            let text = line.runs.map(\.text).joined().replacingOccurrences(of: "\u{AD}", with: "")
            #expect(text.trimmingCharacters(in: .whitespaces).hasPrefix(line.text.hasSuffix("-") ? String(line.text.dropLast()) : line.text))
            for run in line.runs where !run.clusters.isEmpty {
                #expect(run.clusters.map(\.bytes).reduce(0, +) == run.text.utf8.count)
                #expect(run.clusters.map(\.glyphs).reduce(0, +) == run.glyphs.count)
            }
        }
    }

    @Test("bold, coloured and sized runs name their font, size and colour")
    func fontsAndColours() throws {
        let red = Color(red: 0.8, green: 0, blue: 0)
        var style = TextStyle()
        style.size = 12
        let set = try lines([.text("Texte courant, "), .text("mot en gras", .bold),
                             .text(" puis rouge", InlineStyle(size: 9, color: red))], style: style)
        let runs = try #require(set.first).runs
        #expect(runs.count == 3)
        #expect(runs.map(\.size) == [12, 12, 9])
        #expect(runs[0].font != runs[1].font && runs[1].font.name.contains("Bold"))
        #expect(runs[0].font.name.hasPrefix(style.family))
        #expect(runs[2].color == red && runs[0].color == Color(red: 0, green: 0, blue: 0))
        // Each run starts where the one before it ends.
        #expect(runs[1].glyphs[0].x > runs[0].glyphs.last!.x && runs[2].glyphs[0].x > runs[1].glyphs.last!.x)
    }

    @Test("a ligature is one glyph for its letters, in one cluster")
    func ligatureCluster() throws {
        let set = try lines([.text("efficace")], style: { var s = TextStyle(); s.family = "Noto Serif"; return s }())
        let run = try #require(set.first?.runs.first)
        #expect(run.text.replacingOccurrences(of: "\u{AD}", with: "") == "efficace")
        #expect(run.glyphs.count < 8)
        #expect(run.clusters.contains { $0.bytes >= 2 && $0.glyphs == 1 })
    }

    @Test("a superscript is raised and smaller; a link is underlined under its words")
    func superscriptAndUnderline() throws {
        let set = try lines([.text("le 1"), .text("er", InlineStyle(superscript: true)), .text(" voir "),
                             .link(.url("https://example.org"), [.text("le site")])])
        let line = try #require(set.first)
        let superscript = try #require(line.runs.first { $0.text == "er" })
        #expect(superscript.glyphs.allSatisfy { $0.y < -2 })
        #expect(superscript.size < line.runs[0].size)
        let page = try layout(Document(masters: [PageMaster(name: "m")], body: [.paragraph(Paragraph([
            .text("voir "), .link(.url("https://example.org"), [.text("le site")])]))])).pages[0]
        let text = try #require(page.lines.first)
        let underlines = page.items.compactMap { item -> Rect? in
            if case .rectangle(let rect, fill: _?, stroke: nil, cornerRadius: 0) = item { return rect } else { return nil }
        }
        let underline = try #require(underlines.first)
        let linkGlyphs = try #require(text.runs.last).glyphs
        #expect(underline.y > text.origin.y && underline.y < text.origin.y + text.descent)
        #expect(abs(underline.x - (text.origin.x + linkGlyphs[0].x)) < 1.5)
        #expect(underline.maxX <= text.origin.x + text.width + 0.5 && underline.width > 20)
    }
}

@Suite("Characters no font has")
struct MissingGlyphTests {
    @Test("a character no font has is a box where it stands, and the text keeps it")
    func missingGlyphIsABox() throws {
        // U+E0F1 (private use) is in none of the manifest's fonts.
        let page = try layout(Document(masters: [PageMaster(name: "m")], body: [.paragraph(Paragraph("avant \u{E0F1} après"))])).pages[0]
        let line = try #require(page.lines.first)
        let boxes = page.items.compactMap { item -> Rect? in
            if case .rectangle(let rect, fill: nil, stroke: _?, cornerRadius: 0) = item { return rect } else { return nil }
        }
        #expect(boxes.count == 1)
        let box = try #require(boxes.first)
        let glyphs = line.runs.flatMap(\.glyphs).map { line.origin.x + $0.x }
        // Between « avant » and « après »: after the glyphs of « avant  », before those of « après ».
        #expect(glyphs.filter { $0 < box.x }.count >= 5 && glyphs.filter { $0 > box.maxX }.count >= 5)
        #expect(glyphs.filter { $0 > box.x && $0 < box.maxX }.isEmpty)
        #expect(box.maxY <= line.origin.y + 0.01 && box.height > 3)
        #expect(line.text.contains("\u{E0F1}"))
    }
}
