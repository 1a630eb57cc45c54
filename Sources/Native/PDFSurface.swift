import Foundation
import CCairo

/// Document information fields of a PDF.
public enum PDFInfoField: Sendable, CaseIterable {
    case title, author, subject, keywords, creator
    /// ISO 8601 (`2026-06-15T00:00:00Z`); cairo writes no date unless given one.
    case creationDate
}

/// A PDF written by cairo to memory or, page by page, to an output. Draw each page on `canvas`,
/// end it with `finishPage`, then `finish` returns the file's bytes (none when writing to an output).
/// Every failure is thrown: never a blank or truncated file. Confined to one render task.
public final class PDFSurface {
    public let canvas: Canvas
    private let surface: OpaquePointer
    private let sink: ByteSink
    private var finished = false

    /// The top-level parent for `addOutlineEntry`.
    public static let outlineRoot = Int(CAIRO_PDF_OUTLINE_ROOT)

    /// Starts a document whose first page has this size in points; `output`, when given, receives
    /// the bytes as cairo produces them, so that a long document is not held in memory (a throw
    /// fails the surface).
    public init(width: Double, height: Double, output: ((UnsafeRawBufferPointer) throws -> Void)? = nil) throws {
        sink = ByteSink(output: output)
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
            return sink.write(UnsafeBufferPointer(start: data, count: Int(length))) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
        }, closure, width, height)!
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw NativeError("cairo ne peut pas créer de surface PDF : \(String(cString: cairo_status_to_string(status)))")
        }
        self.surface = surface
        canvas = Canvas(cr: cairo_create(surface), smoothImages: false)
        try canvas.checkStatus("création du contexte de dessin PDF")
    }

    deinit {
        // Finishing flushes through the sink, which must still be alive: do it here, not in cairo's own time.
        if !finished { cairo_surface_finish(surface) }
        cairo_surface_destroy(surface)
    }

    public func setInfo(_ field: PDFInfoField, _ value: String) {
        let key: cairo_pdf_metadata_t = switch field {
        case .title: CAIRO_PDF_METADATA_TITLE
        case .author: CAIRO_PDF_METADATA_AUTHOR
        case .subject: CAIRO_PDF_METADATA_SUBJECT
        case .keywords: CAIRO_PDF_METADATA_KEYWORDS
        case .creator: CAIRO_PDF_METADATA_CREATOR
        case .creationDate: CAIRO_PDF_METADATA_CREATE_DATE
        }
        cairo_pdf_surface_set_metadata(surface, key, value)
    }

    /// Sets the size of the page about to be drawn. Call it first on each page: cairo 1.16 discards
    /// whatever the page has recorded so far, tags included.
    public func setPageSize(width: Double, height: Double) {
        cairo_pdf_surface_set_size(surface, width, height)
    }

    /// Adds an outline (bookmark) entry pointing at a point of a page (numbered from 1), open so
    /// that its children show; returns its id, the parent of entries nested under it.
    public func addOutlineEntry(parent: Int, title: String, page: Int, x: Double, y: Double) -> Int {
        let target = "page=\(page) pos=[\(Canvas.number(x)) \(Canvas.number(y))]"
        return Int(cairo_pdf_surface_add_outline(surface, Int32(parent), title, target, CAIRO_PDF_OUTLINE_FLAG_OPEN))
    }

    /// Ends the current page and checks that everything drawn on it was taken.
    public func finishPage(_ number: Int) throws {
        try canvas.checkStatus("dessin de la page \(number)")
        cairo_show_page(canvas.cr)
        try canvas.checkStatus("fin de la page \(number)")
    }

    /// Writes the end of the file (fonts, outline, structure tree) and returns the whole PDF (none
    /// when writing to an output).
    public func finish() throws -> [UInt8] {
        try canvas.checkStatus("fin du PDF")
        cairo_surface_finish(surface)
        finished = true
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw NativeError("cairo n'a pas pu terminer le PDF (structure, signets, polices) : \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.bytes
    }
}

/// Where cairo's write callback puts the file's bytes: memory, or an output.
private final class ByteSink {
    var bytes: [UInt8] = []
    let output: ((UnsafeRawBufferPointer) throws -> Void)?

    init(output: ((UnsafeRawBufferPointer) throws -> Void)?) { self.output = output }

    func write(_ data: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let output else {
            bytes.append(contentsOf: data)
            return true
        }
        do { try output(UnsafeRawBufferPointer(data)) } catch { return false }
        return true
    }
}
