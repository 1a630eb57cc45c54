import CCairo
internal import CDeferredLibraries

/// SVG through librsvg, recorded once as vector drawing. Drawing the recording as a pattern keeps
/// it vector in PDF (a form, not an image) and keeps librsvg's own `cairo_paint` calls (opacity,
/// groups) out of the page's structure tags, where cairo 1.16 would stop drawing.
enum VectorDecoder {
    /// Recordings are made at most this many pixels on a side, scaled when drawn: librsvg draws a
    /// filter as an image at the recording's size, which for a 20,000-pixel SVG would take gigabytes.
    static let maximumRecordedSide = 2048.0

    /// The recording, its size in pixels (what drawing scales from) and the SVG's own size in pixels.
    /// `check` sees the SVG's size before anything is drawn and may refuse it.
    static func svg(_ data: [UInt8], check: (Double, Double) throws -> Void = { _, _ in })
        throws -> (surface: OpaquePointer, width: Double, height: Double, naturalWidth: Double, naturalHeight: Double) {
        let images = try DeferredLibraries.images()
        FontSet.prepareFontconfig()  // before librsvg starts fontconfig through Pango
        var error: UnsafeMutablePointer<GError>?
        guard let handle = data.withUnsafeBufferPointer({ images.rsvg_handle_new_from_data($0.baseAddress, gsize($0.count), &error) }) else {
            throw NativeError("SVG refusé par librsvg : \(RasterDecoder.takeMessage(error))")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(handle)) }
        images.rsvg_handle_set_dpi(handle, 96)
        let (naturalWidth, naturalHeight) = try size(of: handle, images)
        try check(naturalWidth, naturalHeight)
        let scale = min(1, maximumRecordedSide / max(naturalWidth, naturalHeight))
        let width = naturalWidth * scale, height = naturalHeight * scale

        var extents = cairo_rectangle_t(x: 0, y: 0, width: width, height: height)
        let recording = cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents)!
        let cr = cairo_create(recording)
        defer { cairo_destroy(cr) }
        var viewport = RsvgRectangle(x: 0, y: 0, width: width, height: height)
        guard images.rsvg_handle_render_document(handle, cr, &viewport, &error) != 0 else {
            cairo_surface_destroy(recording)
            throw NativeError("SVG refusé par librsvg : \(RasterDecoder.takeMessage(error))")
        }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(recording)
            throw NativeError("cairo n'a pas pu enregistrer le SVG : \(String(cString: cairo_status_to_string(status)))")
        }
        guard SVGTransparency.uses(data) else { return (recording, width, height, naturalWidth, naturalHeight) }
        let flat = flattenedOnWhite(recording, width: width, height: height)
        cairo_surface_destroy(recording)
        return (flat.surface, flat.width, flat.height, naturalWidth, naturalHeight)
    }

    /// A translucent SVG painted onto white as opaque pixels, at 300 dpi of its natural size (at most
    /// `maximumRecordedSide` on a side): PDF/A-1 allows no transparency.
    private static func flattenedOnWhite(_ recording: OpaquePointer, width: Double, height: Double)
        -> (surface: OpaquePointer, width: Double, height: Double) {
        let scale = min(300.0 / 96, maximumRecordedSide / max(width, height))
        let pixelsWide = max(Int32((width * scale).rounded()), 1), pixelsHigh = max(Int32((height * scale).rounded()), 1)
        let image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, pixelsWide, pixelsHigh)!
        let cr = cairo_create(image)
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, Double(pixelsWide) / width, Double(pixelsHigh) / height)
        cairo_set_source_surface(cr, recording, 0, 0)
        cairo_paint(cr)
        cairo_destroy(cr)
        cairo_surface_flush(image)
        return (image, Double(pixelsWide), Double(pixelsHigh))
    }

    /// The intrinsic size in pixels: width and height, else the viewBox's.
    private static func size(of handle: UnsafeMutablePointer<RsvgHandle>, _ images: ldm_image_functions) throws -> (Double, Double) {
        var width = 0.0, height = 0.0
        if images.rsvg_handle_get_intrinsic_size_in_pixels(handle, &width, &height) == 0 {
            var hasWidth: gboolean = 0, hasHeight: gboolean = 0, hasViewBox: gboolean = 0
            var lengthWidth = RsvgLength(), lengthHeight = RsvgLength(), viewBox = RsvgRectangle()
            images.rsvg_handle_get_intrinsic_dimensions(handle, &hasWidth, &lengthWidth, &hasHeight, &lengthHeight,
                                                 &hasViewBox, &viewBox)
            if hasViewBox != 0 { (width, height) = (viewBox.width, viewBox.height) }
        }
        guard width > 0, height > 0, width.isFinite, height.isFinite else {
            throw NativeError("le SVG n'a pas de taille utilisable (donnez à sa racine width et height, ou un viewBox)")
        }
        return (width, height)
    }
}
