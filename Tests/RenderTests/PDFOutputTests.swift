import DocumentTree
import Foundation
import Native
import Pages
import Render
import Testing

/// A two-page tagged specimen: a heading with an outline entry and a destination, a French paragraph
/// that continues on a landscape second page, a nested heading, a table rule and links.
func specimen() throws -> (document: LaidOutDocument, lines: [String]) {
    let builder = try ItemBuilder()
    let margin = 2.2 * Unit.centimetre
    var metadata = Metadata()
    metadata.title = "Rapport d’évaluation — Lycée Émile Zola"
    metadata.author = "Académie de Besançon"
    metadata.subject = "Label « Lycée des métiers »"
    metadata.keywords = "label, lycée, évaluation"
    metadata.creator = "ldm"
    metadata.creationDate = "2026-06-15T10:30:00Z"

    let heading = builder.paragraph("Évaluation de l’établissement", x: margin, top: margin, width: 400, size: 18,
                                    bold: true, role: .h1)
    let body = builder.paragraph(
        "L’établissement, créé en 1894, accueille élèves et apprentis ; à la rentrée, le cœur du projet reste « la réussite de chacun ». Ça progresse : très bien, dit la commission, qui salue l’ouverture vers l’Europe, la leçon de français et les périodes en entreprise.",
        x: margin, top: heading.bottom + 12, width: 300)
    let split = body.items.count / 2
    var firstPage: [PageItem] = [.outline(title: "Évaluation", level: 1, at: Point(x: margin, y: margin)),
                                 .destination(name: "evaluation", at: Point(x: margin, y: margin))]
    firstPage += heading.items + body.items[..<split]
    firstPage.append(.line(from: Point(x: margin, y: 700), to: Point(x: 500, y: 700), stroke: Stroke(width: 1, color: Color(hex: "#000091")!)))

    let landscape = PageSize.a4.landscape
    var secondPage: [PageItem] = Array(body.items[split...])
    let subheading = builder.paragraph("Critère 1 : ouverture à l’international", x: margin, top: 300, width: 500, size: 14,
                                       bold: true, role: .h2)
    secondPage += [.outline(title: "Critère 1", level: 2, at: Point(x: margin, y: 300))] + subheading.items
    secondPage += [.beginTag(.paragraph)]
    secondPage += [.link(Rect(x: margin, y: 400, width: 200, height: 14), .destination("evaluation")),
                   .link(Rect(x: margin, y: 420, width: 200, height: 14), .url("https://www.education.gouv.fr/?q=l'ete")),
                   .rectangle(Rect(x: margin, y: 450, width: 200, height: 40), fill: .white, stroke: Stroke(width: 0.5, color: .black), cornerRadius: 6)]
    secondPage += [.endTag(.paragraph)]
    secondPage += [.outline(title: "Annexes", level: 1, at: Point(x: margin, y: 500))]

    let lines = (heading.items + body.items + subheading.items).compactMap { item -> String? in
        if case .text(let line) = item { return line.text } else { return nil }
    }
    return (LaidOutDocument(metadata: metadata, pages: [Page(size: .a4, items: firstPage),
                                                        Page(size: landscape, items: secondPage)]), lines)
}

/// Spaces of every kind as one plain space, so that justified text compares word by word.
func normalized(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{A0}", with: " ")
        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
}

@Suite("PDF output read back by poppler and qpdf")
struct PDFOutputTests {
    let folder: URL
    let path: String
    let lines: [String]

    init() throws {
        let (document, lines) = try specimen()
        folder = try temporaryFolder()
        path = try write(try PDFRenderer.render(document), to: folder, as: "specimen.pdf")
        self.lines = lines
    }

    @Test func pdftotextGivesTheLinesInOrderWithAccentsIntact() throws {
        let text = normalized(try run("pdftotext", ["-enc", "UTF-8", path, "-"]).output)
        var searchFrom = text.startIndex
        for line in lines {
            let range = try #require(text.range(of: normalized(line), range: searchFrom..<text.endIndex),
                                     "missing or out of order: \(line)")
            searchFrom = range.upperBound
        }
        for sample in ["é", "è", "à", "ç", "œ", "É", "« la réussite de chacun »", "’"] {
            #expect(text.contains(sample), "\(sample) lost")
        }
    }

    @Test func everyFontIsEmbeddedAndSubset() throws {
        let rows = try run("pdffonts", [path]).output.split(separator: "\n").dropFirst(2)
        #expect(!rows.isEmpty)
        for row in rows {
            let columns = row.split(separator: " ")
            // name type… encoding emb sub uni object generation: emb and sub are the 5th and 4th from the end.
            #expect(columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes", "\(row)")
            #expect(columns[0].dropFirst(6).hasPrefix("+"), "not a subset name: \(columns[0])")
        }
    }

    /// cairo copies the hinting programs of a TrueType font into every subset: the engine loads the
    /// manifest's fonts without them (fonts/outlines.py), so none reaches a PDF.
    @Test func embeddedFontProgramsCarryNoHinting() throws {
        let dump = try run("qpdf", ["--json", "--json-key=qpdf", "--json-stream-data=inline", path])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(dump.output.utf8)) as? [String: Any])
        let objects = try #require((root["qpdf"] as? [Any])?.last as? [String: Any])
        var fontPrograms = 0
        for case let object as [String: Any] in objects.values {
            guard let stream = object["stream"] as? [String: Any], let dictionary = stream["dict"] as? [String: Any],
                  dictionary["/Length1"] != nil else { continue }
            let encoded = try #require(stream["data"] as? String)
            let bytes = [UInt8](try #require(Data(base64Encoded: encoded)))
            // The sfnt table directory: the number of tables at offset 4, then 16 bytes a table, its tag first.
            let count = Int(bytes[4]) << 8 | Int(bytes[5])
            let tags = (0..<count).map { String(decoding: bytes[12 + 16 * $0 ..< 16 + 16 * $0], as: UTF8.self) }
            #expect(tags.contains("glyf") && tags.contains("hmtx"), "\(tags)")
            #expect(!tags.contains { ["fpgm", "prep", "cvt "].contains($0) }, "hinting embedded: \(tags)")
            fontPrograms += 1
        }
        #expect(fontPrograms >= 2)
    }

    @Test func pdfinfoShowsTheMetadataAndTagging() throws {
        let info = try run("pdfinfo", ["-enc", "UTF-8", "-isodates", path]).output
        for expected in ["Title:           Rapport d’évaluation — Lycée Émile Zola",
                         "Author:          Académie de Besançon",
                         "Subject:         Label « Lycée des métiers »",
                         "Keywords:        label, lycée, évaluation",
                         "Creator:         ldm",
                         "CreationDate:    2026-06-15T10:30:00Z",
                         "Tagged:          yes",
                         "Pages:           2"] {
            #expect(info.contains(expected), "pdfinfo lacks \(expected):\n\(info)")
        }
    }

    @Test func pageSizesFollowEachPage() throws {
        let sizes = try run("pdfinfo", ["-f", "1", "-l", "2", path]).output.split(separator: "\n")
            .filter { $0.hasPrefix("Page ") && $0.contains(" size: ") }
        #expect(sizes.count == 2)
        #expect(sizes.first?.contains("595.276 x 841.89 pts") == true, "\(sizes)")
        #expect(sizes.last?.contains("841.89 x 595.276 pts") == true, "\(sizes)")
    }

    @Test func qpdfFindsNoProblem() throws {
        let check = try run("qpdf", ["--check", path])
        #expect(check.status == 0, "\(check.output)\(check.errors)")
        #expect(check.output.contains("No syntax or stream encoding errors found"))
        #expect(check.errors.isEmpty, "\(check.errors)")
    }

    @Test func theOutlineNestsByLevelAndPointsAtThePages() throws {
        let json = try run("qpdf", ["--json", "--json-key=outlines", path]).output
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let outlines = try #require(root["outlines"] as? [[String: Any]])
        #expect(outlines.map { $0["title"] as? String } == ["Évaluation", "Annexes"])
        #expect(outlines.map { $0["destpageposfrom1"] as? Int } == [1, 2])
        let kids = try #require(outlines.first?["kids"] as? [[String: Any]])
        #expect(kids.map { $0["title"] as? String } == ["Critère 1"])
        #expect(kids.first?["destpageposfrom1"] as? Int == 2)
    }

    @Test func linksAndNamedDestinationsAreWritten() throws {
        let dests = try run("pdfinfo", ["-dests", path]).output
        #expect(dests.contains("evaluation"), "\(dests)")
        let qdf = try run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        #expect(qdf.contains("/URI (https://www.education.gouv.fr/?q=l'ete)"), "no external link")
        #expect(qdf.contains("/Dest (evaluation)"), "no internal link")
    }

    @Test func twoRendersAreByteIdentical() throws {
        let first = try PDFRenderer.render(try specimen().document)
        let second = try PDFRenderer.render(try specimen().document)
        #expect(first == second)
    }
}

@Suite("Documents the renderer refuses")
struct RenderRefusalTests {
    @Test func aDocumentWithoutPagesIsAnError() {
        #expect(throws: RenderError.self) { try PDFRenderer.render(LaidOutDocument(metadata: Metadata(), pages: [])) }
    }

    @Test func anEndTagThatDoesNotMatchIsAnError() {
        let items: [PageItem] = [.beginTag(.h1), .endTag(.paragraph)]
        #expect(throws: RenderError.self) { try PDFRenderer.render(document(items)) }
    }

    @Test func aTagLeftOpenIsAnError() {
        #expect(throws: RenderError.self) { try PDFRenderer.render(document([.beginTag(.list)])) }
    }
}
