import DocumentTree
import Foundation
import Native
import Pages
import Render
import Testing
@testable import Layout

/// Lines of long sections are put together from words shaped once instead of shaped whole by Pango.
/// They must say and show the same: the same text, the words at the same places, the same PDF text.
@Suite("Lines composed from words shaped once")
struct ComposedLinesTests {
    static let sentences = [
        "Le lycée des métiers accueille des publics de statuts différents : élèves, apprentis, adultes en formation continue.",
        "L’établissement développe une politique d’ouverture internationale grâce aux mobilités Erasmus+ des élèves.",
        "La prévention du décrochage scolaire s’appuie sur un groupe réunissant enseignants, conseillers et psychologues.",
        "Chaque année, les résultats aux examens sont analysés afin d’ajuster les réponses pédagogiques « au plus près ».",
    ]
    static let serif = FontSpec(family: "Noto Serif", size: 10.5)

    /// A paragraph of plain, bold and coloured runs with soft hyphens, as layout hands it to the breaker.
    static func spec(seed: Int, width: Double, hyphenation: SoftHyphenInserter) -> ParagraphSpec {
        let text = (0..<4).map { sentences[(seed + $0) % sentences.count] }
        var bold = serif
        bold.bold = true
        var runs = [TextRun(text: hyphenation.insert(into: text[0] + " "), font: serif),
                    TextRun(text: hyphenation.insert(into: "Label renouvelé"), font: bold),
                    TextRun(text: hyphenation.insert(into: " " + text[1] + " "), font: serif, color: RGB(red: 0, green: 0, blue: 0.57)),
                    TextRun(text: hyphenation.insert(into: text[2] + " " + text[3]), font: serif)]
        if seed % 3 == 0 { runs.removeFirst() }
        var spec = ParagraphSpec(runs: runs, width: width, alignment: .justify, baseFont: serif)
        spec.firstLineIndent = seed % 2 == 0 ? 14 : 0
        return spec
    }

    func lines(_ composes: Bool, shaper: TextShaper, hyphenation: SoftHyphenInserter, seed: Int, width: Double) -> [SetLine] {
        TotalFitLineBreaker(shaper: shaper, composes: composes)
            .breakLines(Self.spec(seed: seed, width: width, hyphenation: hyphenation))
    }

    @Test("a composed line has the place, width and text of the line Pango shapes", arguments: [160.0, 250, 340])
    func sameLinesAsShaped(width: Double) throws {
        let shaper = TextShaper(fonts: try FontSet())
        let hyphenation = SoftHyphenInserter(hyphenator: try Hyphenator(), settings: HyphenationSettings(), words: HyphenatedWords())
        var composedCount = 0, lineCount = 0
        for seed in 0..<8 {
            let shaped = lines(false, shaper: shaper, hyphenation: hyphenation, seed: seed, width: width)
            let composed = lines(true, shaper: shaper, hyphenation: hyphenation, seed: seed, width: width)
            #expect(shaped.count == composed.count)
            for (index, (a, b)) in zip(shaped, composed).enumerated() {
                lineCount += 1
                if b.composed { composedCount += 1 }
                #expect(b.info.text == a.info.text)
                #expect(abs(b.info.x - a.info.x) < 0.01)
                // Justified lines fill the measure; the last is as wide as its words, its spaces shrunk as the breaker asked.
                #expect(abs(b.info.width - a.info.width) < (index == shaped.count - 1 ? 0.05 : 0.01), "\(a.info.text) \(a.info.width) \(b.info.width) \(index) of \(shaped.count)")
                #expect(b.info.endsWithHyphen == a.info.endsWithHyphen)
            }
        }
        // Last lines too: every line of these paragraphs is composed.
        #expect(composedCount == lineCount)
    }

    @Test("drawn, composed lines put every word where Pango's own lines put it, with the same text")
    func sameWordsInThePDF() throws {
        let shaper = TextShaper(fonts: try FontSet())
        let hyphenation = SoftHyphenInserter(hyphenator: try Hyphenator(), settings: HyphenationSettings(), words: HyphenatedWords())
        func page(_ composes: Bool) -> Page {
            var items: [PageItem] = []
            var y = 60.0
            for seed in 0..<6 {
                for line in lines(composes, shaper: shaper, hyphenation: hyphenation, seed: seed, width: 300) {
                    items.append(.text(TextLine(origin: Point(x: 60 + line.info.x, y: y), width: line.info.width, ascent: 10,
                                                descent: 3, text: line.info.text, runs: line.glyphs.runs.map(GlyphRun.init))))
                    y += 14
                }
                y += 8
            }
            return Page(size: .a4, items: items)
        }
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var words: [[(text: String, x: Double, y: Double)]] = []
        for composes in [false, true] {
            let laidOut = LaidOutDocument(metadata: Metadata(), pages: [page(composes)])
            let writer = try PDFWriter(metadata: Metadata(), tagged: false)
            try writer.append(laidOut)
            let path = try write(try writer.finish(), to: folder, as: "\(composes).pdf")
            let boxes = try run("pdftotext", ["-bbox", path, "-"]).output
            let pattern = try NSRegularExpression(pattern: #"<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>"#)
            words.append(pattern.matches(in: boxes, range: NSRange(boxes.startIndex..., in: boxes)).map { match in
                let part = { (i: Int) in String(boxes[Range(match.range(at: i), in: boxes)!]) }
                return (part(3), Double(part(1))!, Double(part(2))!)
            })
        }
        #expect(words[0].count > 300)
        #expect(words[0].map(\.text) == words[1].map(\.text))
        for (a, b) in zip(words[0], words[1]) {
            #expect(abs(a.x - b.x) < 0.1 && abs(a.y - b.y) < 0.1, "\(a.text) at \(a.x) and \(b.x), y \(a.y) \(b.y)")
        }
    }

    @Test("a ragged paragraph is broken and composed where Pango breaks and sets it", arguments: [ParagraphAlignment.left, .center, .right])
    func raggedParagraphs(alignment: ParagraphAlignment) throws {
        let shaper = TextShaper(fonts: try FontSet())
        let hyphenation = SoftHyphenInserter(hyphenator: try Hyphenator(), settings: HyphenationSettings(), words: HyphenatedWords())
        var bold = Self.serif
        bold.bold = true
        let texts: [[TextRun]] = [
            [TextRun(text: "Maintenance des véhicules ", font: Self.serif), TextRun(text: "(32025214)", font: bold)],
            [TextRun(text: " . . . . . . . .", font: Self.serif)],  // dot leaders: the leading space is kept
            [TextRun(text: "✓ 24", font: FontSpec(family: "DejaVu Sans", size: 9))],
            // Several lines, some ending in a hyphenated word.
            [TextRun(text: hyphenation.insert(into: Self.sentences[0] + " " + Self.sentences[2]), font: Self.serif)],
            [TextRun(text: hyphenation.insert(into: Self.sentences[1]), font: Self.serif),
             TextRun(text: hyphenation.insert(into: " " + Self.sentences[3]), font: bold)],
        ]
        var multiLine = 0
        for runs in texts {
            for width in [130.0, 220] {
                let spec = ParagraphSpec(runs: runs, width: width, alignment: alignment, baseFont: Self.serif)
                let pango = GreedyLineBreaker(shaper: shaper).breakLines(spec)
                let composed = TotalFitLineBreaker(shaper: shaper, composes: true).breakLines(spec)
                #expect(composed.map(\.info.text) == pango.map(\.info.text), "\(runs.map(\.text)) at \(width)")
                guard composed.count == pango.count else { continue }
                if composed.count > 1 { multiLine += 1 }
                for (a, b) in zip(pango, composed) {
                    guard b.composed else { Issue.record("\(b.info.text) was not composed"); continue }
                    #expect(abs(b.info.x - a.info.x) < 0.05, "\(alignment): \(b.info.text) at \(b.info.x), Pango \(a.info.x)")
                    #expect(abs(b.info.width - a.info.width) < 0.05)
                    #expect(b.info.endsWithHyphen == a.info.endsWithHyphen)
                }
            }
        }
        #expect(multiLine >= 4)
        // A word wider than the line is cut where each line is full, nothing added, every letter kept.
        let text = "Anticonstitutionnellement " + String(repeating: "x", count: 60)
        let long = ParagraphSpec(runs: [TextRun(text: text, font: Self.serif)], width: 130, alignment: alignment, baseFont: Self.serif)
        let lines = TotalFitLineBreaker(shaper: shaper, composes: true).breakLines(long)
        #expect(lines.count >= 3 && lines.allSatisfy { $0.composed && $0.info.width <= 130.01 && !$0.info.endsWithHyphen })
        #expect(lines.map(\.info.text).joined().filter { $0 != " " } == text.filter { $0 != " " })
    }

    @Test("ragged text breaks where Pango breaks: after a compound's hyphen, never before « : » after a space",
          arguments: ["Baccalauréat professionnel métiers du commerce et de la vente option B, services en hôtel-café-restaurant (50033422)",
                      "Les statuts différents : élèves, apprentis et adultes ; voir www.exemple.fr/lycee/formations pour la liste"])
    func raggedBreaksAsPango(text: String) throws {
        let shaper = TextShaper(fonts: try FontSet())
        // From a measure every word fits in: a narrower one cuts the widest words (`WideWords`).
        for width in stride(from: 90.0, through: 240, by: 15) {
            let spec = ParagraphSpec(runs: [TextRun(text: text, font: Self.serif)], width: width, alignment: .left, baseFont: Self.serif)
            let pango = GreedyLineBreaker(shaper: shaper).breakLines(spec).map(\.info.text)
            #expect(TotalFitLineBreaker(shaper: shaper).breakLines(spec).map(\.info.text) == pango, "at \(width)")
        }
    }

    @Test("a word wider than the line is cut where the line is full, as lines of one thread or of several",
          arguments: [ParagraphAlignment.justify, .left])
    func wideWordsCutAtTheMeasure(alignment: ParagraphAlignment) async throws {
        let text = "Anticonstitutionnellementanticonstitutionnellement et la suite du texte, puis Baccalauréat professionnel."
        // Several threads at once: Pango, left to cut the word, sometimes adds a hyphen past the measure then.
        let widths = try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    let shaper = TextShaper(fonts: try FontSet())
                    let spec = ParagraphSpec(runs: [TextRun(text: text, font: Self.serif)], width: 60, alignment: alignment,
                                             baseFont: Self.serif)
                    let lines = TotalFitLineBreaker(shaper: shaper).breakLines(spec)
                    #expect(lines.map(\.info.text).joined().filter { $0 != " " } == text.filter { $0 != " " })
                    return lines.map(\.info.width)
                }
            }
            return try await group.reduce(into: []) { $0 += $1 }
        }
        #expect(widths.count >= 4 * 8)
        #expect(widths.allSatisfy { $0 <= 60.01 }, "\(widths.max() ?? 0)")
    }

    @Test("a glyph no font has, or a ligature, is drawn as Pango draws it, and the text stays whole")
    func unusualGlyphs() throws {
        let shaper = TextShaper(fonts: try FontSet())
        // U+E0F1 is in no font (Pango draws a box for it); « ffi » makes a ligature, one glyph for three letters.
        let text = String(repeating: "Un efficace professeur \u{E0F1} des officines accueille les élèves. ", count: 5)
        let spec = ParagraphSpec(runs: [TextRun(text: text, font: Self.serif)], width: 200, alignment: .justify, baseFont: Self.serif)
        let lines = TotalFitLineBreaker(shaper: shaper, composes: true).breakLines(spec)
        #expect(lines.contains { $0.composed })
        var y = 60.0
        let items = lines.map { line -> PageItem in
            defer { y += 14 }
            return .text(TextLine(origin: Point(x: 60 + line.info.x, y: y), width: line.info.width, ascent: 10, descent: 3,
                                  text: line.info.text, runs: line.glyphs.runs.map(GlyphRun.init)))
        }
        let writer = try PDFWriter(metadata: Metadata(), tagged: false)
        try writer.append(LaidOutDocument(metadata: Metadata(), pages: [Page(size: .a4, items: items)]))
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try write(try writer.finish(), to: folder, as: "glyphs.pdf")
        let extracted = try run("pdftotext", [path, "-"]).output
        #expect(extracted.components(separatedBy: "efficace").count - 1 == 5)
        #expect(extracted.components(separatedBy: "officines").count - 1 == 5)
    }

    @Test("a link's area on a composed line starts at its first glyph and ends where its last glyph ends",
          arguments: [ParagraphAlignment.justify, .left])
    func linkAreaOnComposedLines(alignment: ParagraphAlignment) throws {
        let shaper = TextShaper(fonts: try FontSet())
        let blue = RGB(red: 0, green: 0, blue: 0.8)
        // The link in its own colour: its glyphs are the line's blue runs, the glyphs after it another run.
        let before = "Pour en savoir plus sur la démarche du label, consultez ", link = "le site officiel du ministère de l’éducation nationale"
        let runs = [TextRun(text: before, font: Self.serif), TextRun(text: link, font: Self.serif, color: blue),
                    TextRun(text: " avant de remplir le dossier de candidature de votre établissement.", font: Self.serif)]
        let start = before.utf8.count, end = start + link.utf8.count
        var linked = 0
        for width in [150.0, 210, 320] {
            let spec = ParagraphSpec(runs: runs, width: width, alignment: alignment, baseFont: Self.serif)
            let lines = TotalFitLineBreaker(shaper: shaper, composes: true).breakLines(spec)
            for line in lines {
                #expect(line.composed, "\(line.info.text)")
                let runs = line.glyphs.runs
                guard let first = runs.firstIndex(where: { $0.color == blue }),
                      let last = runs.lastIndex(where: { $0.color == blue }) else {
                    #expect(line.geometry.horizontalSpan(start: start, end: end) == nil, "\(line.info.text)")
                    continue
                }
                let span = try #require(line.geometry.horizontalSpan(start: start, end: end), "\(line.info.text)")
                linked += 1
                let right = last + 1 < runs.count ? runs[last + 1].glyphs[0].x : line.info.width
                #expect(abs(span.x - runs[first].glyphs[0].x) < 0.01, "\(line.info.text) at \(width)")
                #expect(abs(span.x + span.width - right) < 0.01, "\(line.info.text) at \(width): \(span.x + span.width), \(right)")
            }
        }
        #expect(linked >= 6)
    }

    @Test("underlined and superscript runs are composed, their glyphs and underlines where Pango puts them",
          arguments: [ParagraphAlignment.justify, .left, .center])
    func underlineAndSuperscript(alignment: ParagraphAlignment) throws {
        let shaper = TextShaper(fonts: try FontSet())
        let hyphenation = SoftHyphenInserter(hyphenator: try Hyphenator(), settings: HyphenationSettings(), words: HyphenatedWords())
        let blue = RGB(red: 0, green: 0, blue: 0.57)
        var italic = Self.serif
        italic.italic = true
        let runs = [TextRun(text: hyphenation.insert(into: Self.sentences[0] + " Le 1"), font: Self.serif),
                    TextRun(text: "er", font: Self.serif, superscript: true),
                    TextRun(text: hyphenation.insert(into: " dossier se trouve sur "), font: Self.serif),
                    TextRun(text: hyphenation.insert(into: "le site officiel du ministère de l’éducation"), font: Self.serif,
                            color: blue, underline: true),
                    TextRun(text: " et ", font: Self.serif),
                    TextRun(text: hyphenation.insert(into: "sa fiche justificative"), font: italic, underline: true),
                    TextRun(text: hyphenation.insert(into: ", au 2"), font: Self.serif),
                    TextRun(text: "e", font: Self.serif, superscript: true),
                    TextRun(text: hyphenation.insert(into: " étage. " + Self.sentences[1]), font: Self.serif)]
        let seen = composedAsPango(runs, alignment: alignment, shaper: shaper)
        #expect(seen.underlined >= 6 && seen.raised >= 6)
    }

    @Test("small capitals are composed, their glyphs where Pango puts them", arguments: [ParagraphAlignment.justify, .left])
    func smallCapitals(alignment: ParagraphAlignment) throws {
        let shaper = TextShaper(fonts: try FontSet())
        let hyphenation = SoftHyphenInserter(hyphenator: try Hyphenator(), settings: HyphenationSettings(), words: HyphenatedWords())
        let runs = [TextRun(text: hyphenation.insert(into: Self.sentences[2] + " "), font: Self.serif),
                    TextRun(text: hyphenation.insert(into: "Ministère de l’Éducation nationale, Région académique"), font: Self.serif,
                            smallCaps: true),
                    TextRun(text: hyphenation.insert(into: ", " + Self.sentences[3] + " " + Self.sentences[0]), font: Self.serif)]
        _ = composedAsPango(runs, alignment: alignment, shaper: shaper)
    }

    @Test("a ragged paragraph broken after the hyphen of a compound word is composed as Pango breaks it",
          arguments: [ParagraphAlignment.left, .center, .right])
    func raggedBreaksAfterHyphens(alignment: ParagraphAlignment) throws {
        let shaper = TextShaper(fonts: try FontSet())
        let hyphenation = SoftHyphenInserter(hyphenator: try Hyphenator(), settings: HyphenationSettings(), words: HyphenatedWords())
        let text = "L’hôtel-café pédagogique du dossier 2026-LDM-017 accueille l’auto-évaluation des porte-parole, "
            + "des demi-pensionnaires et des sous-traitants de l’hôtel-restaurant : " + Self.sentences[0]
        let seen = composedAsPango([TextRun(text: hyphenation.insert(into: text), font: Self.serif)], alignment: alignment, shaper: shaper)
        #expect(seen.endingAfterHyphen >= 3)
    }

    /// Checks that `runs` composed set the lines Pango sets, every glyph and underline in its place;
    /// returns how many underlines and raised glyphs the lines have, and how many lines end after
    /// a hyphen of the text (« hôtel- » of « hôtel-café »).
    func composedAsPango(_ runs: [TextRun], alignment: ParagraphAlignment,
                         shaper: TextShaper) -> (underlined: Int, raised: Int, endingAfterHyphen: Int) {
        var underlined = 0, raised = 0, endingAfterHyphen = 0
        for width in [150.0, 230, 330] {
            let spec = ParagraphSpec(runs: runs, width: width, alignment: alignment, baseFont: Self.serif)
            let pango = TotalFitLineBreaker(shaper: shaper, composes: false).breakLines(spec)
            let composed = TotalFitLineBreaker(shaper: shaper, composes: true).breakLines(spec)
            #expect(composed.map(\.info.text) == pango.map(\.info.text), "at \(width)")
            for (a, b) in zip(pango, composed) {
                #expect(b.composed && !a.composed, "\(b.info.text)")
                #expect(abs(b.info.x - a.info.x) < 0.05 && abs(b.info.width - a.info.width) < 0.05, "\(b.info.text)")
                // Spaces have no ink: Pango shifts those of a line it fits by narrowing them.
                let glyphs = (Self.inkedGlyphs(a.glyphs), Self.inkedGlyphs(b.glyphs))
                // Pango ends a line broken at a soft hyphen with U+2010, a composed line with « - ».
                let hyphen = b.info.endsWithHyphen ? 1 : 0
                #expect(glyphs.0.map(\.id).dropLast(hyphen) == glyphs.1.map(\.id).dropLast(hyphen), "\(b.info.text)")
                for (g, h) in zip(glyphs.0, glyphs.1) {
                    #expect(abs(g.x - h.x) < 0.1 && abs(g.y - h.y) < 0.001, "\(b.info.text): \(g) \(h) \(a.info.width) \(b.info.width)")
                }
                raised += glyphs.1.filter { $0.y < -2 }.count
                if b.info.text.hasSuffix("-") && !b.info.endsWithHyphen { endingAfterHyphen += 1 }
                #expect(a.glyphs.underlines.count == b.glyphs.underlines.count, "\(b.info.text)")
                for (u, v) in zip(a.glyphs.underlines, b.glyphs.underlines) {
                    underlined += 1
                    #expect(abs(u.x - v.x) < 0.1 && abs(u.width - v.width) < 0.1 && u.y == v.y && u.height == v.height
                            && abs(u.color.blue - v.color.blue) < 0.001, "\(b.info.text): \(u) \(v)")
                }
            }
        }
        return (underlined, raised, endingAfterHyphen)
    }

    /// The glyphs of a line but those of its spaces.
    static func inkedGlyphs(_ line: ShapedLine) -> [ShapedGlyph] {
        line.runs.flatMap { run in
            var glyphs: [ShapedGlyph] = []
            var byte = run.text.utf8.startIndex, glyph = 0
            for cluster in run.clusters {
                let end = run.text.utf8.index(byte, offsetBy: cluster.bytes)
                if String(run.text.utf8[byte..<end]) != " " { glyphs += run.glyphs[glyph..<glyph + cluster.glyphs] }
                byte = end
                glyph += cluster.glyphs
            }
            return glyphs
        }
    }

    @Test("right-to-left text is shaped whole by Pango")
    func fallsBackWherePiecesWouldNotDo() throws {
        let shaper = TextShaper(fonts: try FontSet())
        let text = String(repeating: "Le lycée des métiers accueille des publics variés. ", count: 6)
        for run in [TextRun(text: text + "مدرسة", font: Self.serif)] {
            let spec = ParagraphSpec(runs: [run], width: 200, alignment: .justify, baseFont: Self.serif)
            let lines = TotalFitLineBreaker(shaper: shaper, composes: true).breakLines(spec)
            #expect(lines.count > 2)
            #expect(lines.allSatisfy { !$0.composed })
        }
    }

    @Test("composed lines drawn in one call keep their colours and the order of drawing")
    func batchedLinesKeepColoursAndOrder() throws {
        let shaper = TextShaper(fonts: try FontSet())
        let hyphenation = SoftHyphenInserter(hyphenator: try Hyphenator(), settings: HyphenationSettings(), words: HyphenatedWords())
        let composed = lines(true, shaper: shaper, hyphenation: hyphenation, seed: 1, width: 300)
        let first = try #require(composed.first { $0.composed })
        // Same glyphs in black, black, blue, black; a white sheet drawn over the fourth hides it,
        // and a Pango-shaped line between them is drawn in its place.
        let blue = RGB(red: 0, green: 0, blue: 1)
        let pieces = TotalFitLineBreaker(shaper: shaper, composes: false)
            .breakLines(ParagraphSpec(runs: [TextRun(text: "Ligne de Pango", font: Self.serif, color: blue)], width: 300,
                                      alignment: .left, baseFont: Self.serif))
        let pango = try #require(pieces.first)
        func text(_ line: SetLine, _ y: Double) -> PageItem {
            .text(TextLine(origin: Point(x: 60, y: y), width: line.info.width, ascent: 10, descent: 3, text: line.info.text, runs: line.glyphs.runs.map(GlyphRun.init)))
        }
        var blueSpec = Self.spec(seed: 1, width: 300, hyphenation: hyphenation)
        blueSpec.runs = blueSpec.runs.map { var run = $0; run.color = blue; return run }
        let blueLine = try #require(TotalFitLineBreaker(shaper: shaper, composes: true).breakLines(blueSpec).first)
        guard blueLine.composed, !pango.composed else { Issue.record("two composed lines, one of Pango"); return }
        let items: [PageItem] = [text(first, 100), text(first, 130), text(blueLine, 160), text(pango, 190), text(first, 220),
                                 .rectangle(Rect(x: 0, y: 205, width: 595, height: 30), fill: .white, stroke: nil, cornerRadius: 0)]
        let png = try #require(try PNGRenderer.render(LaidOutDocument(metadata: Metadata(), pages: [Page(size: .a4, items: items)]),
                                                      resolution: 72).first)
        let bitmap = try Bitmap(png: png)
        func ink(_ top: Int) -> (dark: Int, blue: Int) {
            var dark = 0, blueInk = 0
            for y in top - 12..<top + 4 {
                for x in 50..<400 {
                    let p = bitmap.pixel(x: x, y: y)
                    if p.red < 100 && p.green < 100 && p.blue < 100 { dark += 1 }
                    if p.blue > 150 && p.red < 100 && p.green < 100 { blueInk += 1 }
                }
            }
            return (dark, blueInk)
        }
        #expect(ink(100).dark > 100 && ink(100).blue == 0)
        #expect(ink(130).dark > 100)
        #expect(ink(160).blue > 100 && ink(160).dark < ink(160).blue)
        #expect(ink(190).blue > 20, "the Pango line is drawn")
        #expect(ink(220).dark == 0 && ink(220).blue == 0, "the sheet drawn after the line covers it")
    }
}
