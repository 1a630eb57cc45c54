import CCairo

/// One page rasterised on a white background at a resolution, then encoded as PNG.
/// Its canvas works in points like a PDF page's. Confined to one render task.
public final class PNGSurface {
    public let canvas: Canvas
    private let surface: OpaquePointer
    public let pixelWidth: Int
    public let pixelHeight: Int

    /// A page of `width` × `height` points at `resolution` pixels per inch.
    public init(width: Double, height: Double, resolution: Double) throws {
        let scale = resolution / 72
        pixelWidth = Int((width * scale).rounded())
        pixelHeight = Int((height * scale).rounded())
        guard resolution > 0, (1...32767).contains(pixelWidth), (1...32767).contains(pixelHeight) else {
            throw NativeError("impossible de tramer une page de \(width) × \(height) pt à \(resolution) ppp : \(pixelWidth) × \(pixelHeight) px sort de 1…32767")
        }
        surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pixelWidth), Int32(pixelHeight))
        canvas = Canvas(cr: cairo_create(surface))
        cairo_set_source_rgb(canvas.cr, 1, 1, 1)
        cairo_paint(canvas.cr)
        cairo_scale(canvas.cr, scale, scale)
        try canvas.checkStatus("création d'une image de \(pixelWidth) × \(pixelHeight) px")
    }

    deinit { cairo_surface_destroy(surface) }

    /// The page as PNG bytes.
    public func pngBytes() throws -> [UInt8] {
        try canvas.checkStatus("dessin de l'image de la page")
        cairo_surface_flush(surface)
        return try PNGCodec.encode(surface)
    }
}
