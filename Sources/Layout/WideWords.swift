import Native

/// Where a word wider than the line may end a line: after one of its hyphens when it is a proper
/// name (`ProperNames` joins them to their next letter), else, or where a part is still too wide,
/// where the line is full, measured letter by letter, with nothing added. Pango would cut such a
/// word between letters itself, but when several threads lay out text at once Pango 1.50
/// sometimes adds a hyphen at the cut without keeping room for it: the line then runs a hyphen
/// past the measure.
struct WideWords {
    let shaper: TextShaper

    /// The paragraph offsets, inside the boxes of `items` wider than `room`, where a line may end.
    func breaks(_ spec: ParagraphSpec, items: [ParagraphItem], room: Double) -> Set<Int> {
        var breaks = Set<Int>()
        var wide = items.filter { $0.kind == .box && $0.width > room }[...]
        var runStart = 0
        for run in spec.runs {
            let bytes = Array(run.text.utf8)
            let runEnd = runStart + bytes.count
            while let box = wide.first, box.end <= runEnd {
                wide.removeFirst()
                let word = Array(bytes[(box.start - runStart)..<(box.end - runStart)])
                var pieceStart = 0
                let names = CompoundHyphens.breaks(in: String(decoding: word, as: UTF8.self)).names.sorted()
                for end in names + [word.count] {
                    let piece = String(decoding: word[pieceStart..<end], as: UTF8.self)
                    for cut in letterCuts(piece, in: run, room: room) { breaks.insert(box.start + pieceStart + cut) }
                    if end < word.count { breaks.insert(box.start + end) }
                    pieceStart = end
                }
            }
            runStart = runEnd
        }
        return breaks
    }

    /// The byte offsets in `piece` where each line's share of it ends, when it is wider than `room`.
    private func letterCuts(_ piece: String, in run: TextRun, room: Double) -> [Int] {
        let style = shaper.measures(run)
        guard shaper.width(of: piece, in: style) > room else { return [] }
        var cuts: [Int] = []
        var offset = 0, width = 0.0
        for (scalar, advance) in zip(piece.unicodeScalars, shaper.characterWidths(of: piece, in: style).widths) {
            if width > 0, width + advance > room {
                cuts.append(offset)
                width = 0
            }
            width += advance
            offset += UTF8.width(scalar)
        }
        return cuts
    }
}
