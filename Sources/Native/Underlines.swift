import CPango

/// A line's underlines as Pango's renderer draws them: under each run of underlined glyphs, at its
/// font's underline position and thickness below the run's baseline, from the left of its ink or
/// advance for the wider of the two; the underlines of neighbouring runs at one height and in one
/// colour joined into one. Used for the lines Pango shapes and for the lines composed from words,
/// so that both are underlined alike.
struct Underlines {
    private(set) var rects: [ShapedRect] = []
    private var open: (rect: PangoRectangle, color: RGB)?

    /// Underlines a run of glyphs set from `x` on a baseline `baseline` (Pango units from the line's
    /// origin, y downwards), with its glyph string's `ink` and `logical` extents.
    mutating func add(x: Int32, baseline: Int32, ink: PangoRectangle, logical: PangoRectangle,
                      font: UnsafeMutablePointer<PangoFont>, language: OpaquePointer?, color: RGB) {
        let metrics = pango_font_get_metrics(font, language)
        let thickness = pango_font_metrics_get_underline_thickness(metrics)
        let position = pango_font_metrics_get_underline_position(metrics)
        pango_font_metrics_unref(metrics)
        let rect = PangoRectangle(x: x + min(ink.x, logical.x), y: baseline - position,
                                  width: max(ink.width, logical.width), height: thickness)
        if let open, open.rect.y == rect.y, open.rect.height == rect.height, open.color == color {
            self.open!.rect.width = rect.x + rect.width - open.rect.x
        } else {
            close()
            open = (rect, color)
        }
    }

    /// Ends the open underline: the next run is not underlined, or the line ends.
    mutating func close() {
        guard let (rect, color) = open else { return }
        rects.append(ShapedRect(x: Double(rect.x) / TextShaper.scale, y: Double(rect.y) / TextShaper.scale,
                                width: Double(rect.width) / TextShaper.scale,
                                height: Double(rect.height) / TextShaper.scale, color: color))
        open = nil
    }
}
