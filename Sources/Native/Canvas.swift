import CCairo
import Foundation

/// A stroke in points with an opaque colour.
public struct StrokeStyle: Sendable, Hashable {
    public var width: Double
    public var color: RGB
    public init(width: Double, color: RGB) { self.width = width; self.color = color }
}

/// A Cairo drawing context in points, origin at the page's top-left, y downwards.
/// The only owner of its `cairo_t`; confined to the one render task that created its surface.
/// Colours are opaque only (PDF/A allows no transparency).
public final class Canvas {
    let cr: OpaquePointer
    /// Smoothing scaled raster images is right for previews; in PDF it would write /Interpolate true,
    /// which PDF/A forbids, so PDF leaves smoothing to the viewer.
    let smoothImages: Bool

    init(cr: OpaquePointer, smoothImages: Bool = true) {
        self.cr = cr
        self.smoothImages = smoothImages
    }
    deinit { cairo_destroy(cr) }

    /// Throws when Cairo has entered an error state (all later drawing would be silently lost).
    public func checkStatus(_ what: @autoclosure () -> String) throws {
        let status = cairo_status(cr)
        if status != CAIRO_STATUS_SUCCESS {
            throw NativeError("échec de cairo (\(what())) : \(String(cString: cairo_status_to_string(status)))")
        }
    }

    // MARK: Shapes

    public func strokeLine(from start: (x: Double, y: Double), to end: (x: Double, y: Double), style: StrokeStyle) {
        cairo_move_to(cr, start.x, start.y)
        cairo_line_to(cr, end.x, end.y)
        paintPath(fill: nil, stroke: style)
    }

    /// A rectangle, with rounded corners when `cornerRadius` > 0; filled, then stroked.
    public func drawRectangle(x: Double, y: Double, width: Double, height: Double, cornerRadius: Double = 0,
                              fill: RGB?, stroke: StrokeStyle?) {
        let radius = min(max(cornerRadius, 0), width / 2, height / 2)
        if radius > 0 {
            let quarter = Double.pi / 2
            cairo_new_sub_path(cr)
            cairo_arc(cr, x + width - radius, y + radius, radius, -quarter, 0)
            cairo_arc(cr, x + width - radius, y + height - radius, radius, 0, quarter)
            cairo_arc(cr, x + radius, y + height - radius, radius, quarter, 2 * quarter)
            cairo_arc(cr, x + radius, y + radius, radius, 2 * quarter, 3 * quarter)
            cairo_close_path(cr)
        } else {
            cairo_rectangle(cr, x, y, width, height)
        }
        paintPath(fill: fill, stroke: stroke)
    }

    /// Polylines (or polygons when `closed`) filled together as one path, then stroked.
    public func drawPolylines(_ subpaths: [[(x: Double, y: Double)]], closed: Bool, fill: RGB?, stroke: StrokeStyle?) {
        for points in subpaths {
            guard let first = points.first else { continue }
            cairo_move_to(cr, first.x, first.y)
            for point in points.dropFirst() { cairo_line_to(cr, point.x, point.y) }
            if closed { cairo_close_path(cr) }
        }
        paintPath(fill: fill, stroke: stroke)
    }

    private func paintPath(fill: RGB?, stroke: StrokeStyle?) {
        if let fill {
            setColor(fill)
            if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke {
            setColor(stroke.color)
            cairo_set_line_width(cr, stroke.width)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
    }

    private func setColor(_ color: RGB) {
        cairo_set_source_rgb(cr, color.red, color.green, color.blue)
    }

    /// A square grid of modules (`dark`, row by row) in `color`, each `module` points wide from
    /// (`x`, `y`): a one-bit mask, a pixel a module, scaled without smoothing, so that PDF holds it as
    /// an image mask of `size × size` bits with `/Interpolate false` (PDF/A-1 allows no smoothing).
    public func fillModules(x: Double, y: Double, module: Double, size: Int, dark: [Bool], color: RGB) {
        guard size > 0, module > 0, let mask = cairo_image_surface_create(CAIRO_FORMAT_A1, Int32(size), Int32(size)) else { return }
        defer { cairo_surface_destroy(mask) }
        cairo_surface_flush(mask)
        let stride = Int(cairo_image_surface_get_stride(mask))
        let bytes = cairo_image_surface_get_data(mask)!
        let littleEndian = UInt32(1).littleEndian == 1
        for row in 0..<size {
            for column in 0..<size where dark[row * size + column] {
                // A1 packs pixels in 32-bit words in the machine's bit order: the first pixel is the
                // lowest bit on a little-endian machine.
                let bit = littleEndian ? column % 8 : 7 - column % 8
                bytes[row * stride + column / 8] |= UInt8(1) << bit
            }
        }
        cairo_surface_mark_dirty(mask)
        let pattern = cairo_pattern_create_for_surface(mask)!
        defer { cairo_pattern_destroy(pattern) }
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST)
        var scale = cairo_matrix_t()
        cairo_matrix_init_scale(&scale, 1 / module, 1 / module)
        cairo_matrix_translate(&scale, -x, -y)
        cairo_pattern_set_matrix(pattern, &scale)
        setColor(color)
        cairo_mask(cr, pattern)
    }

    // MARK: Images

    /// Draws an image scaled into the rectangle. A filled rectangle with the image as its pattern,
    /// never `cairo_paint`, which inside a structure tag stops all later drawing in cairo 1.16.
    public func drawImage(_ image: LoadedImage, x: Double, y: Double, width: Double, height: Double) {
        guard width > 0, height > 0 else { return }
        cairo_save(cr)
        cairo_translate(cr, x, y)
        cairo_scale(cr, width / image.sourceWidth, height / image.sourceHeight)
        cairo_set_source_surface(cr, image.surface, 0, 0)
        cairo_pattern_set_filter(cairo_get_source(cr), smoothImages ? CAIRO_FILTER_GOOD : CAIRO_FILTER_FAST)
        cairo_rectangle(cr, 0, 0, image.sourceWidth, image.sourceHeight)
        cairo_fill(cr)
        cairo_restore(cr)
    }

    // MARK: Tags (PDF only; other surfaces ignore them)

    /// Opens a structure element (`Document`, `P`, `H1`…): cairo 1.16 rejects other names.
    public func beginStructure(_ role: String) { cairo_tag_begin(cr, role, "") }
    public func endStructure(_ role: String) { cairo_tag_end(cr, role) }

    /// Opens a clickable area leading to an address, closed by `endLink`. Must sit inside a structure
    /// element. What is drawn before `endLink` (the link's text) is the content of its `Link` element.
    public func beginLink(toURL url: String, x: Double, y: Double, width: Double, height: Double) {
        cairo_tag_begin(cr, CAIRO_TAG_LINK, "uri=\(Self.quoted(url)) rect=\(Self.rectangle(x, y, width, height))")
    }

    /// Opens a clickable area leading to a named destination (which may come later in the document).
    public func beginLink(toDestination name: String, x: Double, y: Double, width: Double, height: Double) {
        cairo_tag_begin(cr, CAIRO_TAG_LINK, "dest=\(Self.quoted(name)) rect=\(Self.rectangle(x, y, width, height))")
    }

    public func endLink() { cairo_tag_end(cr, CAIRO_TAG_LINK) }

    /// A named destination at a point. Opened and closed at once: a structure element opened inside
    /// a destination tag would stop all later drawing.
    public func destination(_ name: String, x: Double, y: Double) {
        cairo_tag_begin(cr, CAIRO_TAG_DEST, "name=\(Self.quoted(name)) x=\(Self.number(x)) y=\(Self.number(y))")
        cairo_tag_end(cr, CAIRO_TAG_DEST)
    }

    /// A string attribute value for cairo's tag parser: single quotes, with `\` and `'` escaped.
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    /// A decimal number cairo's parser reads whatever the locale (no exponent, `.` separator).
    static func number(_ value: Double) -> String { String(format: "%.3f", value) }

    private static func rectangle(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> String {
        "[\(number(x)) \(number(y)) \(number(width)) \(number(height))]"
    }
}
