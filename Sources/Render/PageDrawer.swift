import DocumentTree
import Native
import Pages

/// Draws the items of pages on canvases, in order: the renderers' one `switch` over `PageItem`.
/// Structure, link and destination tags are taken by PDF surfaces and ignored by image surfaces.
struct PageDrawer {
    /// Where fonts and images named by the pages are resolved.
    let fonts: FontRegistry
    let images: ImageStore
    /// Receives outline entries; only PDF has an outline.
    var addOutline: (_ title: String, _ level: Int, _ at: Point) -> Void = { _, _, _ in }
    /// Structure elements open at this point, innermost last; they may span pages.
    private(set) var openRoles: [StructureRole] = []
    /// Without tags, structure, links and destinations are left out: a file only for printing.
    var tagged = true
    /// For each element of the document, in the order they begin: whether it holds other elements
    /// (`ElementNesting`). Set before the document's first page is drawn.
    var holdsElements: [Bool] = []
    /// The elements begun so far, and the open ones by their index in `holdsElements`.
    private(set) var begun = 0
    private(set) var openElements: [Int] = []
    /// The element opened here around content that sits directly in an element holding others: a
    /// `Span` for text, an artifact for rules, borders and backgrounds.
    private(set) var wrapper: StructureRole?
    /// The link tag open around the text it covers (`PageLinks`): the link's item index on the page.
    private(set) var openLink: Int?
    private(set) var closedLinks: Set<Int> = []

    mutating func draw(_ page: Page, number: Int, on canvas: Canvas) throws {
        // Consecutive composed lines in one font and colour go to cairo together.
        var batch = GlyphBatch()
        let links = tagged ? PageLinks(page.items) : PageLinks([])
        closedLinks = []  // item indices of this page
        for (index, item) in page.items.enumerated() {
            if !tagged, item.isTagging { continue }
            if links.links[index] != nil { continue }  // drawn with the text it covers
            let covering = links.covering[index]
            // What a link does not cover ends it; its glyphs go to cairo first, inside it.
            if case .text = item, openLink == nil || covering != nil {} else {
                batch.flush(on: canvas)
                endLink(on: canvas)
            }
            if case .text(let line) = item, let covering {
                try draw(line, index: index, covered: covering, links: links, on: canvas, batch: &batch)
                continue
            }
            if tagged { wrapContent(item, on: canvas) }
            switch item {
            case .text(let line):
                try draw(line.runs, of: line, on: canvas, batch: &batch)
            case .line(let from, let to, let stroke):
                canvas.strokeLine(from: from.tuple, to: to.tuple, style: stroke.style)
            case .rectangle(let rect, let fill, let stroke, let cornerRadius):
                canvas.drawRectangle(x: rect.x, y: rect.y, width: rect.width, height: rect.height,
                                     cornerRadius: cornerRadius, fill: fill?.rgb, stroke: stroke?.style)
            case .path(let shape):
                canvas.drawPolylines(shape.subpaths.map { $0.map(\.tuple) }, closed: shape.closed,
                                     fill: shape.fill?.rgb, stroke: shape.stroke?.style)
            case .modules(let grid):
                canvas.fillModules(x: grid.origin.x, y: grid.origin.y, module: grid.module, size: grid.size, dark: grid.dark,
                                   color: grid.color.rgb)
            case .image(let rect, let id):
                let image = try images.image(path: id.path, data: id.data)
                canvas.drawImage(image, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
            case .link(let rect, let target):  // a link over no text
                beginLink(rect, target, on: canvas)
                canvas.endLink()
            case .destination(let name, let point):
                canvas.destination(name, x: point.x, y: point.y)
            case .outline(let title, let level, let point):
                addOutline(title, level, point)
            case .beginTag(let role):
                openRoles.append(role)
                openElements.append(begun)
                begun += 1
                canvas.beginStructure(role.rawValue)
            case .endTag(let role):
                guard openRoles.last == role else {
                    throw RenderError("page \(number) : la fin d'une balise \(role.rawValue) ne correspond pas à la balise ouverte \(openRoles.last.map(\.rawValue) ?? "(aucune)")")
                }
                openRoles.removeLast()
                openElements.removeLast()
                canvas.endStructure(role.rawValue)
            case .alternative, .cellPlace:
                break
            }
        }
        batch.flush(on: canvas)
        endLink(on: canvas)
        endWrapper(on: canvas)
        try canvas.checkStatus("dessin de la page \(number)")
    }

    /// Content directly in an element that holds others (the document itself does) goes in a wrapper
    /// element, consecutive items of one kind in one; tags and links end it.
    private mutating func wrapContent(_ item: PageItem, on canvas: Canvas) {
        let kind: StructureRole
        switch item {
        case .text: kind = .span
        case .line, .rectangle, .path, .modules, .image: kind = .artifact
        case .beginTag, .endTag, .link:
            endWrapper(on: canvas)
            return
        case .destination, .outline, .alternative, .cellPlace:
            return
        }
        let holdsOthers = openElements.last.map { holdsElements.indices.contains($0) ? holdsElements[$0] : false } ?? true
        guard holdsOthers, wrapper != kind else { return }
        endWrapper(on: canvas)
        canvas.beginStructure(kind.rawValue)
        wrapper = kind
    }

    private mutating func endWrapper(on canvas: Canvas) {
        guard let open = wrapper else { return }
        canvas.endStructure(open.rawValue)
        wrapper = nil
    }

    /// A line some links cover: its pieces inside a link are drawn inside the link's tag, opened at the
    /// link's first piece and closed after its last; the others as any text of the element.
    private mutating func draw(_ line: TextLine, index: Int, covered: [Int], links: PageLinks, on canvas: Canvas,
                               batch: inout GlyphBatch) throws {
        let spans = covered.map { links.links[$0]!.rect }.map { $0.x...$0.maxX }
        for piece in line.pieces(in: spans) {
            // A link is one annotation: once closed (something else was drawn inside its element), the
            // rest of its text is drawn as plain text.
            let link = piece.span.map { covered[$0] }.flatMap { closedLinks.contains($0) ? nil : $0 }
            if link != openLink {
                batch.flush(on: canvas)
                endLink(on: canvas)
            }
            if let link {
                if openLink == nil {
                    endWrapper(on: canvas)
                    beginLink(links.links[link]!.rect, links.links[link]!.target, on: canvas)
                    openLink = link
                }
            } else {
                wrapContent(.text(line), on: canvas)
            }
            try draw(piece.runs, of: line, on: canvas, batch: &batch)
        }
        // A link ends after the last text it covers.
        if let open = openLink, links.links[open]!.lastText == index {
            batch.flush(on: canvas)
            endLink(on: canvas)
        }
    }

    private func beginLink(_ rect: Rect, _ target: LinkTarget, on canvas: Canvas) {
        switch target {
        case .url(let url): canvas.beginLink(toURL: url, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        case .destination(let name): canvas.beginLink(toDestination: name, x: rect.x, y: rect.y, width: rect.width, height: rect.height)
        }
    }

    /// Closes the link open around text, if any: its text is drawn (flushed) by then.
    private mutating func endLink(on canvas: Canvas) {
        guard let open = openLink else { return }
        canvas.endLink()
        closedLinks.insert(open)
        openLink = nil
    }

    /// Runs of `line` join the batch, glyph by glyph, placed from the line's origin.
    private func draw(_ runs: [GlyphRun], of line: TextLine, on canvas: Canvas, batch: inout GlyphBatch) throws {
        let x = line.origin.x, y = line.origin.y
        for run in runs {
            let withText = !run.clusters.isEmpty
            guard batch.beginRun(font: run.font.name, color: run.color.rgb, withText: withText, backward: run.backward,
                                 fonts: fonts, on: canvas) else {
                throw RenderError("la police « \(run.font.name) » de la ligne « \(line.text) » n’est pas dans le jeu de polices")
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
        case .link, .destination, .beginTag, .endTag, .alternative, .cellPlace: return true
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
