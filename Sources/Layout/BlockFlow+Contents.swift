import DocumentTree
import Native
import Pages

/// The table of contents: the headings the previous pass met, indented by level, each a link to
/// its heading, with dot leaders up to its page number. The engine lays out again while the numbers
/// (or the contents' own length) change, so the numbers are exact.
extension BlockFlow {
    func contentsElements(_ contents: TableOfContents, left: Points, width: Points) throws -> [FlowElement] {
        readsLaterPasses = true
        var style = styles[contents.style]
        style.alignment = .left
        style.hyphenate = false
        let numberRoom = try textWidth("0000", style: style)
        let leaderUnit = try textWidth(String(repeating: " .", count: 40), style: style) / 40
        var result: [FlowElement] = []
        for entry in fields.headings where entry.level <= contents.maxLevel {
            var entryStyle = style
            entryStyle.bold = entry.level == 1
            let indent = Double(entry.level - 1) * 1.5 * style.size
            let numberLeft = left + width - numberRoom
            // A numbered title's wrapped lines hang under its text, not under its number.
            if let number = Self.sectionNumber(of: entry.title) {
                let hang = try textWidth(number + " ", style: entryStyle)
                entryStyle.leftIndent = hang
                entryStyle.firstLineIndent = -hang
            }
            var lines = try setLines([.text(entry.title)], style: entryStyle, left: left + indent,
                                     width: max(numberLeft - leaderUnit * 2 - left - indent, style.size * 4))
            guard var last = lines.popLast(), let lastText = last.textLine else { continue }
            var numberStyle = entryStyle
            numberStyle.alignment = .right
            // The number is right-aligned in its own room: the title's hanging indent is not its.
            numberStyle.leftIndent = 0
            numberStyle.firstLineIndent = 0
            let number = try setLines([.field(.pageOf(destination: entry.anchor))], style: numberStyle, left: numberLeft,
                                      width: numberRoom)
            last.items += number.first?.items ?? []
            let leaderCount = Int(((numberLeft - leaderUnit / 2) - (lastText.origin.x + lastText.width)) / leaderUnit)
            if leaderCount > 0, let leader = try setLines([.text(String(repeating: " .", count: leaderCount))],
                                                          style: style, left: 0, width: width).first,
               let dots = leader.textLine {
                last.items += leader.items.map { $0.offsetBy(dx: numberLeft - leaderUnit / 2 - dots.width - dots.origin.x, dy: 0) }
            }
            lines.append(last)
            let height = lines.reduce(0) { $0 + $1.height }
            lines[0].items.append(.link(Rect(x: left + indent, y: 0, width: width - indent, height: height),
                                        .destination(entry.anchor)))
            result += [.glue(style.spaceBefore), .marker([.beginTag(.paragraph)])]
            result += lines.map { .box($0) }
            result += [.marker([.endTag(.paragraph)]), .glue(style.spaceAfter), .breakAllowed]
        }
        return result
    }

    /// The number a title begins with (« 7.1 » of « 7.1 Critère 1 : … », « 10. »), if any.
    static func sectionNumber(of title: String) -> String? {
        guard let first = title.split(separator: " ", maxSplits: 1).first, title.contains(" "),
              first.first?.isNumber == true, first.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        return String(first)
    }

}

extension FlowBox {
    /// The first line of text in the box.
    var textLine: TextLine? {
        items.lazy.compactMap { item -> TextLine? in
            if case .text(let line) = item { return line } else { return nil }
        }.first
    }
}
