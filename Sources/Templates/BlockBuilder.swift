import DocumentTree

/// Block content: the body, list items, table cells, boxes. Text and inline elements written
/// directly in a block container form a paragraph of the container's style.
extension DocumentBuilder {
    func blocks(_ nodes: [XMLNode], in parent: String, paragraphStyle: String) throws -> [Block] {
        var result: [Block] = []
        var pending: [XMLNode] = []
        func flush() throws {
            let isBlank = pending.allSatisfy { if case .text(let t, _) = $0 { return t.allSatisfy(\.isWhitespace) }; return false }
            if !isBlank {
                result.append(.paragraph(Paragraph(try paragraphContent(pending, in: parent), style: paragraphStyle)))
            }
            pending = []
        }
        for node in nodes {
            guard case .element(let element) = node else { pending.append(node); continue }
            try check(element)
            if ElementRegistry.isInline(element.name) { pending.append(node); continue }
            guard let kind = ElementRegistry.blockKind(element.name) else { throw misplaced(element, in: parent) }
            try flush()
            result.append(try block(element, kind: kind, paragraphStyle: paragraphStyle))
        }
        try flush()
        return result
    }

    /// A `<p>` without a style takes its container's paragraph style (a table's `cell-style` in a cell).
    private func block(_ element: XMLElement, kind: BlockKind, paragraphStyle: String) throws -> Block {
        let reader = attributes(element)
        switch kind {
        case .paragraph:
            return .paragraph(Paragraph(try paragraphContent(element.children, in: "p"),
                                        style: try styleName(reader, default: paragraphStyle)))
        case .heading(let level):
            let style = try styleName(reader, default: element.name)
            return .heading(Heading(level: level, try paragraphContent(element.children, in: element.name),
                                    style: style == element.name ? nil : style, anchor: reader.string("id"),
                                    inOutline: try reader.bool("outline") ?? true))
        case .pageBreak:
            let master = try reader.value("master", hint: "aucun gabarit de page ne porte ce nom") { masterNames.contains($0) ? $0 : nil }
            return .pageBreak(master: master)
        case .keepTogether:
            return .keepTogether(try blocks(element.children, in: element.name, paragraphStyle: "body"))
        case .spacer:
            _ = try reader.required("height")
            return .spacer(try reader.length("height") ?? 0)
        case .rule:
            return .rule(thickness: try reader.length("thickness") ?? 0.5, color: try reader.color("color") ?? accent)
        case .list: return .list(try list(element))
        case .table: return .table(try table(element))
        case .image: return .image(try image(element))
        case .box: return .box(try box(element))
        case .place: return .placed(try place(element))
        case .qrCode: return .qrCode(try qrCode(element))
        case .chart: return .chart(try chart(element))
        case .tableOfContents:
            return .tableOfContents(TableOfContents(maxLevel: try reader.integer("levels", in: 1...6) ?? 2,
                                                    style: try styleName(reader, default: "toc")))
        }
    }

    private func list(_ element: XMLElement) throws -> ListBlock {
        let reader = attributes(element)
        var items: [[Block]] = []
        for case .element(let child) in element.children {
            try check(child)
            guard child.name == "item" else { throw misplaced(child, in: "list") }
            items.append(try blocks(child.children, in: "item", paragraphStyle: "body"))
        }
        try rejectText(element)
        var list = ListBlock(marker: try reader.bool("ordered") == true ? .number : .bullet, items: items,
                             start: try reader.integer("start", in: 0...100_000) ?? 1)
        if let indent = try reader.length("indent") { list.indent = indent }
        return list
    }

    /// Elements whose only content is their children elements of one kind.
    func children(of element: XMLElement, named name: String) throws -> [XMLElement] {
        try rejectText(element)
        var result: [XMLElement] = []
        for case .element(let child) in element.children {
            try check(child)
            guard child.name == name else { throw misplaced(child, in: element.name) }
            result.append(child)
        }
        return result
    }
}
