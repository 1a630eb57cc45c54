import DocumentTree
import Layout
import Pages
import Testing

/// Proper names wrap at their spaces only: never at their own hyphens, never hyphenated inside.
@Suite("Proper names")
struct ProperNameTests {
    static let names = ["Aix-Marseille", "Lons-le-Saunier", "Bourgogne-Franche-Comté", "Oliviers",
                        "Champagnole", "Seyne-sur-Mer", "Jean-Pierre"]
    static let text = "Le lycée professionnel des Oliviers de l’académie d’Aix-Marseille, à Lons-le-Saunier "
        + "en Bourgogne-Franche-Comté, près de Champagnole et de La Seyne-sur-Mer, dirigé par Jean-Pierre."

    func lines(width: Points, text: String = text, alignment: TextAlignment = .justify) throws -> [TextLine] {
        var style = TextStyle()
        style.alignment = alignment
        let master = PageMaster(name: "m", size: PageSize(width: width + 40, height: 800), margins: Insets(all: 20))
        let document = try layout(Document(styles: StyleSheet(["body": style]), masters: [master],
                                           body: [.paragraph(Paragraph(text))]))
        return document.pages.flatMap(\.lines)
    }

    @Test("every name stays on one line, whatever the measure", arguments: Array(stride(from: 150, through: 300, by: 10)))
    func namesWhole(width: Int) throws {
        let lines = try lines(width: Points(width))
        #expect(lines.count > 1)
        for line in lines {
            #expect(!line.text.unicodeScalars.contains("\u{2060}"), "the word joiner is read: \(line.text)")
        }
        let joined = lines.map(\.text).joined(separator: "\n")
        for name in Self.names {
            #expect(joined.contains(name), "\(name) broken in:\n\(joined)")
        }
    }

    @Test("a name wider than a narrow column breaks after one of its hyphens, never between letters",
          arguments: Array(stride(from: 70, through: 120, by: 5)))
    func nameWiderThanColumn(width: Int) throws {
        let text = "Lycée polyvalent privé Saint-Exupéry-les-Oliviers"
        let lines = try lines(width: Points(width), text: text, alignment: .left).map(\.text)
        // A line ending with a hyphen (the name's, or one hyphenation adds to « polyva-lent ») goes
        // on without a space: the lines read as the text but for the hyphens, no word cut elsewhere.
        var read = lines[0]
        for line in lines.dropFirst() { read += (read.hasSuffix("-") ? "" : " ") + line }
        #expect(read.filter { $0 != "-" } == text.filter { $0 != "-" }, "\(lines)")
        #expect(lines.contains { ["Saint-", "Exupéry-", "les-"].contains(where: $0.hasSuffix) }, "\(lines)")
    }
}
