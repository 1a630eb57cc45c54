import DocumentTree
import Foundation
import Native
import Pages

/// Writes laid-out documents one after another into one PDF, page by page. Given an output, the bytes
/// go out as pages are drawn, so that a batch's merged print file is never held in memory.
public final class PDFWriter {
    private let pdf: PDFSurface
    private var drawer: PageDrawer
    private var outline = OutlineNesting()
    private var pageCount = 0

    /// `tagged: false` leaves out structure tags, links and destinations: cairo keeps a tagged file's
    /// structure tree in memory until the end, which a print file of thousands of pages does not need.
    /// `fonts` and `images` resolve the fonts and images the pages name.
    public init(metadata: Metadata, fonts: FontRegistry, images: ImageStore = ImageStore(),
                output: ((UnsafeRawBufferPointer) throws -> Void)? = nil, tagged: Bool = true) throws {
        drawer = PageDrawer(fonts: fonts, images: images)
        // The first page's size is set again before it is drawn.
        pdf = try PDFSurface(width: PageSize.a4.width, height: PageSize.a4.height, output: output)
        let fields: [(PDFInfoField, String)] = [
            (.title, metadata.title), (.author, metadata.author), (.subject, metadata.subject),
            (.keywords, metadata.keywords), (.creator, metadata.creator), (.creationDate, metadata.creationDate),
        ]
        for (field, value) in fields where !value.isEmpty { pdf.setInfo(field, value) }
        drawer.tagged = tagged
    }

    public var pagesWritten: Int { pageCount }

    /// Draws every page of `document` after the pages already written.
    public func append(_ document: LaidOutDocument) throws {
        if drawer.tagged { drawer.holdsElements += ElementNesting.holdsElements(document.pages) }
        for page in document.pages {
            pageCount += 1
            let number = pageCount
            drawer.addOutline = { [unowned self] title, level, point in
                let parent = self.outline.parent(forLevel: level)
                let id = self.pdf.addOutlineEntry(parent: parent, title: title, page: number, x: point.x, y: point.y)
                self.outline.push(id: id, level: level)
            }
            // Before anything is drawn or tagged: cairo drops what the page recorded when its size is set.
            pdf.setPageSize(width: page.size.width, height: page.size.height)
            if number == 1, drawer.tagged {
                // Everything sits inside Document, so that link tags are always inside a structure element.
                pdf.canvas.beginStructure(StructureRole.document.rawValue)
            }
            try drawer.draw(page, number: number, on: pdf.canvas)
            try pdf.finishPage(number)
        }
    }

    /// Closes the structure tree and returns the file's bytes (none when writing to an output).
    public func finish() throws -> [UInt8] {
        guard pageCount > 0 else { throw RenderError("le document n'a aucune page") }
        if let open = drawer.openRoles.last {
            throw RenderError("le document se termine avec une balise de structure \(open.rawValue) encore ouverte")
        }
        if drawer.tagged { pdf.canvas.endStructure(StructureRole.document.rawValue) }
        return try pdf.finish()
    }
}
