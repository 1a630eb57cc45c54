import CPango
import CCairo
import Foundation
import Synchronization

/// Shapes paragraphs with Pango at 72 dpi (points are points), with the private font set.
public final class TextShaper {
    public let fonts: FontSet
    /// The names of the fonts this shaper's glyphs use, for the display list.
    public let fontNames = FontNames()
    private let context: OpaquePointer
    private var metricsCache: [FontSpec: (ascent: Double, descent: Double)] = [:]
    /// The styles met: a paragraph looks its style up once, then each word by its style's number
    /// and its text.
    private var styles: [StyleKey: Measures] = [:]
    /// Style numbers, unique in the process: a style measured by one shaper may be looked up in
    /// another's caches (a line breaker's shaper is not always the one that made the style), and a
    /// style met before the language changed keeps a number no later style has.
    private static let stylesNumbered = Atomic<Int>(0)
    /// Widths and shaped words. Bounded (see `RecentCache`): names and wordings differ from school
    /// to school, and a batch must not keep them all.
    private var widths = RecentCache<StyledText, Double>(limit: TextShaper.cacheLimit)
    private var words = RecentCache<StyledText, ShapedWord>(limit: TextShaper.cacheLimit)
    private lazy var measuringLayout: OpaquePointer = pango_layout_new(context)!

    private struct StyleKey: Hashable {
        var font: FontSpec
        var superscript: Bool
        var smallCaps: Bool
        var letterSpacing: Double
    }

    /// A style of this shaper, for measuring words in it.
    public final class Measures {
        fileprivate let run: TextRun
        fileprivate let number: Int
        fileprivate init(run: TextRun, number: Int) { self.run = run; self.number = number }
    }

    private struct StyledText: Hashable {
        var style: Int
        var text: String
    }

    public init(fonts: FontSet) {
        self.fonts = fonts
        context = Self.makeContext(fonts)
    }

    /// The language of the text (a BCP 47 tag: `fr`, `en-GB`): Pango shapes and measures for it.
    /// Changing it forgets what was measured in another.
    public var language = "fr" {
        didSet {
            guard language != oldValue else { return }
            pango_context_set_language(context, pango_language_from_string(language))
            styles.removeAll()
            metricsCache.removeAll()
            widths.removeAll()
            words.removeAll()
        }
    }

    /// A Pango context on the font set at 72 dpi (points are points), unhinted: the same line
    /// breaks in PDF and PNG. A `FontRegistry` makes its context the same way, so that the fonts it
    /// loads are the fonts the shaper used.
    static func makeContext(_ fonts: FontSet) -> OpaquePointer {
        let context = pango_font_map_create_context(fonts.fontMap)!
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_language(context, pango_language_from_string("fr"))  // until `language` says otherwise
        // At 72 dpi whole units are whole points: rounded positions space letters unevenly.
        pango_context_set_round_glyph_positions(context, 0)
        return context
    }

    deinit {
        ldm_g_object_unref(UnsafeMutableRawPointer(measuringLayout))
        ldm_g_object_unref(UnsafeMutableRawPointer(context))
    }

    /// The measures of `run`'s style (its text does not matter).
    public func measures(_ run: TextRun) -> Measures {
        let key = StyleKey(font: run.font, superscript: run.superscript, smallCaps: run.smallCaps, letterSpacing: run.letterSpacing)
        if let found = styles[key] { return found }
        var bare = run
        bare.text = ""
        let measures = Measures(run: bare, number: Self.stylesNumbered.add(1, ordering: .relaxed).oldValue)
        styles[key] = measures
        return measures
    }

    /// Advance width of `text` set in `run`'s style, in points. Cached: words recur.
    public func width(of text: String, in run: TextRun) -> Double { width(of: text, in: measures(run)) }

    public func width(of text: String, in style: Measures) -> Double {
        let key = StyledText(style: style.number, text: text)
        if let cached = widths.value(for: key) ?? words.value(for: key)?.width { return cached }
        let width = setMeasuringLayout(text, in: style.run)
        widths.insert(width, for: key)
        return width
    }

    /// `text` shaped in a style, to be placed on lines without being shaped again. Cached.
    public func word(_ text: String, in style: Measures) -> ShapedWord {
        let key = StyledText(style: style.number, text: text)
        if let cached = words.value(for: key) { return cached }
        let width = setMeasuringLayout(text, in: style.run)
        let word = ShapedWord(layout: measuringLayout, text: text, width: width)
        words.insert(word, for: key)
        return word
    }

    /// The advance of each character (Unicode scalar) of `text` set in `style`, in points, in the
    /// text's order, and whether Pango may break a line before it: `text` is shaped once, whatever
    /// its length (a word longer than the line is cut from these).
    public func characterWidths(of text: String, in style: Measures) -> (widths: [Double], breakBefore: [Bool]) {
        _ = setMeasuringLayout(text, in: style.run)
        // The index of the scalar each byte offset starts, -1 inside one.
        var firstScalar = [Int](repeating: -1, count: text.utf8.count + 1)
        var count = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            firstScalar[offset] = count
            count += 1
            offset += UTF8.width(scalar)
        }
        var widths = [Double](repeating: 0, count: count)
        var node = pango_layout_get_line_readonly(measuringLayout, 0)?.pointee.runs
        let layoutText = pango_layout_get_text(measuringLayout)
        while let current = node {
            node = current.pointee.next
            guard let data = current.pointee.data else { continue }
            let run = data.assumingMemoryBound(to: PangoGlyphItem.self)
            let item = run.pointee.item.pointee
            let first = firstScalar[Int(item.offset)]
            guard first >= 0 else { continue }
            var logical = [Int32](repeating: 0, count: Int(item.num_chars))
            pango_glyph_item_get_logical_widths(run, layoutText, &logical)
            for index in 0..<Int(item.num_chars) where first + index < count {
                widths[first + index] = Double(logical[index]) / Self.scale
            }
        }
        var attributeCount: Int32 = 0
        var breakBefore = [Bool](repeating: false, count: count)
        if let attributes = pango_layout_get_log_attrs_readonly(measuringLayout, &attributeCount) {
            for index in 0..<min(count, Int(attributeCount)) { breakBefore[index] = attributes[index].is_line_break != 0 }
        }
        return (widths, breakBefore)
    }

    /// The byte offsets of `text` where Pango may break a line (before the character there), from
    /// the text alone: Unicode's line-breaking rules for the shaper's language, no shaping.
    public func lineBreakOffsets(of text: String) -> [Int] {
        let scalars = text.unicodeScalars.count
        var attributes = [PangoLogAttr](repeating: PangoLogAttr(), count: scalars + 1)
        pango_get_log_attrs(text, Int32(text.utf8.count), -1, pango_language_from_string(language), &attributes,
                            Int32(scalars + 1))
        var offsets: [Int] = []
        var offset = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if index > 0, attributes[index].is_line_break != 0 { offsets.append(offset) }
            offset += UTF8.width(scalar)
        }
        return offsets
    }

    /// Sets `text` in the measuring layout; returns its advance width in points.
    private func setMeasuringLayout(_ text: String, in run: TextRun) -> Double {
        let attributes = pango_attr_list_new()!
        var styled = run
        styled.text = text
        Self.addAttributes(of: styled, from: 0, to: text.utf8.count, to: attributes)
        pango_layout_set_text(measuringLayout, text, Int32(text.utf8.count))
        pango_layout_set_attributes(measuringLayout, attributes)
        pango_attr_list_unref(attributes)
        var logical = PangoRectangle()
        pango_layout_get_extents(measuringLayout, nil, &logical)
        return Double(logical.width) / Self.scale
    }

    /// Ascent and descent of a font, in points: the HarfBuzz extents of the first font Pango picks for
    /// it, which is what `pango_context_get_metrics` reports whenever that font covers the language's
    /// sample sentence (the manifest's fonts cover every Latin-script one). Read directly, they cost no
    /// shaping of that sentence to estimate character widths nothing here uses (about 1.8 million
    /// instructions a font, 6 % of a one-certificate run).
    public func metrics(_ font: FontSpec) -> (ascent: Double, descent: Double) {
        if let cached = metricsCache[font] { return cached }
        let description = Self.description(font)
        defer { pango_font_description_free(description) }
        var extents = hb_font_extents_t()
        if let fontset = pango_font_map_load_fontset(fonts.fontMap, context, description, pango_language_from_string(language)) {
            var first: UnsafeMutablePointer<PangoFont>?
            pango_fontset_foreach(fontset, { _, font, first in
                first!.assumingMemoryBound(to: UnsafeMutablePointer<PangoFont>?.self).pointee = font
                return 1  // the first font only
            }, &first)
            if let first { hb_font_get_extents_for_direction(pango_font_get_hb_font(first), HB_DIRECTION_LTR, &extents) }
            ldm_g_object_unref(UnsafeMutableRawPointer(fontset))
        }
        let result = (Double(extents.ascender) / Self.scale, Double(-extents.descender) / Self.scale)
        metricsCache[font] = result
        return result
    }

    /// Shapes and breaks a paragraph; Pango breaks lines greedily at spaces and soft hyphens.
    public func shape(_ spec: ParagraphSpec) -> ShapedParagraph {
        let layout = pango_layout_new(context)!
        var text = ""
        let attributes = pango_attr_list_new()!
        var offset = 0
        for run in spec.runs {
            let length = run.text.utf8.count
            Self.addAttributes(of: run, from: offset, to: offset + length, to: attributes)
            text += run.text
            offset += length
        }
        let base = Self.description(spec.baseFont)
        pango_layout_set_font_description(layout, base)
        pango_font_description_free(base)
        pango_layout_set_text(layout, text, Int32(text.utf8.count))
        pango_layout_set_attributes(layout, attributes)
        pango_attr_list_unref(attributes)
        if let width = spec.width {
            pango_layout_set_width(layout, Int32((width * Self.scale).rounded(.down)))
            // Words wider than the line are broken between letters rather than overflowing.
            pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
        }
        pango_layout_set_indent(layout, Int32(spec.firstLineIndent * Self.scale))
        switch spec.alignment {
        case .left: pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
        case .center: pango_layout_set_alignment(layout, PANGO_ALIGN_CENTER)
        case .right: pango_layout_set_alignment(layout, PANGO_ALIGN_RIGHT)
        case .justify:
            pango_layout_set_alignment(layout, PANGO_ALIGN_LEFT)
            pango_layout_set_justify(layout, 1)
            pango_layout_set_justify_last_line(layout, spec.justifyLastLine ? 1 : 0)
        }
        return ShapedParagraph(layout: layout, text: text, sourceOffset: spec.sourceOffset, fonts: fontNames)
    }

    static let scale = Double(ldm_pango_scale())
    /// Entries a generation of a word cache holds (see `RecentCache`): a long document's common
    /// words, a few certificates' names and numbers. Four times more kept 4.5 MB more in each batch of
    /// ten thousand certificates, for 0.8 % fewer instructions on the 100-page dossier.
    public static let cacheLimit = 500

    static func description(_ font: FontSpec) -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * scale)
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return description
    }

    private static func addAttributes(of run: TextRun, from start: Int, to end: Int, to list: OpaquePointer) {
        func insert(_ attribute: UnsafeMutablePointer<PangoAttribute>?) {
            guard let attribute else { return }
            attribute.pointee.start_index = UInt32(start)
            attribute.pointee.end_index = UInt32(end)
            pango_attr_list_insert(list, attribute)
        }
        var font = run.font
        if run.superscript { font.size *= 0.62 }
        let description = description(font)
        insert(pango_attr_font_desc_new(description))
        pango_font_description_free(description)
        if run.superscript { insert(pango_attr_rise_new(Int32(run.font.size * 0.36 * scale))) }
        if run.underline { insert(pango_attr_underline_new(PANGO_UNDERLINE_SINGLE)) }
        if run.smallCaps { insert(pango_attr_variant_new(PANGO_VARIANT_SMALL_CAPS)) }
        if run.letterSpacing != 0 { insert(pango_attr_letter_spacing_new(Int32((run.letterSpacing * scale).rounded()))) }
        func channel(_ value: Double) -> UInt16 { UInt16((min(max(value, 0), 1) * 65535).rounded()) }
        insert(pango_attr_foreground_new(channel(run.color.red), channel(run.color.green), channel(run.color.blue)))
    }
}
