import DocumentTree
import Native

/// One line chosen by a line breaker: its place and text, and what draws it.
struct SetLine {
    var info: ShapedParagraph.LineInfo
    var glyphs: ShapedLine
    /// Where the line shows the paragraph's bytes (links are drawn around them).
    var geometry: LineGeometry
    /// Whether the line was put together from words shaped once (else Pango shaped it whole).
    var composed: Bool { if case .composed = geometry { true } else { false } }

    init(paragraph: ShapedParagraph, index: Int) {
        info = paragraph.lines[index]
        glyphs = paragraph.glyphs(line: index)
        geometry = .shaped(paragraph, line: index)
    }

    init(info: ShapedParagraph.LineInfo, composed: ShapedLine, pieces: [ComposedPiece]) {
        self.info = info
        glyphs = composed
        geometry = .composed(pieces)
    }
}

/// Chooses where a paragraph's lines end. The one seam between text and flow: an optimal
/// (total-fit) breaker can replace the greedy one without touching pagination.
protocol LineBreaker {
    func breakLines(_ spec: ParagraphSpec) -> [SetLine]
    /// A paragraph never hyphenated nor justified (titles, a signature block): on as many lines as
    /// `breakLines` gives (one more only to avoid a bad break), broken at natural points where the
    /// breaker knows them, and `balanced` (lines of similar length: centred display text).
    func naturalLines(_ spec: ParagraphSpec, balanced: Bool) -> [SetLine]
}

/// Pango's own first-fit breaking, at spaces and at the soft hyphens inserted beforehand.
struct GreedyLineBreaker: LineBreaker {
    let shaper: TextShaper
    func breakLines(_ spec: ParagraphSpec) -> [SetLine] {
        let paragraph = shaper.shape(spec)
        return paragraph.lines.indices.map { SetLine(paragraph: paragraph, index: $0) }
    }

    func naturalLines(_ spec: ParagraphSpec, balanced: Bool) -> [SetLine] { breakLines(spec) }
}

/// Total-fit breaking for justified text (Knuth and Plass): the paragraph's breaks are chosen
/// together; ragged text is broken first fit, which is what ragged text wants. Lines are put
/// together from the paragraph's words shaped once (`LineComposer`), whatever the length of the
/// document around them, underlined, superscript and small-capital runs included. Pango shapes a
/// line whole only where pieces would not do: right-to-left text (the pieces are placed left to
/// right), a line whose spaces would shrink too far (its spaces are then narrowed by
/// letter-spacing, Pango's only way). A word wider than the line is cut by `WideWords`.
struct TotalFitLineBreaker: LineBreaker {
    let shaper: TextShaper
    /// False only for the cross-check tests: Pango then shapes every line whole.
    var composes = true
    /// Room kept at the right of each line for rounding between measured words and the shaped line.
    static let safety = 0.25
    /// A hyphen on a paragraph's last full line, which French print avoids, costs as much as a line
    /// of badness 1,000 (spaces 2.8 times their width): TeX's 5,000 would cut « commu- / nication »
    /// rather than leave one line's spaces at twice their width.
    static let finalHyphenDemerits = 1_000_000.0

    func breakLines(_ spec: ParagraphSpec) -> [SetLine] {
        let greedy = GreedyLineBreaker(shaper: shaper)
        guard spec.alignment == .justify, let measure = spec.width else {
            if composes, let lines = composedRaggedLines(spec) { return lines }
            return greedy.breakLines(spec)
        }
        let hyphens = CompoundHyphens.breaks(in: spec.runs.map(\.text).joined())
        var items = ParagraphItems.make(spec.runs, shaper: shaper, composing: composes,
                                        breaks: hyphens.common, lastResorts: hyphens.names, justifying: true)
        let lineWidth = { (line: Int) in (line == 0 ? measure - spec.firstLineIndent : measure) - Self.safety }
        let passes = [TotalFit.Parameters(tolerance: 100, allowHyphens: false),
                      TotalFit.Parameters(tolerance: 200, allowHyphens: true),
                      // Looser lines, each rated as it will be set (spaces up to 2.8 times their width),
                      // a proper name cut at its hyphen (`nameBreakPenalty`), or, where nothing else
                      // avoids a looser line, the last full line ending with a hyphen (a paragraph of
                      // two lines whose second starts with a long word). Without this pass, one line
                      // just past the tolerance sent the whole paragraph to the emergency pass, whose
                      // added stretch rates a line with spaces three times their width as fair.
                      TotalFit.Parameters(tolerance: 1000, allowHyphens: true, allowLastResorts: true,
                                          finalHyphenDemerits: Self.finalHyphenDemerits),
                      // Emergency: looser lines rather than an overfull one, the loosest avoided (3 em,
                      // as LaTeX's \sloppy).
                      TotalFit.Parameters(tolerance: 10_000, allowHyphens: true, allowLastResorts: true,
                                          finalHyphenDemerits: Self.finalHyphenDemerits,
                                          emergencyStretch: 3 * spec.baseFont.size)]
        // A loop, not `passes.lazy.compactMap { … }.first`: that computes the pass that succeeds twice
        // (once to find the first index, again to read the element there).
        let solve = { (items: [ParagraphItem]) -> [TotalFit.Break]? in
            for parameters in passes {
                if let breaks = TotalFit.breaks(items, lineWidth: lineWidth, parameters: parameters) { return breaks }
            }
            return nil
        }
        if let breaks = solve(items) { return lines(spec, items: items, breaks: breaks) }
        // Only a word wider than the measure leaves no solution: it may then end a line inside.
        let wide = WideWords(shaper: shaper).breaks(spec, items: items, room: measure - max(spec.firstLineIndent, 0) - Self.safety)
        if composes, !wide.isEmpty {
            items = ParagraphItems.make(spec.runs, shaper: shaper, composing: true, breaks: wide.union(hyphens.common),
                                        lastResorts: hyphens.names, justifying: true)
            if let breaks = solve(items) { return lines(spec, items: items, breaks: breaks) }
        }
        return greedy.breakLines(spec)
    }

    func naturalLines(_ spec: ParagraphSpec, balanced: Bool) -> [SetLine] {
        let first = breakLines(spec)
        guard first.count > 1, let measure = spec.width else { return first }
        let items = ParagraphItems.make(spec.runs, shaper: shaper, composing: composes)
        let display = DisplayBreaks(items: items, text: Array(spec.runs.map(\.text).joined().utf8),
                                    french: Language.isFrench(shaper.language), balanced: balanced)
        guard let breaks = display.breaks(lineCount: first.count, lineWidth: measure - Self.safety) else { return first }
        return lines(spec, items: items, breaks: breaks)
    }

    /// The lines that end at `breaks`: composed from the shaped words where they can be, else
    /// shaped by Pango; justified unless last (or ending at a forced break), else aligned in the measure.
    private func lines(_ spec: ParagraphSpec, items: [ParagraphItem], breaks: [TotalFit.Break]) -> [SetLine] {
        guard let measure = spec.width else { return [] }
        let composer = composes ? LineComposer(spec, items: items, shaper: shaper) : nil
        var lines: [SetLine] = []
        var start = 0, startItem = 0
        for (number, chosen) in breaks.enumerated() {
            let index = chosen.position
            let item = items[index]
            let isLast = number == breaks.count - 1
            var runs = Self.slice(spec.runs, from: start, to: item.start)
            if item.flagged, !runs.isEmpty { runs[runs.count - 1].text += "-" }
            let indent = number == 0 ? spec.firstLineIndent : 0
            // A line without a space stays at its natural width: Pango would letter-space it to the
            // measure, and sometimes past it (a word longer than the line, cut at its hyphens).
            let justified = spec.alignment == .justify && !isLast && item.penalty != ParagraphItem.forced
                && runs.contains { $0.text.utf8.contains(0x20) }
            if let composer, !runs.isEmpty,
               let composed = composer.line(items: startItem..<index, hyphen: item.flagged,
                                            justifiedTo: justified ? measure - indent : nil,
                                            shrink: max(-chosen.ratio, 0) * ParagraphItems.shrinkFactor) {
                let text = ShapedParagraph.readingText(Array(runs.map(\.text).joined().utf8))
                let x = Self.offset(of: composed.width, in: measure, indent: indent, spec.alignment)
                let info = ShapedParagraph.LineInfo(x: x, width: composed.width, start: start, end: item.start,
                                                    text: text, endsWithHyphen: item.flagged)
                lines.append(SetLine(info: info, composed: composed.line, pieces: composed.pieces))
            } else {
                // Pango justifies by stretching spaces only: a line that must shrink gets smaller spaces.
                if chosen.ratio < 0 { runs = shrinkingSpaces(runs, by: -chosen.ratio * ParagraphItems.shrinkFactor) }
                var line = spec
                line.runs = runs
                line.firstLineIndent = indent
                line.justifyLastLine = justified
                line.sourceOffset = start
                let shaped = shaper.shape(runs.isEmpty ? Self.emptyLine(spec) : line)
                var set: SetLine
                if shaped.lines.count == 1 {
                    set = SetLine(paragraph: shaped, index: 0)
                } else {
                    // Measured and shaped widths disagreed: set the line unjustified rather than lose its end.
                    line.width = nil
                    set = SetLine(paragraph: shaper.shape(line), index: 0)
                }
                // Shaped alone, the line ends with a real hyphen, not a soft one Pango broke at.
                set.info.endsWithHyphen = item.flagged
                lines.append(set)
            }
            startItem = Self.nextLineStartItem(items, after: index)
            start = startItem < items.count ? items[startItem].start : item.end
        }
        return lines
    }

    /// A ragged paragraph (most table cells) broken first fit, as Pango breaks it: each line takes
    /// the words that fit, the word that does not broken at its last hyphenation point that does.
    /// Lines are composed at their natural width and aligned in the measure; a word wider than the
    /// line ends lines inside (`WideWords`). Nil when Pango must shape the text.
    private func composedRaggedLines(_ spec: ParagraphSpec) -> [SetLine]? {
        guard let measure = spec.width, spec.alignment == .left || spec.firstLineIndent == 0 else { return nil }
        let pango = Set(shaper.lineBreakOffsets(of: spec.runs.map(\.text).joined()))
        var items = ParagraphItems.make(spec.runs, shaper: shaper, composing: true, breaks: pango)
        let lastResorts = WideWords(shaper: shaper).breaks(spec, items: items, room: measure - max(spec.firstLineIndent, 0))
        if !lastResorts.isEmpty {
            items = ParagraphItems.make(spec.runs, shaper: shaper, composing: true, breaks: pango.union(lastResorts))
        }
        guard let allowed = pangoBreaks(pango, items: items),
              let composer = LineComposer(spec, items: items, shaper: shaper) else { return nil }
        var lines: [SetLine] = []
        // The first line keeps the spaces it starts with (dot leaders do); the others start at a word.
        var start = 0
        while start < items.count {
            let indent = lines.isEmpty ? spec.firstLineIndent : 0
            // No room kept for rounding: a composed line is drawn at exactly the width measured.
            let available = measure - indent
            // The last place to break where the line still fits; else, in a word wider than the line,
            // the last place where it does (« Saint-Exupéry-les-|Oliviers » in a narrow column).
            var chosen: Int?, lastResort: Int?
            var width = 0.0
            scan: for index in start..<items.count {
                let item = items[index]
                switch item.kind {
                case .box:
                    width += item.width
                    if width > available { break scan }
                case .glue:
                    if index > start, items[index - 1].kind == .box, allowed.contains(item.end) { chosen = index }
                    width += item.width
                case .penalty where item.penalty == ParagraphItem.forced:
                    chosen = index
                    break scan
                case .penalty where item.penalty < ParagraphItem.forbidden && width + item.width <= available
                                    && allowed.contains(item.end):
                    chosen = index
                case .penalty where width <= available && lastResorts.contains(item.end):
                    lastResort = index
                case .penalty:
                    break
                }
            }
            guard let end = chosen ?? lastResort,
                  let composed = composer.line(items: start..<end, hyphen: items[end].flagged, justifiedTo: nil),
                  composed.width <= available + 0.01 else { return nil }
            let x = Self.offset(of: composed.width, in: measure, indent: indent, spec.alignment)
            let text = composer.readingText(from: items[start].start, to: items[end].start, hyphen: items[end].flagged)
            let info = ShapedParagraph.LineInfo(x: x, width: composed.width, start: items[start].start, end: items[end].start,
                                                text: text, endsWithHyphen: items[end].flagged)
            lines.append(SetLine(info: info, composed: composed.line, pieces: composed.pieces))
            start = Self.nextLineStartItem(items, after: end)
        }
        return lines.isEmpty ? nil : lines
    }

    /// Where the items may break as Pango's first fit would: Pango's own opportunities `pango`
    /// (never before « : » after a space, say), which must all be breaks of the items (spaces, soft
    /// hyphens, line separators, the breaks inside words made for them); nil when Pango may break
    /// elsewhere: then Pango breaks the paragraph.
    private func pangoBreaks(_ pango: Set<Int>, items: [ParagraphItem]) -> Set<Int>? {
        var ours = Set<Int>()
        for (index, item) in items.enumerated() {
            switch item.kind {
            case .glue where index + 1 < items.count && items[index + 1].kind == .box: ours.insert(item.end)
            case .penalty where item.penalty < ParagraphItem.forbidden && item.penalty != ParagraphItem.forced: ours.insert(item.end)
            case .penalty where item.penalty == ParagraphItem.forced && item.end > item.start: ours.insert(item.end)
            default: break
            }
        }
        return pango.isSubset(of: ours) ? pango : nil
    }

    /// Where a line `width` wide set at its natural width begins in the measure.
    private static func offset(of width: Double, in measure: Double, indent: Double, _ alignment: ParagraphAlignment) -> Double {
        switch alignment {
        case .center: (measure - width) / 2
        case .right: measure - width
        case .left, .justify: indent
        }
    }

    /// Where the line after a break begins: its first box (glue and penalties after a break vanish),
    /// or the end of the items.
    private static func nextLineStartItem(_ items: [ParagraphItem], after index: Int) -> Int {
        var next = index + 1
        while next < items.count, items[next].kind != .box { next += 1 }
        return next
    }

    /// The runs cut to the paragraph bytes `start..<end`.
    private static func slice(_ runs: [TextRun], from start: Int, to end: Int) -> [TextRun] {
        var result: [TextRun] = []
        var offset = 0
        for run in runs {
            let bytes = Array(run.text.utf8)
            let from = max(start - offset, 0), to = min(end - offset, bytes.count)
            if from < to {
                var piece = run
                piece.text = String(decoding: bytes[from..<to], as: UTF8.self)
                result.append(piece)
            }
            offset += bytes.count
            if offset >= end { break }
        }
        return result
    }

    /// The runs with every space `fraction` of its width narrower (negative letter spacing on it).
    private func shrinkingSpaces(_ runs: [TextRun], by fraction: Double) -> [TextRun] {
        runs.flatMap { run -> [TextRun] in
            guard !run.superscript, run.text.utf8.contains(0x20) else { return [run] }
            var space = run
            space.letterSpacing = -fraction * shaper.width(of: " ", in: run)
            var pieces: [TextRun] = []
            for (index, word) in run.text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { space.text = " "; pieces.append(space) }
                if !word.isEmpty { var piece = run; piece.text = String(word); pieces.append(piece) }
            }
            return pieces
        }
    }

    private static func emptyLine(_ spec: ParagraphSpec) -> ParagraphSpec {
        var line = spec
        line.runs = [TextRun(text: " ", font: spec.baseFont)]
        line.width = nil
        return line
    }
}
