import DocumentTree
import Foundation
import Layout
import Native
import Pages
import Render
import Testing

/// Lays out blocks on A4 pages and renders them to a PDF file; returns its path and the layout.
func renderBlocks(_ body: [Block], masters: [PageMaster] = [PageMaster(name: "a4")]) throws -> (path: String, laidOut: LaidOutDocument) {
    let laidOut = try LayoutEngine().layout(Document(masters: masters, body: body))
    return (try write(try PDFRenderer.render(laidOut), to: try temporaryFolder(), as: "blocks.pdf"), laidOut)
}

/// The text of each page, as pdftotext reads it back.
func pageTexts(_ path: String) throws -> [String] {
    let result = try run("pdftotext", ["-layout", path, "-"])
    #expect(result.status == 0, "\(result.errors)")
    var pages = result.output.components(separatedBy: "\u{0C}")
    if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
    return pages
}

@Suite("Blocks read back from the PDF")
struct BlocksRenderTests {
    @Test("a 300-row table: the header on every page with rows, every row's text exactly once")
    func longTable() throws {
        var table = Table(columns: [.fraction(1), .content, .fixed(60)], rows: [
            Table.Row([Table.Cell("Formation"), Table.Cell("Niveau"), Table.Cell("Effectif")]),
        ], numericColumns: [2])
        for index in 1...300 {
            table.rows.append(Table.Row([Table.Cell("Ligne \(index) bac pro"), Table.Cell("4"), Table.Cell("\(index * 3)")]))
        }
        let pages = try pageTexts(try renderBlocks([.table(table)]).path)
        #expect(pages.count > 3)
        var counts = Array(repeating: 0, count: 301)
        for (number, page) in pages.enumerated() {
            let rows = page.split(separator: "\n").compactMap { line -> Int? in
                guard let range = line.range(of: #"Ligne (\d+) bac pro"#, options: .regularExpression) else { return nil }
                return Int(line[range].split(separator: " ")[1])
            }
            guard !rows.isEmpty else { continue }
            #expect(page.contains("Formation") && page.contains("Effectif"), "header on page \(number + 1)")
            for row in rows { counts[row] += 1 }
        }
        #expect(counts.dropFirst().allSatisfy { $0 == 1 }, "rows seen other than once: \(counts.indices.filter { $0 > 0 && counts[$0] != 1 })")
    }

    @Test("a row taller than a page continues on the next pages")
    func rowTallerThanAPage() throws {
        let sentences = (1...300).map { "Phrase \($0) de l’appréciation." }.joined(separator: " ")
        let table = Table(columns: [.fixed(100), .fraction(1)], rows: [
            Table.Row([Table.Cell("Critère"), Table.Cell("Appréciation")]),
            Table.Row([Table.Cell("Ouverture"), Table.Cell(sentences)]),
        ])
        let pages = try pageTexts(try renderBlocks([.paragraph(Paragraph("Avant le tableau.")), .table(table)]).path)
        let pagesWithPhrases = pages.indices.filter { pages[$0].contains("Phrase ") }
        #expect(pagesWithPhrases.count >= 2)
        #expect(pagesWithPhrases == Array(pagesWithPhrases.first!...pagesWithPhrases.last!))
        let all = normalized(pages.joined(separator: " "))
        for index in 1...300 { #expect(all.contains("Phrase \(index) "), "phrase \(index) present") }
    }

    @Test("the contents' page numbers, the outline and the destinations agree with where the headings land")
    func contentsOutlineAndDestinations() throws {
        var body: [Block] = [.tableOfContents(TableOfContents(maxLevel: 2))]
        for index in 1...12 {
            body.append(.heading(Heading(level: index % 4 == 1 ? 1 : 2, [.text("Partie \(index)")], anchor: "partie-\(index)")))
            body += (0..<6).map { _ in .paragraph(Paragraph(String(repeating: "Texte courant de la partie. ", count: 20))) }
        }
        let (path, _) = try renderBlocks(body)
        // Named destinations: « page [ XYZ … ] "name" ».
        var destinationPages: [String: Int] = [:]
        for line in try run("pdfinfo", ["-dests", path]).output.split(separator: "\n").dropFirst() {
            guard let name = line.split(separator: "\"").dropFirst().first, let page = Int(line.split(separator: " ")[0]) else { continue }
            destinationPages[String(name)] = page
        }
        let contents = try pageTexts(path)[0]
        for index in 1...12 {
            let page = try #require(destinationPages["partie-\(index)"])
            let entry = try #require(contents.split(separator: "\n").first { $0.contains("Partie \(index) ") })
            #expect(entry.split(separator: " ").last.map(String.init) == String(page), "« \(entry) »")
        }
        let json = try run("qpdf", ["--json=2", "--json-key=outlines", path]).output
        let outline = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        func flatten(_ entries: [[String: Any]]) -> [(String, Int)] {
            entries.flatMap { entry in
                [(entry["title"] as? String ?? "", entry["destpageposfrom1"] as? Int ?? 0)] + flatten(entry["kids"] as? [[String: Any]] ?? [])
            }
        }
        let entries = flatten(outline?["outlines"] as? [[String: Any]] ?? [])
        #expect(entries.count == 12)
        for (title, page) in entries {
            let anchor = "partie-" + title.split(separator: " ").last!
            #expect(page == destinationPages[anchor], "outline entry « \(title) »")
        }
    }

    @Test("a QR code block decodes to exactly its text", arguments: QRCodeBlock.ErrorCorrection.allCases)
    func qrCodeDecodes(correction: QRCodeBlock.ErrorCorrection) throws {
        let text = "https://label.example.fr/certificat/0751234A?annee=2026&code=Éé"
        let laidOut = try LayoutEngine().layout(Document(body: [.qrCode(QRCodeBlock(text: text, size: 120, errorCorrection: correction))]))
        let png = try PNGRenderer.render(laidOut, resolution: 150)[0]
        let decoded = try run("zbarimg", ["--raw", "-q", "-Sbinary", try write(png, to: try temporaryFolder(), as: "qr.png")])
        #expect(decoded.status == 0, "\(decoded.errors)")
        // Binary output: zbar would otherwise guess Shift-JIS for UTF-8 bytes that carry no ECI marker.
        #expect(decoded.output.trimmingCharacters(in: .newlines) == text)
    }

    @Test("an SVG image block stays vector; a JPEG one is embedded with the DCT filter")
    func imageEncodings() throws {
        let svg = try renderBlocks([.image(ImageBlock(path: try fixture("emblem.svg"), width: 120))]).path
        #expect(try imageRows(of: [UInt8](Data(contentsOf: URL(fileURLWithPath: svg)))).isEmpty, "no image object for the SVG")
        let jpeg = try renderBlocks([.image(ImageBlock(path: try fixture("photo.jpeg"), width: 120))]).path
        let rows = try imageRows(of: [UInt8](Data(contentsOf: URL(fileURLWithPath: jpeg))))
        #expect(rows.count == 1)
        #expect(rows.first?[8] == "jpeg", "\(rows)")
    }

    @Test("a corrupt image or an SVG librsvg rejects is an error naming the file", arguments: ["corrupt.png", "broken.svg"])
    func badImages(name: String) throws {
        let path = try fixture(name)
        let error = #expect(throws: LayoutError.self) { try LayoutEngine().layout(Document(body: [.image(ImageBlock(path: path))])) }
        #expect(error?.message.contains(path) == true, "\(String(describing: error))")
    }
}
