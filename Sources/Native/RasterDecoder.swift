import CCairo
internal import CDeferredLibraries
import Foundation

/// PNG through cairo, JPEG through gdk-pixbuf (cairo 1.16 cannot decode JPEG). Both come out as
/// RGB24 image surfaces: no alpha channel, so no soft mask in the PDF.
enum RasterDecoder {
    static func png(_ data: [UInt8]) throws -> (surface: OpaquePointer, width: Double, height: Double) {
        let decoded = try PNGCodec.decode(data)
        defer { cairo_surface_destroy(decoded) }
        let opaque = flattenedOnWhite(decoded)
        return (opaque, Double(cairo_image_surface_get_width(opaque)), Double(cairo_image_surface_get_height(opaque)))
    }

    static func jpeg(_ data: [UInt8]) throws -> (surface: OpaquePointer, width: Double, height: Double) {
        let images = try DeferredLibraries.images()
        var error: UnsafeMutablePointer<GError>?
        guard let loader = images.gdk_pixbuf_loader_new_with_type("jpeg", &error) else {
            throw NativeError("aucun décodeur JPEG dans gdk-pixbuf : \(takeMessage(error))")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(loader)) }
        let written = data.withUnsafeBufferPointer { images.gdk_pixbuf_loader_write(loader, $0.baseAddress, gsize($0.count), &error) }
        // Closing is needed even after a failed write; the first error is the one worth reporting.
        var closeError: UnsafeMutablePointer<GError>?
        let closed = images.gdk_pixbuf_loader_close(loader, &closeError)
        guard written != 0, closed != 0, let pixbuf = images.gdk_pixbuf_loader_get_pixbuf(loader) else {
            let messages = [error, closeError].compactMap { $0 }.map(takeMessage)
            throw NativeError("JPEG illisible : \(messages.first ?? "aucune image dans les données")")
        }
        let surface = surfaceFromPixbuf(pixbuf, images)
        try attachOriginal(data, to: surface)
        return (surface, Double(cairo_image_surface_get_width(surface)), Double(cairo_image_surface_get_height(surface)))
    }

    /// Keeps the JPEG bytes on the surface so that the PDF embeds them as they are (DCTDecode).
    private static func attachOriginal(_ data: [UInt8], to surface: OpaquePointer) throws {
        let copy = malloc(data.count)!.assumingMemoryBound(to: UInt8.self)
        copy.initialize(from: data, count: data.count)
        let status = cairo_surface_set_mime_data(surface, "image/jpeg", copy, UInt(data.count), { free($0) }, copy)
        guard status == CAIRO_STATUS_SUCCESS else {
            free(copy)
            cairo_surface_destroy(surface)
            throw NativeError("impossible de joindre les données JPEG : \(String(cString: cairo_status_to_string(status)))")
        }
    }

    private static func surfaceFromPixbuf(_ pixbuf: OpaquePointer, _ images: ldm_image_functions) -> OpaquePointer {
        let width = Int(images.gdk_pixbuf_get_width(pixbuf)), height = Int(images.gdk_pixbuf_get_height(pixbuf))
        let channels = Int(images.gdk_pixbuf_get_n_channels(pixbuf)), hasAlpha = images.gdk_pixbuf_get_has_alpha(pixbuf) != 0
        let sourceStride = Int(images.gdk_pixbuf_get_rowstride(pixbuf))
        let source = images.gdk_pixbuf_read_pixels(pixbuf)!
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        let stride = Int(cairo_image_surface_get_stride(surface))
        let target = cairo_image_surface_get_data(surface)!
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(target + y * stride).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width {
                let pixel = source + y * sourceStride + x * channels
                let alpha: UInt32 = hasAlpha ? UInt32(pixel[3]) : 255
                func onWhite(_ value: UInt8) -> UInt32 {
                    let blended: UInt32 = UInt32(value) * alpha + 255 * (255 - alpha)
                    return (blended + 127) / 255
                }
                row[x] = onWhite(pixel[0]) << 16 | onWhite(pixel[1]) << 8 | onWhite(pixel[2])
            }
        }
        cairo_surface_mark_dirty(surface)
        return surface
    }

    /// An RGB24 copy of an image surface composited onto white (PDF/A allows no transparency).
    static func flattenedOnWhite(_ image: OpaquePointer) -> OpaquePointer {
        let width = cairo_image_surface_get_width(image), height = cairo_image_surface_get_height(image)
        let opaque = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height)!
        let cr = cairo_create(opaque)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_set_source_surface(cr, image, 0, 0)
        cairo_paint(cr)
        cairo_destroy(cr)
        cairo_surface_flush(opaque)
        return opaque
    }

    /// The message of a GError, which is freed.
    static func takeMessage(_ error: UnsafeMutablePointer<GError>?) -> String {
        guard let error else { return "unknown error" }
        defer { g_error_free(error) }
        return String(cString: error.pointee.message)
    }
}
