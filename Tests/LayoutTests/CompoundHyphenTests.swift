import DocumentTree
import Foundation
@testable import Layout
import Pages
import Testing

/// A justified line may end after a compound's own hyphen, with nothing added; not beside a
/// one-letter part.
@Suite("Compound words")
struct CompoundHyphenTests {
    static let compounds = ["peut-être", "sous-préfecture", "demi-pension", "après-midi", "co-intervention"]
    static let kept = ["c’est-à-dire", "vis-à-vis", "a-t-il"]
    static let text = "Le projet, c’est-à-dire la co-intervention des professeurs, a-t-il peut-être changé "
        + "la demi-pension vis-à-vis de la sous-préfecture ? Chaque après-midi, la co-intervention réunit "
        + "les équipes de la demi-pension et celles de la sous-préfecture, c’est-à-dire tout le monde."

    @Test("a name's hyphen is a last-resort break, beside parts of two letters or more, an apostrophe counted")
    func nameBreaks() {
        let text = ProperNames.joiningHyphens("à Saint-Martin-d’Hères et à Pont-à-Mousson")
        let breaks = CompoundHyphens.breaks(in: text)
        let bytes = Array(text.utf8)
        let after = breaks.names.sorted().map { String(String(decoding: bytes[$0...], as: UTF8.self).prefix(6)) }
        #expect(after == ["Martin", "d’Hère"], "\(after)")
        #expect(breaks.common.isEmpty)
    }

    func lines(width: Double) throws -> [String] {
        let master = PageMaster(name: "m", size: PageSize(width: width + 40, height: 2000), margins: Insets(all: 20))
        return try layout(Document(masters: [master], body: [.paragraph(Paragraph(Self.text))])).pages
            .flatMap(\.lines).map(\.text)
    }

    @Test("a line ends after a compound's hyphen with no hyphen added, never beside a one-letter part")
    func compoundBreaks() throws {
        var cutCompounds = Set<String>()
        for width in stride(from: 120.0, through: 320, by: 4) {
            let lines = try lines(width: width)
            for (line, next) in zip(lines, lines.dropFirst()) where line.hasSuffix("-") {
                let end = line.split(separator: " ").last.map(String.init) ?? ""
                let start = next.split(separator: " ").first.map(String.init) ?? ""
                let word = (end + start).trimmingCharacters(in: .punctuationCharacters)
                #expect(!Self.kept.contains { $0.contains(word) || word.contains($0) }, "« \(line) » / « \(next) »")
                if Self.compounds.contains(word) { cutCompounds.insert(word) }
            }
            // Read back, hyphens aside (a part may also be hyphenated), the lines are the text.
            var read = lines[0]
            for line in lines.dropFirst() { read += (read.hasSuffix("-") ? "" : " ") + line }
            #expect(read.filter { $0 != "-" } == Self.text.filter { $0 != "-" }, "\(width): \(lines)")
        }
        #expect(cutCompounds.count >= 3, "compounds cut at their hyphen: \(cutCompounds)")
    }
}
