import DocumentTree
import Native
import Pages

/// Draws the items of pages on canvases, in order: the renderers' one `switch` over `PageItem`.
/// Structure, link and destination tags are taken by PDF surfaces and ignored by image surfaces.
struct PageDrawer {
    /// Where fonts and images named by the pages are resolved.
    let fonts: FontRegistry
    let images = ImageStore()
    /// Receives outline entries; only PDF has an outline.
    var addOutline: (_ title: String, _ level: Int, _ at: Point) -> Void = { _, _, _ in }
    /// Structure elements open at this point, innermost last; they may span pages.
    private(set) var openRoles: [StructureRole] = []
    /// Without tags, structure, links and destinations are left out: a file only for printing.
    var tagged = true

    mutating func draw(_ page: Page, number: Int, on canvas: Canvas) throws {
        // Consecutive composed lines in one font and colour go to cairo together.
        var batch = GlyphBatch()
        for item in page.items {
            if !tagged, item.isTagging { continue }
            if case .text = item {} else { batch.flush(on: canvas) }
            switch item {
            case .text(let line):
                try draw(line, on: canvas, batch: &batch)
            case .line(let from, let to, let stroke):
                canvas.strokeLine(from: from.tuple, to: to.tuple, style: stroke.style)
            case .rectangle(let rect, let fill, let stroke, let cornerRadius):
                canvas.drawRectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height,
                                     cornerRadius: cornerRadius, fill: fill?.rgb, stroke: stroke?.style)
            case .path(let shape):
                canvas.drawPolylines(shape.subpaths.map { $0.map(\.tuple) }, closed: shape.closed,
                                     fill: shape.fill?.rgb, stroke: shape.stroke?.style)
            case .image(let rect, let id):
                let image = try images.image(path: id.path, data: id.data)
                canvas.drawImage(image, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
            case .link(let rect, .url(let url)):
                canvas.link(toURL: url, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
            case .link(let rect, .destination(let name)):
                canvas.link(toDestination: name, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
            case .destination(let name, let point):
                canvas.destination(name, x: point.x, y: point.y)
            case .outline(let title, let level, let point):
                addOutline(title, level, point)
            case .beginTag(let role):
                openRoles.append(role)
                canvas.beginStructure(role.rawValue)
            case .endTag(let role):
                guard openRoles.last == role else {
                    throw RenderError("page \(number): the end of a \(role.rawValue) tag does not match the open \(openRoles.last.map(\.rawValue) ?? "nothing")")
                }
                openRoles.removeLast()
                canvas.endStructure(role.rawValue)
            }
        }
        batch.flush(on: canvas)
        try canvas.checkStatus("drawing page \(number)")
    }

    /// A line's runs join the batch, glyph by glyph, placed from the line's origin.
    private func draw(_ line: TextLine, on canvas: Canvas, batch: inout GlyphBatch) throws {
        let x = line.origin.x, y = line.origin.y
        for run in line.runs {
            let withText = !run.clusters.isEmpty
            guard batch.beginRun(font: run.font.name, color: run.color.rgb, withText: withText, backward: run.backward,
                                 fonts: fonts, on: canvas) else {
                throw RenderError("the font « \(run.font.name) » of the line « \(line.text) » is not in the font set")
            }
            for glyph in run.glyphs { batch.addGlyph(glyph.id, x: x + glyph.x, y: y + glyph.y) }
            if withText {
                for cluster in run.clusters { batch.addCluster(bytes: cluster.bytes, glyphs: cluster.glyphs) }
                batch.addText(run.text)
            }
        }
    }
}

extension PageItem {
    /// Structure tags, links and destinations: what an untagged file leaves out.
    var isTagging: Bool {
        switch self {
        case .link, .destination, .beginTag, .endTag: return true
        default: return false
        }
    }
}

extension Point {
    var tuple: (x: Double, y: Double) { (x, y) }
}

extension Color {
    var rgb: RGB { RGB(red: red, green: green, blue: blue) }
}

extension Stroke {
    var style: StrokeStyle { StrokeStyle(width: width, color: color.rgb) }
}
