import DocumentTree
import Layout
import Pages
import Testing

@Suite("Paragraphs")
struct ParagraphTests {
    func lines(_ text: String, width: Points, style: TextStyle = TextStyle()) throws -> [TextLine] {
        let master = PageMaster(name: "m", size: PageSize(width: width + 100, height: 2000), margins: Insets(all: 50))
        let result = try layout(Document(styles: StyleSheet(["body": style]), masters: [master],
                                         body: [.paragraph(Paragraph(text))]))
        return result.pages.flatMap(\.lines)
    }

    @Test("justified French hyphenates at libhyphen's points and keeps every letter")
    func frenchHyphenation() throws {
        let text = frenchParagraph(0, sentences: 5)
        let set = try lines(text, width: 160)
        #expect(set.contains { $0.text.hasSuffix("-") })
        let rejoined = set.map { $0.text.hasSuffix("-") ? String($0.text.dropLast()) : $0.text + " " }.joined()
        #expect(rejoined.trimmingCharacters(in: .whitespaces) == text)
    }

    @Test("justified lines fill the measure, the last line does not")
    func justification() throws {
        let set = try lines(frenchParagraph(1, sentences: 4), width: 250)
        for line in set.dropLast() { #expect(abs(line.width - 250) < 0.5, "\(line.text): \(line.width)") }
        #expect(set.last!.width < 249)
    }

    @Test("no line is wider than the measure, even with a word longer than the line")
    func longWord() throws {
        let set = try lines("Anticonstitutionnellementanticonstitutionnellement et la suite du texte.", width: 80)
        for line in set { #expect(line.width <= 80.5, "« \(line.text) » \(line.runs.map(\.font.name))") }
        #expect(set.count >= 3)
    }

    @Test("no break inside an f-ligature", arguments: ["affichage", "efficacité", "difficultés", "réflexion"])
    func noBreakInLigature(word: String) throws {
        let text = Array(repeating: word, count: 30).joined(separator: " ")
        for line in try lines(text, width: 95) where line.text.hasSuffix("-") {
            let stem = line.text.dropLast().split(separator: " ").last.map(String.init) ?? ""
            let rest = word.dropFirst(stem.count)
            #expect(!(stem.hasSuffix("f") && (rest.hasPrefix("f") || rest.hasPrefix("i") || rest.hasPrefix("l"))), "\(stem)-\(rest)")
        }
    }

    @Test("words shorter than the minimum length are never hyphenated")
    func minimumWordLength() throws {
        let text = Array(repeating: "maison", count: 60).joined(separator: " ")
        var style = TextStyle()
        style.alignment = .justify
        let master = PageMaster(name: "m", size: PageSize(width: 183, height: 2000), margins: Insets(all: 50))
        let result = try layout(Document(styles: StyleSheet(["body": style]), masters: [master],
                                         body: [.paragraph(Paragraph(text))],
                                         hyphenation: HyphenationSettings(minimumWordLength: 7)))
        #expect(!result.pages.flatMap(\.lines).contains { $0.text.hasSuffix("-") })
    }

    @Test("a no-break space never ends a line")
    func noBreakSpace() throws {
        let text = Array(repeating: "article 1\u{A0}250\u{202F}€", count: 20).joined(separator: " ")
        for line in try lines(text, width: 120) {
            #expect(!line.text.hasSuffix("1"), "\(line.text)")
        }
    }

    @Test("a justified line's no-break spaces stretch as its spaces do; narrow ones keep their width",
          arguments: [150.0, 190, 230, 270])
    func noBreakSpacesStretch(width: Double) throws {
        let text = Array(repeating: "le 12\u{A0}juin\u{A0}2026, au lycée «\u{A0}Jean\u{A0}Moulin\u{A0}» de 39300\u{A0}Champagnole, 12\u{202F}%",
                         count: 6).joined(separator: " ; ")
        let set = try lines(text, width: width)
        var compared = 0
        for line in set.dropLast() {
            let gaps = Self.spaceWidths(line)
            guard let space = gaps[" "]?.first, let noBreak = gaps["\u{A0}"], !noBreak.isEmpty else { continue }
            // Every space of a justified line gets the same width, and it is wider than a space at rest.
            for gap in gaps[" "]! + noBreak { #expect(abs(gap - space) < 0.01, "« \(line.text) »: \(gaps)") }
            for gap in gaps["\u{202F}"] ?? [] { #expect(gap < space * 0.8, "« \(line.text) »: \(gaps)") }
            compared += 1
        }
        #expect(compared >= 2, "\(set.map(\.text))")
    }

    /// The widths of a line's space characters (from each one's glyph to the next glyph), by character.
    static func spaceWidths(_ line: TextLine) -> [Character: [Double]] {
        let glyphs = line.runs.flatMap { run -> [(x: Double, character: Character?)] in
            var result: [(x: Double, character: Character?)] = []
            var bytes = Array(run.text.utf8)[...]
            for cluster in run.clusters {
                let text = String(decoding: bytes.prefix(cluster.bytes), as: UTF8.self)
                bytes = bytes.dropFirst(cluster.bytes)
                for glyph in run.glyphs[result.count..<result.count + cluster.glyphs] {
                    result.append((glyph.x, text.count == 1 ? text.first : nil))
                }
            }
            return result
        }
        var widths: [Character: [Double]] = [:]
        for (glyph, next) in zip(glyphs, glyphs.dropFirst()) {
            if let character = glyph.character, [" ", "\u{A0}", "\u{202F}"].contains(character) {
                widths[character, default: []].append(next.x - glyph.x)
            }
        }
        return widths
    }

    @Test("an unknown font family is an error naming it")
    func unknownFamily() throws {
        var style = TextStyle()
        style.family = "Comic Sans MS"
        #expect(throws: LayoutError.self) { try lines("Bonjour", width: 200, style: style) }
        do { _ = try lines("Bonjour", width: 200, style: style) } catch {
            #expect("\(error)".contains("Comic Sans MS"))
        }
    }

    @Test("centred and right-aligned lines sit where their alignment puts them")
    func alignment() throws {
        var style = TextStyle()
        style.alignment = .center
        let centred = try lines("Court.", width: 300, style: style)[0]
        #expect(abs((centred.origin.x - 50) + centred.width / 2 - 150) < 0.5)
        style.alignment = .right
        let right = try lines("Court.", width: 300, style: style)[0]
        #expect(abs(right.origin.x + right.width - 350) < 0.5)
    }

    @Test("control characters are shown as U+FFFD, not dropped")
    func controlCharacters() throws {
        let set = try lines("avant\u{7}après", width: 300)
        #expect(set[0].text == "avant\u{FFFD}après")
    }
}
