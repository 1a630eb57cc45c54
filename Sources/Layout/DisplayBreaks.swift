/// Where a display paragraph's lines end (a title, the certificate's wording, a cover): on a given
/// number of lines, of lengths as equal as can be (the least sum of the squared room left on each
/// line, the last one included, as CSS's `text-wrap: balance`), at natural points: after a comma or a
/// colon, before « et » or « de », never after an article or a preposition, nor after the first word
/// of a quotation.
struct DisplayBreaks {
    let items: [ParagraphItem]
    /// The paragraph's text, the runs' texts end to end (items hold byte offsets into it).
    let text: [UInt8]
    /// French words (articles, prepositions) weigh on the breaks; other languages get the
    /// punctuation rules only.
    let french: Bool

    /// What the room left on a line costs: a full line left empty costs this much.
    static let emptyLineCost = 100.0
    static let afterPunctuation = -10.0
    static let besideDash = -5.0
    static let beforeConnective = -3.0
    static let afterFunctionWord = 200.0
    static let afterQuotationStart = 15.0
    static let beforeQuotationEnd = 10.0

    /// One line more than first fit gives is taken only to avoid a bad break: it costs this much.
    static let extraLine = 40.0

    /// The breaks of `lineCount` lines (or one more, where it avoids a bad break), each at most
    /// `lineWidth` wide, forced breaks kept; nil when no such set exists (a word wider than the
    /// line, or Pango broke where the items do not).
    func breaks(lineCount: Int, lineWidth: Double) -> [TotalFit.Break]? {
        let most = lineCount + 1
        let candidates = items.indices.filter { index in
            let item = items[index]
            return item.kind == .glue ? index > 0 && items[index - 1].kind == .box
                                      : item.kind == .penalty && item.penalty == ParagraphItem.forced
        }
        guard let last = candidates.last, last == items.count - 1 else { return nil }
        var widthBefore = [0.0]
        for item in items { widthBefore.append(widthBefore[widthBefore.count - 1] + (item.kind == .penalty ? 0 : item.width)) }
        let penalties = candidates.map(penalty)
        // cost[k][c]: the least cost of k + 1 lines, the last ending at candidates[c]; from[k][c] where
        // the line before it ended (-1: the paragraph's start).
        var cost = [[Double]](repeating: [Double](repeating: .infinity, count: candidates.count), count: most)
        var from = [[Int]](repeating: [Int](repeating: -1, count: candidates.count), count: most)
        for (c, end) in candidates.enumerated() {
            // Earlier breaks, nearest first, as long as the line from there still fits.
            var p = c - 1
            while true {
                let start = p < 0 ? 0 : nextBox(after: candidates[p])
                let width = widthBefore[end] - widthBefore[start]
                if width > lineWidth { break }
                let room = (lineWidth - width) / lineWidth
                let line = Self.emptyLineCost * room * room + penalties[c]
                if p < 0 {
                    cost[0][c] = line
                } else {
                    for k in 1..<most where cost[k - 1][p] + line < cost[k][c] {
                        cost[k][c] = cost[k - 1][p] + line
                        from[k][c] = p
                    }
                }
                // A line never spans a forced break.
                if p < 0 || isForced(candidates[p]) { break }
                p -= 1
            }
        }
        let end = candidates.count - 1
        let lines = cost[lineCount][end] + Self.extraLine < cost[lineCount - 1][end] ? most : lineCount
        guard cost[lines - 1][end].isFinite else { return nil }
        var result: [TotalFit.Break] = []
        var c = end
        for k in stride(from: lines - 1, through: 0, by: -1) {
            result.append(TotalFit.Break(position: candidates[c], ratio: 0))
            c = from[k][c]
        }
        return result.reversed()
    }

    private func isForced(_ index: Int) -> Bool { items[index].kind == .penalty }

    private func nextBox(after index: Int) -> Int {
        var next = index + 1
        while next < items.count, items[next].kind != .box { next += 1 }
        return next
    }

    /// How natural a break at the glue `index` is (below zero: better than average).
    private func penalty(_ index: Int) -> Double {
        guard items[index].kind == .glue else { return 0 }
        let before = word(items[index - 1])
        let next = nextBox(after: index)
        let after = next < items.count ? word(items[next]) : ""
        var result = 0.0
        if let end = before.last, ",;:.".contains(end) { result += Self.afterPunctuation }
        if Self.dashes.contains(before) || Self.dashes.contains(after) { result += Self.besideDash }
        if before.hasPrefix("«") && !before.hasSuffix("»") { result += Self.afterQuotationStart }
        if after.hasSuffix("»") && !after.hasPrefix("«") { result += Self.beforeQuotationEnd }
        if before == "«" { result += Self.afterFunctionWord }
        if french {
            let lower = before.lowercased()
            if Self.functionWords.contains(lower) || lower.hasSuffix("'") || lower.hasSuffix("’") {
                result += Self.afterFunctionWord
            }
            let next = after.lowercased()
            if Self.connectives.contains(next) || next.hasPrefix("d'") || next.hasPrefix("d’") {
                result += Self.beforeConnective
            }
        }
        return result
    }

    private func word(_ box: ParagraphItem) -> String {
        String(decoding: text[box.start..<box.end], as: UTF8.self)
    }

    private static let dashes: Set<String> = ["–", "—"]
    /// Words a French line does not end with: articles, prepositions, conjunctions, possessives.
    private static let functionWords: Set<String> = [
        "le", "la", "les", "un", "une", "des", "du", "de", "à", "au", "aux", "et", "ou", "ni", "en", "par",
        "pour", "sur", "sous", "avec", "dans", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette",
        "ces", "m.", "mme", "n°",
    ]
    /// Words a French phrase begins with: a line may well start there.
    private static let connectives: Set<String> = [
        "et", "ou", "de", "du", "des", "à", "au", "aux", "pour", "par", "sous", "sur", "en", "avec", "dans",
    ]
}
