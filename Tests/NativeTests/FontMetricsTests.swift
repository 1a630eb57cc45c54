import Native
import Testing

@Suite("Font metrics")
struct FontMetricsTests {
    /// Ascent and descent in points at 10 pt, as Pango's `pango_context_get_metrics` gives them for the
    /// shipped fonts (read with it once; the values are the fonts' own: Noto's hhea table says 1,069 and
    /// 293 thousandths of an em, DejaVu Sans 1,901 and 483 of 2,048). Whatever the style or language of
    /// a Latin-script text, the metrics are those of the family's own file.
    static let expected: [(family: String, ascent: Double, descent: Double)] = [
        ("Noto Sans", 10.69, 2.93), ("Noto Serif", 10.69, 2.93), ("DejaVu Sans", 9.2822265625, 2.3583984375),
    ]

    @Test("ascent and descent are the font's own, in every style, size and Latin-script language")
    func metricsOfTheShippedFonts() throws {
        let shaper = TextShaper(fonts: try FontSet())
        for language in ["fr", "en-GB", "de"] {
            shaper.language = language
            for (family, ascent, descent) in Self.expected {
                for (bold, italic) in [(false, false), (true, false), (false, true), (true, true)] {
                    for size in [10.0, 7.5, 24] {
                        let metrics = shaper.metrics(FontSpec(family: family, size: size, bold: bold, italic: italic))
                        // Pango units are 1/1024 of a point.
                        #expect(abs(metrics.ascent - ascent * size / 10) <= 1.0 / 1024, "\(family) \(size) \(bold) \(italic) \(language)")
                        #expect(abs(metrics.descent - descent * size / 10) <= 1.0 / 1024, "\(family) \(size) \(bold) \(italic) \(language)")
                    }
                }
            }
        }
    }
}
