import DocumentTree
import Foundation
import Layout
import Native
import Pages
import Testing

/// An SVG file of the given pixel size in a fresh temporary folder.
func svgFile(width: Int, height: Int) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-layout-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("figure.svg").path
    let svg = """
    <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)"><rect width="\(width)" height="\(height)" fill="#000091"/></svg>
    """
    try svg.write(toFile: path, atomically: true, encoding: .utf8)
    return path
}

extension Page {
    var images: [Rect] { items.compactMap { if case .image(let rect, _) = $0 { return rect } else { return nil } } }
    var paths: [PathShape] { items.compactMap { if case .path(let shape) = $0 { return shape } else { return nil } } }
    var moduleGrids: [ModuleGrid] { items.compactMap { if case .modules(let grid) = $0 { return grid } else { return nil } } }
}

@Suite("Images, boxes, QR codes and charts")
struct FigureTests {
    let a4 = PageMaster(name: "a4", size: .a4, margins: Insets(all: 50))

    @Test("a bar chart's scale reads in round steps, raised to a whole step", arguments: [
        (19.0, ["0", "2", "4", "10", "20"], ["1,9", "19"]),
        (7.0, ["0", "1", "7"], ["8"]),
        (140.0, ["0", "20", "140"], ["14", "150"]),
    ])
    func roundScale(maximum: Double, shown: [String], absent: [String]) throws {
        let chart = Chart(kind: .bar, entries: [Chart.Entry(label: "Niveau 4", value: 3)], maximum: maximum)
        let texts = Set(try layout(Document(masters: [a4], body: [.chart(chart)])).pages[0].lines.map(\.text))
        for label in shown { #expect(texts.contains(label), "\(label) in \(texts.sorted())") }
        for label in absent { #expect(!texts.contains(label), "\(label) in \(texts.sorted())") }
    }

    @Test("an image larger than the page is scaled down to fit, keeping its aspect ratio")
    func largeImageScaledDown() throws {
        let path = try svgFile(width: 2000, height: 4000)
        let result = try layout(Document(masters: [a4], body: [.image(ImageBlock(path: path, width: 1200))]))
        let rect = try #require(result.pages.flatMap(\.images).first)
        #expect(rect.width <= PageSize.a4.width - 100 + 0.01)
        #expect(rect.height <= PageSize.a4.height - 100 + 0.01)
        #expect(abs(rect.height / rect.width - 2) < 0.001)
        #expect(rect.y >= 50 - 0.01 && rect.maxY <= PageSize.a4.height - 50 + 0.01)
    }

    @Test("an image is sized by width, by height, or fitted inside both", arguments: [
        (Optional(150.0), Optional<Double>.none, 150.0, 75.0),
        (nil, 30.0, 60.0, 30.0),
        (100.0, 100.0, 100.0, 50.0),
        (nil, nil, 150.0, 75.0),
    ])
    func imageSizing(width: Double?, height: Double?, expectedWidth: Double, expectedHeight: Double) throws {
        let path = try svgFile(width: 200, height: 100)
        let result = try layout(Document(masters: [a4], body: [.image(ImageBlock(path: path, width: width, height: height))]))
        let rect = try #require(result.pages[0].images.first)
        #expect(abs(rect.width - expectedWidth) < 0.01 && abs(rect.height - expectedHeight) < 0.01)
    }

    @Test("a missing image is an error naming its path")
    func missingImage() {
        let error = #expect(throws: LayoutError.self) {
            try layout(Document(body: [.image(ImageBlock(path: "/nulle/part/logo.png"))]))
        }
        #expect(error?.message.contains("/nulle/part/logo.png") == true)
    }

    @Test("a QR code is its grid of modules, as the matrix, inside a white square with a 4-module quiet zone")
    func qrCode() throws {
        let text = "https://label.example.fr/certificat/0751234A"
        let result = try layout(Document(masters: [a4], body: [.qrCode(QRCodeBlock(text: text, size: 100, alignment: .center))]))
        let page = result.pages[0]
        let matrix = try QRMatrix(encoding: text)
        let module = 100 / Double(matrix.size + 8)
        let square = try #require(page.items.compactMap { item -> Rect? in
            if case .rectangle(let rect, .some(.white), _, _) = item { return rect } else { return nil }
        }.first)
        #expect(abs(square.width - 100) < 0.001)
        let grid = try #require(page.moduleGrids.first)
        #expect(abs(grid.origin.x - (square.x + 4 * module)) < 0.001)
        #expect(abs(grid.origin.y - (square.y + 4 * module)) < 0.001)
        #expect(abs(grid.module - module) < 0.001)
        #expect(grid.size == matrix.size)
        #expect(grid.dark == (0..<matrix.size).flatMap { row in (0..<matrix.size).map { matrix[row, $0] } })
        #expect(grid.color == .black)
    }

    @Test("a QR code aligned left in a bordered box: its white square stops at the box's content, off the border")
    func qrCodeInABox() throws {
        var box = Box([.qrCode(QRCodeBlock(text: "https://label.example.fr/certificat/0751234A", size: 90, alignment: .left))])
        box.padding = Insets(all: 4)
        let page = try layout(Document(masters: [a4], body: [.box(box)])).pages[0]
        let square = try #require(page.items.compactMap { item -> Rect? in
            if case .rectangle(let rect, .some(.white), _, _) = item { return rect } else { return nil }
        }.first)
        let border = try #require(page.items.compactMap { item -> Rect? in
            if case .rectangle(let rect, _, .some, _) = item { return rect } else { return nil }
        }.first)
        #expect(square.x >= border.x + 4 - 0.01, "white square at \(square.x), border at \(border.x)")
        let darkLeft = try #require(page.moduleGrids.first?.origin.x)
        #expect(abs(darkLeft - square.x) < 0.01, "the dark modules meet the content's edge")
    }

    @Test("text too long for a QR code is an error")
    func qrTooLong() {
        let error = #expect(throws: LayoutError.self) {
            try layout(Document(body: [.qrCode(QRCodeBlock(text: String(repeating: "a", count: 3000), errorCorrection: .high))]))
        }
        #expect(error?.message.contains("trop long") == true)
    }

    @Test("a box that does not fit on the rest of the page moves whole to the next")
    func boxMovesWhole() throws {
        var style = TextStyle()
        style.spaceAfter = 0
        let box = Box([.paragraph(Paragraph("Première ligne de l’encadré. " + frenchParagraph(2, sentences: 1)))])
        let body = Array(repeating: Block.paragraph(Paragraph("Ligne.")), count: 17) + [.box(box)]
        let result = try layout(Document(styles: StyleSheet(["body": style]), masters: [smallPage], body: body))
        #expect(result.page(containing: "Première ligne") == 2)
        #expect(result.pages[1].lines.filter { $0.text != "Ligne." }.count == result.pages.flatMap(\.lines).filter { $0.text != "Ligne." }.count)
    }

    @Test("a box taller than a page is cut, each part framed, no line lost")
    func tallBoxIsCut() throws {
        var box = Box([.paragraph(Paragraph(frenchParagraph(0, sentences: 20)))])
        box.border = .double
        box.background = Color(red: 0.95, green: 0.95, blue: 1)
        let result = try layout(Document(masters: [smallPage], body: [.box(box)]))
        #expect(result.pages.count >= 3)
        for page in result.pages {
            let verticals = page.items.filter { if case .line(let a, let b, _) = $0 { abs(a.x - b.x) < 0.001 } else { false } }
            #expect(verticals.count >= 4, "both sides, two rules each")
            for line in page.lines { #expect(line.bottom <= 270.5 && line.top >= 29.5) }
        }
        let reference = try layout(Document(masters: [PageMaster(name: "tall", size: PageSize(width: 300, height: 5000),
                                                                 margins: Insets(all: 30))], body: [.box(box)]))
        #expect(result.pages.flatMap(\.lines).map(\.text) == reference.pages[0].lines.map(\.text))
    }

    @Test("a placed box lands at its position and does not move the flow")
    func placedBox() throws {
        let placed = PlacedBox(x: 100, y: 400, width: 200, box: Box([.paragraph(Paragraph("Certifié conforme"))]))
        let result = try layout(Document(masters: [a4], body: [.placed(placed), .paragraph(Paragraph("Premier paragraphe."))]))
        let line = try #require(result.pages[0].lines.first { $0.text == "Certifié conforme" })
        #expect(line.origin.x > 100 && line.origin.x < 120 && line.top > 400 && line.top < 420)
        let first = try #require(result.pages[0].lines.first { $0.text == "Premier paragraphe." })
        #expect(first.top < 60)
    }

    /// A one-line box without border or padding (style `body`), across the text area at `y`, and a flow
    /// long enough to reach it, in the style `texte`.
    private func flowReaching(_ y: Points, paragraphs: Int) -> [Block] {
        var box = Box([.paragraph(Paragraph("Certifié conforme"))])
        box.border = .none
        box.padding = Insets(all: 0)
        let placed = PlacedBox(x: 50, y: y, width: PageSize.a4.width - 100, box: box)
        return [.placed(placed)] + flowParagraphs(paragraphs)
    }

    private func flowParagraphs(_ count: Int) -> [Block] {
        (0..<count).map { .paragraph(Paragraph(frenchParagraph($0), style: "texte")) }
    }

    /// A document that shrinks to fit, its style `texte` marked `shrink` unless said.
    private func shrinking(_ body: [Block], shrink: Bool = true) -> Document {
        var texte = TextStyle()
        texte.shrink = shrink
        var document = Document(styles: StyleSheet(["texte": texte]), masters: [a4], body: body)
        document.shrinkToFit = true
        return document
    }

    @Test("flow text that reaches a placed box is an error at the box, quoting the first line over it and how deep it goes")
    func flowOverPlacedBox() throws {
        // The box sits on the first line of the flow: the whole box (one line of body text, 15 pt: 5.3 mm) is covered;
        // the line is quoted up to 60 characters.
        let error = try #require(throws: LayoutError.self) { try layout(Document(masters: [a4], body: flowReaching(50, paragraphs: 2))) }
        #expect(error.message == "le texte « Le lycée des métiers accueille des publics de statuts diffé… » empiète de 6 mm sur le bloc placé (<place>) : le fil du texte ne s'écarte pas des blocs placés")
        #expect(error.hint == "raccourcissez le texte qui précède le bloc (un nom ou un intitulé long), descendez le bloc (y) ou réduisez la taille des styles dans le thème")
        // Shrinking to fit changes nothing without a style marked `shrink`: the same error at once, saying so.
        let unmarked = try #require(throws: LayoutError.self) { try layout(shrinking(flowReaching(50, paragraphs: 2), shrink: false)) }
        #expect(unmarked.message == error.message)
        #expect(unmarked.hint == "marquez « shrink: true » dans le thème les styles qui peuvent être composés plus petits (le nom, l'intitulé), ou raccourcissez le texte")
    }

    @Test("a document set to shrink to fit sets its shrinking styles smaller until its flow clears its placed box, down to 75 %")
    func shrinkToFit() throws {
        let full = try layout(Document(masters: [a4], body: flowParagraphs(5)))
        let fullLines = full.pages[0].lines
        let bottom = try #require(fullLines.last).bottom
        #expect(full.pages.count == 1 && bottom > 300, "the flow alone reaches \(bottom)")

        let shrunk = try layout(shrinking(flowReaching(bottom - 60, paragraphs: 5)))
        #expect(shrunk.pages.count == 1)
        let placed = try #require(shrunk.pages[0].lines.first { $0.text == "Certifié conforme" })
        let flow = shrunk.pages[0].lines.filter { $0.text != "Certifié conforme" }
        #expect(flow.allSatisfy { $0.bottom <= placed.top + 1 }, "the flow ends above the placed box")
        #expect(flow[0].ascent < fullLines[0].ascent && flow[0].ascent >= fullLines[0].ascent * 0.75)
        #expect(placed.ascent == fullLines[0].ascent, "the placed box keeps its style's size")
        let letters = { (lines: [TextLine]) in lines.map(\.text).joined().filter { $0.isLetter }.count }
        #expect(letters(flow) == letters(fullLines), "no text lost")

        let error = try #require(throws: LayoutError.self) { try layout(shrinking(flowReaching(300, paragraphs: 5))) }
        #expect(error.message.hasPrefix("le texte « ") && error.message.hasSuffix(" : le fil du texte ne s'écarte pas des blocs placés, même réduit à 75\u{00A0}%"))
    }

    @Test("a document set to shrink to fit that runs onto a second page is set smaller onto one, or refused")
    func shrinkToOnePage() throws {
        var count = 1
        while try layout(Document(masters: [a4], body: flowParagraphs(count))).pages.count == 1 { count += 1 }
        #expect(try layout(shrinking(flowParagraphs(count))).pages.count == 1, "\(count) paragraphs: a page and a little more at full size")

        let error = try #require(throws: LayoutError.self) { try layout(shrinking(flowParagraphs(3 * count))) }
        #expect(error.message.hasPrefix("le document tient sur "))
        #expect(error.message.hasSuffix(" pages, et non sur une seule comme le demande « shrink-to-fit », même réduit à 75\u{00A0}%"))
    }

    @Test("charts are vectors whose labels stay inside the chart's width", arguments: [Chart.Kind.bar, .radar])
    func charts(kind: Chart.Kind) throws {
        let entries = (1...6).map { Chart.Entry(label: "Critère \($0) : ouverture européenne et internationale", value: Double($0 % 4) + 0.5) }
        var chart = Chart(kind: kind, entries: entries, maximum: 4,
                          scaleLabels: ["Insuffisant", "Fragile", "Satisfaisant", "Très satisfaisant"], width: 400, height: 300)
        chart.title = "Appréciations"
        let result = try layout(Document(masters: [a4], body: [.chart(chart)]))
        let page = result.pages[0]
        #expect(!page.paths.isEmpty || page.items.contains { if case .rectangle = $0 { true } else { false } })
        #expect(page.images.isEmpty)
        let left = 50 + (PageSize.a4.width - 100 - 400) / 2
        for line in page.lines {
            #expect(line.origin.x >= left - 0.5 && line.origin.x + line.width <= left + 400.5, "« \(line.text) » inside the chart")
        }
        #expect(page.text.contains("Très satisfaisant") || page.text.contains("Très"))
    }

    @Test("a radar's scale is a ruler beside the plot: no ring's name on a spoke or under the data, each level with its ring")
    func radarScaleBesideThePlot() throws {
        let entries = (1...9).map { Chart.Entry(label: $0 == 9 ? "Critère A1" : "Critère \($0)", value: 4) }
        let scale = ["non satisfait", "partiellement satisfait", "satisfait", "point fort"]
        let chart = Chart(kind: .radar, entries: entries, maximum: 4, scaleLabels: scale, width: 430, height: 250)
        let page = try layout(Document(masters: [a4], body: [.chart(chart)])).pages[0]
        let rings = page.items.compactMap { item -> [Point]? in
            if case .path(let shape) = item, shape.fill == nil, shape.closed { return shape.subpaths.first } else { return nil }
        }
        #expect(rings.count == 4)
        let plotLeft = try #require(rings.flatMap { $0 }.map(\.x).min())
        for (name, ring) in zip(scale, rings) {
            let label = try #require(page.lines.first { $0.text == name })
            #expect(label.origin.x + label.width < plotLeft, "« \(name) » left of the plot")
            // The ring's first vertex is at the top of the first spoke.
            #expect(abs((label.top + label.bottom) / 2 - ring[0].y) < 2, "« \(name) » level with its ring")
        }
    }
}
