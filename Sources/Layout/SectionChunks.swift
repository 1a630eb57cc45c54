import DocumentTree

/// A long section is cut into runs of whole blocks, each about `weight` characters of text, which
/// helper threads set at the same time. The cut depends on the text only, never on the number of
/// threads: the same document gives the same pages and the same PDF on any machine.
enum SectionChunks {
    /// About ten pages of running text: enough to pay for a helper thread's cold caches.
    static let weight = 20_000

    static func ranges(_ blocks: [Block]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0, sum = 0
        for (index, block) in blocks.enumerated() {
            sum += block.textWeight
            if sum >= weight {
                ranges.append(start..<index + 1)
                start = index + 1
                sum = 0
            }
        }
        if start < blocks.count {
            // A short tail joins the run before it rather than make a thread of its own.
            if let last = ranges.last, sum < weight / 2 { ranges[ranges.count - 1] = last.lowerBound..<blocks.count }
            else { ranges.append(start..<blocks.count) }
        }
        return ranges.isEmpty ? [0..<blocks.count] : ranges
    }
}

extension Block {
    /// Roughly how much there is to set: the bytes of its text, a fixed share for the rest.
    var textWeight: Int {
        func sum(_ blocks: [Block]) -> Int { blocks.reduce(0) { $0 + $1.textWeight } }
        switch self {
        case .heading(let heading): return heading.content.plainText.utf8.count
        case .paragraph(let paragraph): return paragraph.content.plainText.utf8.count
        case .keepTogether(let blocks): return sum(blocks)
        case .list(let list): return list.items.reduce(0) { $0 + sum($1) }
        case .table(let table): return table.rows.reduce(0) { total, row in row.cells.reduce(total) { $0 + sum($1.blocks) } }
        case .box(let box): return sum(box.blocks)
        case .placed(let placed): return sum(placed.box.blocks)
        default: return 100
        }
    }
}
