import Foundation
import DocumentTree
import Layout
import Pages
import Testing

/// Proper names wrap at their spaces: never hyphenated inside, cut at one of their own hyphens only
/// where the paragraph cannot be justified within the tolerance otherwise.
@Suite("Proper names")
struct ProperNameTests {
    static let names = ["Aix-Marseille", "Lons-le-Saunier", "Bourgogne-Franche-Comté", "Oliviers",
                        "Champagnole", "Seyne-sur-Mer", "Jean-Pierre", "Saint-Martin-d’Hères"]
    static let text = "Le lycée professionnel des Oliviers de l’académie d’Aix-Marseille, à Lons-le-Saunier "
        + "en Bourgogne-Franche-Comté, près de Champagnole et de La Seyne-sur-Mer, dirigé par Jean-Pierre, "
        + "venu de Saint-Martin-d’Hères."
    /// Article 4 of a decision, in the decisions' body style.
    static let notification = "La présente décision sera notifiée au directeur du Lycée polyvalent privé "
        + "Saint-Exupéry-les-Oliviers et publiée au recueil des actes administratifs de la région académique "
        + "Provence-Alpes-Côte d’Azur."

    func lines(width: Points, text: String = text, alignment: TextAlignment = .justify,
               family: String = "Noto Serif", size: Points = 11) throws -> [TextLine] {
        var style = TextStyle()
        style.alignment = alignment
        style.family = family
        style.size = size
        let master = PageMaster(name: "m", size: PageSize(width: width + 40, height: 800), margins: Insets(all: 20))
        let document = try layout(Document(styles: StyleSheet(["body": style]), masters: [master],
                                           body: [.paragraph(Paragraph(text))]))
        return document.pages.flatMap(\.lines)
    }

    @Test("a name is never hyphenated: a line ends inside it only after one of its hyphens",
          arguments: Array(stride(from: 150, through: 300, by: 10)))
    func namesCutOnlyAtHyphens(width: Int) throws {
        let lines = try lines(width: Points(width))
        #expect(lines.count > 1)
        for line in lines {
            #expect(!line.text.unicodeScalars.contains("\u{2060}"), "the word joiner is read: \(line.text)")
        }
        // Lines joined keeping the hyphen a line ends with: a name cut at its own hyphen reads whole.
        let joined = lines.map(\.text).joined(separator: "\n").replacingOccurrences(of: "-\n", with: "-")
        for name in Self.names {
            #expect(joined.contains(name), "\(name) broken in:\n\(joined)")
        }
    }

    @Test("a name stays whole where the paragraph can be justified without cutting it")
    func nameWholeWhenRoom() throws {
        let lines = try lines(width: 360, text: Self.notification, family: "Noto Sans", size: 10.5).map(\.text)
        #expect(lines.contains { $0.hasPrefix("Saint-Exupéry-les-Oliviers ") }, "\(lines)")
        #expect(lines.last?.hasSuffix("Provence-Alpes-Côte d’Azur.") == true, "\(lines)")
    }

    @Test("a name is cut at its hyphen rather than a line's spaces gape")
    func nameCutRatherThanGaps() throws {
        // The decision's measure. Kept whole, « Saint-Exupéry-les-Oliviers » went to the next line and
        // the first line ended at « privé », its ten spaces 14.3 pt wide, over five times their width.
        let lines = try lines(width: 470, text: Self.notification, family: "Noto Sans", size: 10.5).map(\.text)
        #expect(lines.first?.hasSuffix(" Saint-Exupéry-les-") == true, "\(lines)")
        #expect(lines.dropFirst().first?.hasPrefix("Oliviers et publiée") == true, "\(lines)")
        #expect(lines.joined(separator: "\n").replacingOccurrences(of: "-\n", with: "-")
                    .replacingOccurrences(of: "\n", with: " ") == Self.notification)
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
