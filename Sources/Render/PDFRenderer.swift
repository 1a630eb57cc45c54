import DocumentTree
import Native
import Pages

/// Renders laid-out pages to a tagged PDF: metadata, outline, links, destinations, structure tags,
/// embedded subset fonts. The same document always gives the same bytes.
public enum PDFRenderer {
    public static func render(_ document: LaidOutDocument) throws -> [UInt8] {
        guard let first = document.pages.first else { throw RenderError("the document has no pages") }
        let pdf = try PDFSurface(width: first.size.width, height: first.size.height)
        setInfo(document.metadata, on: pdf)

        var outline = OutlineNesting()
        var pageNumber = 0
        var drawer = PageDrawer()
        drawer.addOutline = { title, level, point in
            let parent = outline.parent(forLevel: level)
            let id = pdf.addOutlineEntry(parent: parent, title: title, page: pageNumber, x: point.x, y: point.y)
            outline.push(id: id, level: level)
        }
        for (index, page) in document.pages.enumerated() {
            pageNumber = index + 1
            // Before anything is drawn or tagged: cairo drops what the page recorded when its size is set.
            pdf.setPageSize(width: page.size.width, height: page.size.height)
            if pageNumber == 1 {
                // Everything sits inside Document, so that link tags are always inside a structure element.
                pdf.canvas.beginStructure(StructureRole.document.rawValue)
            }
            try drawer.draw(page, number: pageNumber, on: pdf.canvas)
            if pageNumber == document.pages.count {
                if let open = drawer.openRoles.last {
                    throw RenderError("the document ends with a \(open.rawValue) tag still open")
                }
                pdf.canvas.endStructure(StructureRole.document.rawValue)
            }
            try pdf.finishPage(pageNumber)
        }
        return try pdf.finish()
    }

    private static func setInfo(_ metadata: Metadata, on pdf: PDFSurface) {
        let fields: [(PDFInfoField, String)] = [
            (.title, metadata.title), (.author, metadata.author), (.subject, metadata.subject),
            (.keywords, metadata.keywords), (.creator, metadata.creator), (.creationDate, metadata.creationDate),
        ]
        for (field, value) in fields where !value.isEmpty { pdf.setInfo(field, value) }
    }
}

/// Turns outline levels into parent ids: an entry nests under the nearest earlier entry of a
/// lower level (a level skipped, H1 then H3, nests directly).
struct OutlineNesting {
    private var open: [(level: Int, id: Int)] = []

    mutating func parent(forLevel level: Int) -> Int {
        while let last = open.last, last.level >= level { open.removeLast() }
        return open.last?.id ?? PDFSurface.outlineRoot
    }

    mutating func push(id: Int, level: Int) { open.append((level, id)) }
}
