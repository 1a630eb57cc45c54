import CPango
import CCairo

/// Names the fonts Pango shaped with, for the display list: Pango's description of each font, size
/// included, which a `FontRegistry` built on the same font set turns back into the same font.
/// Keeps a reference to each font named, so that no other font reuses its address. Owned by one
/// shaper.
public final class FontNames {
    private var names: [UnsafeMutablePointer<PangoFont>: (key: String, size: Double)] = [:]

    init() {}

    deinit { for font in names.keys { ldm_g_object_unref(UnsafeMutableRawPointer(font)) } }

    func name(of font: UnsafeMutablePointer<PangoFont>) -> (key: String, size: Double) {
        if let known = names[font] { return known }
        let description = pango_font_describe_with_absolute_size(font)!
        defer { pango_font_description_free(description) }
        let string = pango_font_description_to_string(description)!
        defer { g_free(string) }
        let name = (String(cString: string), Double(pango_font_description_get_size(description)) / TextShaper.scale)
        g_object_ref(font)
        names[font] = name
        return name
    }

    /// The box standing for a glyph missing from every font: the glyph's advance wide, about a
    /// capital's height tall, standing on the baseline.
    static func missingBox(x: Double, width: Double, font: UnsafeMutablePointer<PangoFont>, color: RGB) -> ShapedRect {
        let description = pango_font_describe_with_absolute_size(font)!
        defer { pango_font_description_free(description) }
        let size = Double(pango_font_description_get_size(description)) / TextShaper.scale
        let inset = min(size * 0.08, width / 4)
        return ShapedRect(x: x + inset, y: -size * 0.7, width: max(width - 2 * inset, 0), height: size * 0.7, color: color)
    }
}

/// Resolves the display list's font keys (see `FontNames`) to cairo fonts, for a renderer: each
/// font is loaded once, from the project's font set, with the settings the shaper used. Owns its
/// Pango context and a reference to every font it loaded; used by one render task.
public final class FontRegistry {
    private let fonts: FontSet
    private let context: OpaquePointer
    private var loaded: [String: (font: UnsafeMutablePointer<PangoFont>, scaled: OpaquePointer)] = [:]

    public init(fonts: FontSet) {
        self.fonts = fonts
        context = TextShaper.makeContext(fonts)
    }

    deinit {
        for entry in loaded.values {
            cairo_scaled_font_destroy(entry.scaled)
            ldm_g_object_unref(UnsafeMutableRawPointer(entry.font))
        }
        ldm_g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The cairo font of `key`; nil when the font set has no such font.
    func scaledFont(_ key: String) -> OpaquePointer? {
        if let known = loaded[key] { return known.scaled }
        let description = pango_font_description_from_string(key)
        defer { pango_font_description_free(description) }
        guard let font = pango_font_map_load_font(fonts.fontMap, context, description),
              let scaled = pango_cairo_font_get_scaled_font(OpaquePointer(font)) else { return nil }
        loaded[key] = (font, cairo_scaled_font_reference(scaled))
        Self.dropCharacterMap(scaled)
        return scaled
    }

    /// Leaves the font's FreeType face with no character map selected. When cairo 1.16 adds a glyph to
    /// a PDF font subset it looks up the glyph's character: in the font's format-4 `cmap` table, then,
    /// for a glyph no `cmap` maps (small capitals and other glyphs reached through OpenType features),
    /// by walking the face's whole character map (FT_Get_First_Char, FT_Get_Next_Char: some 3,000 calls
    /// a glyph, for nothing). Without a character map the walk ends at once; the glyph's text, which
    /// every run gives cairo, names its character in the file, as it did. Nothing else reads the
    /// face's character map: Pango finds glyphs through HarfBuzz and fontconfig, cairo draws by glyph
    /// index. Cairo shares one face per font file in the process and may reopen it (past 10 open
    /// faces), with its character map back: then the walk only costs again.
    private static func dropCharacterMap(_ scaled: OpaquePointer) {
        guard cairo_scaled_font_get_type(scaled) == CAIRO_FONT_TYPE_FT,
              let face = cairo_ft_scaled_font_lock_face(scaled) else { return }
        face.pointee.charmap = nil
        cairo_ft_scaled_font_unlock_face(scaled)
    }
}
