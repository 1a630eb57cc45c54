/// Knuth and Plass's total-fit line breaking: chooses the breaks of a whole paragraph at once,
/// minimising the sum of the lines' demerits (badness of their spacing, hyphens, contrasts).
struct TotalFit {
    struct Parameters {
        var tolerance: Double
        var allowHyphens: Bool
        /// Whether the items' last-resort breaks may be taken (after a proper name's hyphen).
        var allowLastResorts = false
        /// Demerits of a hyphen ending the paragraph's last full line; nil: such a break is never taken.
        var finalHyphenDemerits: Double?
        var linePenalty = 10.0
        var doubleHyphenDemerits = 10_000.0
        var fitnessDemerits = 100.0
        /// At most this many hyphenated lines in a row.
        var maximumHyphensInARow = 2
        /// Stretch added to every line when rating it (TeX's \emergencystretch): when no break set
        /// keeps the lines within the tolerance, it tells a loose line from a very loose one, whose
        /// badness would otherwise both be the 10,000 ceiling. Only the rating changes, not the spacing.
        var emergencyStretch = 0.0
    }

    /// A chosen break: the item where the line ends, and how much the line's glue stretches (> 0)
    /// or shrinks (< 0) as a fraction of what it can.
    struct Break: Equatable {
        var position: Int
        var ratio: Double
    }

    /// The breaks, one per line, the last at the paragraph's end; nil when no set of breaks keeps
    /// every line within the tolerance without overfilling it. Lines never end with a hyphen when
    /// only the paragraph's last line follows (unless `finalHyphenDemerits` is given, and even then
    /// never when that line would hold only the end of the word: « conti- / nue. »), nor with more
    /// than `maximumHyphensInARow` in a row.
    static func breaks(_ items: [ParagraphItem], lineWidth: (Int) -> Double, parameters: Parameters) -> [Break]? {
        struct Node {
            var position: Int, line: Int, fitness: Int
            var width: Double, stretch: Double, shrink: Double
            var demerits: Double
            var previous: Int?
            var hyphensInARow: Int
            /// The ratio of the line that ends here.
            var ratio: Double
        }
        var nodes = [Node(position: -1, line: 0, fitness: 1, width: 0, stretch: 0, shrink: 0, demerits: 0,
                          previous: nil, hyphensInARow: 0, ratio: 0)]
        var active: [Int] = [0]
        var width = 0.0, stretch = 0.0, shrink = 0.0
        // Reused from one candidate break to the next: a paragraph tries thousands.
        var survivors: [Int] = []
        var best = [(demerits: Double, from: Int, ratio: Double)?](repeating: nil, count: 4)
        // The paragraph's last space: a last line starting after it is only the end of a word.
        let lastSpace = items.lastIndex { $0.kind == .glue && $0.width > 0 } ?? -1

        func totalsAfterBreak(_ index: Int) -> (Double, Double, Double) {
            // Glue and penalties after a break are discarded up to the next box.
            var w = width, y = stretch, z = shrink
            var next = index
            while next < items.count {
                let item = items[next]
                if item.kind == .box { break }
                if item.kind == .glue { w += item.width; y += item.stretch; z += item.shrink }
                else if item.penalty == ParagraphItem.forced, next > index { break }
                next += 1
            }
            return (w, y, z)
        }

        func tryBreak(at index: Int) {
            let item = items[index]
            let isPenalty = item.kind == .penalty
            let forced = isPenalty && item.penalty == ParagraphItem.forced
            for fitness in best.indices { best[fitness] = nil }
            survivors.removeAll(keepingCapacity: true)
            var found = false
            for a in active {
                let node = nodes[a]
                let available = lineWidth(node.line)
                let natural = width - node.width + (isPenalty ? item.width : 0)
                var ratio: Double
                if natural < available {
                    let y = stretch - node.stretch + parameters.emergencyStretch
                    ratio = y > 0 ? (available - natural) / y : .infinity
                } else if natural > available {
                    let z = shrink - node.shrink
                    ratio = z > 0 ? (available - natural) / z : -.infinity
                } else {
                    ratio = 0
                }
                if ratio >= -1, !forced { survivors.append(a) }
                guard ratio >= -1 else { continue }
                let badness = ratio.isInfinite ? 10_000 : min(100 * pow3(abs(ratio)), 10_000)
                guard badness <= parameters.tolerance else { continue }
                if item.flagged, node.hyphensInARow >= parameters.maximumHyphensInARow { continue }
                let previousFlagged = node.position >= 0 && items[node.position].flagged
                let finalHyphen = forced && previousFlagged && index == items.count - 1
                if finalHyphen, parameters.finalHyphenDemerits == nil || node.position > lastSpace { continue }
                var demerits = (parameters.linePenalty + badness) * (parameters.linePenalty + badness)
                if isPenalty {
                    if item.penalty >= 0 { demerits += item.penalty * item.penalty }
                    else if !forced { demerits -= item.penalty * item.penalty }
                }
                if item.flagged, previousFlagged { demerits += parameters.doubleHyphenDemerits }
                if finalHyphen { demerits += parameters.finalHyphenDemerits ?? 0 }
                let fitness = ratio < -0.5 ? 0 : ratio <= 0.5 ? 1 : ratio <= 1 ? 2 : 3
                if abs(fitness - node.fitness) > 1 { demerits += parameters.fitnessDemerits }
                let total = node.demerits + demerits
                if total < best[fitness]?.demerits ?? .infinity { best[fitness] = (total, a, ratio); found = true }
            }
            swap(&active, &survivors)
            guard found else { return }
            let (w, y, z) = totalsAfterBreak(index)
            for fitness in best.indices {
                guard let candidate = best[fitness] else { continue }
                let from = nodes[candidate.from]
                nodes.append(Node(position: index, line: from.line + 1, fitness: fitness, width: w, stretch: y, shrink: z,
                                  demerits: candidate.demerits, previous: candidate.from,
                                  hyphensInARow: item.flagged ? from.hyphensInARow + 1 : 0,
                                  ratio: candidate.ratio.isFinite ? candidate.ratio : 0))
                active.append(nodes.count - 1)
            }
        }

        for index in items.indices {
            let item = items[index]
            switch item.kind {
            case .box:
                width += item.width
            case .glue:
                if index > 0, items[index - 1].kind == .box { tryBreak(at: index) }
                width += item.width; stretch += item.stretch; shrink += item.shrink
            case .penalty:
                if item.penalty < ParagraphItem.forbidden, parameters.allowHyphens || !item.flagged,
                   parameters.allowLastResorts || !item.lastResort {
                    tryBreak(at: index)
                }
            }
            if active.isEmpty { return nil }
        }
        guard let last = active.filter({ nodes[$0].position == items.count - 1 })
            .min(by: { nodes[$0].demerits < nodes[$1].demerits }) else { return nil }
        var result: [Break] = []
        var cursor: Int? = last
        while let index = cursor, nodes[index].position >= 0 {
            result.append(Break(position: nodes[index].position, ratio: nodes[index].ratio))
            cursor = nodes[index].previous
        }
        return result.reversed()
    }

    private static func pow3(_ x: Double) -> Double { x * x * x }
}
