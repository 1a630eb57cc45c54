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
