import DocumentTree
import Native
import Pages

extension BlockFlow {
    /// Items indented by the list's indent, the marker hanging in the indent on the item's first line.
    func listElements(_ list: ListBlock, left: Points, width: Points, depth: Int = 0) throws -> [FlowElement] {
        var result: [FlowElement] = [.marker([.beginTag(.list)])]
        let bullets = ["•", "–", "◦"]
        for (number, item) in list.items.enumerated() {
            let label = list.marker == .bullet ? bullets[depth % bullets.count] : "\(list.start + number)."
            var content = try itemElements(item, left: left + list.indent, width: width - list.indent, depth: depth)
            if let first = content.firstIndex(where: { if case .box = $0 { return true } else { return false } }),
               case .box(var box) = content[first] {
                box.items += try markerItems(label, box: box, right: left + list.indent - 5)
                content[first] = .box(box)
            }
            result.append(.marker([.beginTag(.listItem)]))
            result += content
            result.append(.marker([.endTag(.listItem)]))
            if number < list.items.count - 1 { result.append(.breakAllowed) }
        }
        result.append(.marker([.endTag(.list)]))
        return result
    }

    private func itemElements(_ blocks: [Block], left: Points, width: Points, depth: Int) throws -> [FlowElement] {
        var result: [FlowElement] = []
        for (index, block) in blocks.enumerated() {
            if case .list(let nested) = block {
                result += try listElements(nested, left: left, width: width, depth: depth + 1)
            } else {
                result += try elements(for: block, left: left, width: width)
            }
            if index < blocks.count - 1 { result.append(.breakAllowed) }
        }
        return result
    }

    /// The marker set right-aligned against `right`, on the baseline of the box's first line.
    private func markerItems(_ label: String, box: FlowBox, right: Points) throws -> [PageItem] {
        guard let line = box.items.lazy.compactMap({ item -> TextLine? in
            if case .text(let line) = item { return line } else { return nil }
        }).first else { return [] }
        var style = styles["body"]
        style.alignment = .left
        style.hyphenate = false
        let marker = try setLines([.text(label)], style: style, left: 0, width: 1000)
        return marker.first?.items.compactMap { item in
            guard case .text(var text) = item else { return nil }
            text.origin = Point(x: right - text.width, y: line.origin.y)
            return .text(text)
        } ?? []
    }
}
