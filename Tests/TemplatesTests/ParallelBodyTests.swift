import DocumentTree
import Foundation
import Testing
@testable import Templates

@Suite("A long body built on several threads")
struct ParallelBodyTests {
    /// A body well past `parallelBodyLength`: paragraphs, loose text and inline elements between
    /// blocks, a list and a table, so that runs may end next to any of them.
    static func longBody(error: String = "") -> String {
        var parts: [String] = []
        for index in 0..<1_000 {
            switch index % 5 {
            case 0: parts.append("<h2>Critère \(index) : l'accueil</h2>")
            case 1: parts.append("Texte libre \(index) avec <b>gras</b> et « guillemets » ; puis <i>italique</i> !")
            case 2: parts.append("<list><item>Un \(index)</item><item>Deux : trois</item></list>")
            case 3: parts.append("<table columns=\"1fr 1fr\"><row><cell>A \(index)</cell><cell>B</cell></row></table>")
            default: parts.append("<p>Le lycée des métiers \(index) accueille 25 % d'apprentis depuis 2024 : une réussite.</p>")
            }
            if index == 821 { parts.append(error) }
        }
        return "<document>\n" + parts.joined(separator: "\n") + "\n</document>\n"
    }

    func render(_ template: String, threads: Int) throws -> Document {
        try TemplateEngine(searchPaths: [try TemplateFolder(["t.xml": template]).url]).render(templateNamed: "t.xml", context: [:], threads: threads)
    }

    @Test("the blocks are the same as one thread builds", arguments: [2, 4])
    func sameBlocks(threads: Int) throws {
        let template = Self.longBody()
        #expect(template.count > DocumentBuilder.parallelBodyLength)
        let one = try render(template, threads: 1)
        let many = try render(template, threads: threads)
        #expect(many.body.count == one.body.count && one.body.count >= 1_000)
        #expect(many.body == one.body)
    }

    @Test("runs cover the body in order, each after the first starting at a block element")
    func runsStartAtBlocks() throws {
        let template = Self.longBody()
        var reader = XMLReader(ExpandedText(constant: template, at: SourcePosition(path: "t.xml", line: 1, column: 1)))
        let nodes = try reader.readDocument().children
        let runs = DocumentBuilder.runs(of: nodes, count: 4)
        #expect(runs.count == 4)
        #expect(runs.first?.lowerBound == 0 && runs.last?.upperBound == nodes.count)
        for (a, b) in zip(runs, runs.dropFirst()) {
            #expect(a.upperBound == b.lowerBound)
            guard case .element(let element) = nodes[b.lowerBound] else { Issue.record("a run starts with text"); continue }
            #expect(ElementRegistry.blockKind(element.name) != nil)
        }
        // A short body is one run.
        #expect(DocumentBuilder.runs(of: Array(nodes.prefix(20)), count: 4).count == 1)
    }

    @Test("the error reported is the first in the document, at its line, as one thread reports it")
    func firstErrorInDocumentOrder() throws {
        // Two mistakes: one in the last quarter, one in the body's middle (the second run of four).
        let template = Self.longBody(error: "<p>mal <inconnu/> placé</p>").replacingOccurrences(
            of: "<p>Le lycée des métiers 504 ", with: "<p>Le lycée des métiers 504 <autre/>")
        let folder = try TemplateFolder(["t.xml": template])
        var errors: [TemplateError] = []
        for threads in [1, 4] {
            do {
                _ = try TemplateEngine(searchPaths: [folder.url]).render(templateNamed: "t.xml", context: [:], threads: threads)
                Issue.record("the render should fail")
            } catch let error as TemplateError {
                errors.append(error)
            }
        }
        #expect(errors.count == 2 && errors[0] == errors[1])
        #expect(errors.first?.message == "élément inconnu <autre>")
    }
}
