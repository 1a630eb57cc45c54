import DocumentTree
import Native
import Pages

/// Renders laid-out pages to a tagged PDF: metadata, outline, links, destinations, structure tags,
/// embedded subset fonts. The same document always gives the same bytes.
public enum PDFRenderer {
    public static func render(_ document: LaidOutDocument, fonts: FontRegistry, images: ImageStore = ImageStore()) throws -> [UInt8] {
        let writer = try PDFWriter(metadata: document.metadata, fonts: fonts, images: images)
        try writer.append(document)
        return try writer.finish()
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
