import Foundation

/// The machine-checkable rules of PDF/UA-1 (ISO 14289-1) that ldm implements, checked on a file's
/// objects; no PDF/UA validator runs on this machine. docs/accessibilite.md lists them, and the rules
/// not checked.
enum AccessibilityRule: String, CaseIterable, Sendable {
    /// The catalogue has a `/StructTreeRoot` with a `/ParentTree`, and `/MarkInfo << /Marked true >>`.
    case structureTree
    /// The catalogue's `/Lang` names the document's language.
    case language
    /// Every page has `/Tabs /S`.
    case pageTabs
    /// Every `Figure` has a non-empty `/Alt`.
    case figureAlternative
    /// Every `TH` has a `/Scope` (Row, Column or Both) in its Table attributes.
    case headerScope
    /// Every row of a `Table` covers the same number of columns, counting each cell's `/ColSpan` and
    /// the cells of rows above that reach down into it by their `/RowSpan`.
    case tableShape
    /// Headings start at H1 and never skip a level going down (H1 then H3 fails).
    case headingOrder
    /// An `L` holds only `LI` elements, and an `LI` sits in an `L`.
    case listItems
    /// Every Link annotation has a non-empty `/Contents`.
    case linkContents
    /// Every Link annotation is referenced by an OBJR in a `Link` structure element.
    case linkStructure
    /// Every Widget annotation (a signature field) is referenced by an OBJR in a `Form` element, and its
    /// `/StructParent` maps back to that element in the parent tree.
    case widgetStructure
    /// Every `Link` element holds the text of its link: marked content of its own that shows text.
    case linkText
    /// Everything painted is in a structure element's marked content (an MCID the parent tree maps to
    /// an element of the page) or in an `/Artifact`; the parent tree maps only to elements of the tree.
    case markedContent
}

struct AccessibilityViolation: Hashable, CustomStringConvertible {
    var rule: AccessibilityRule
    var detail: String
    var description: String { "\(rule.rawValue): \(detail)" }
}

struct AccessibilityCheck {
    let pdf: PDFObjects
    private(set) var violations: [AccessibilityViolation] = []

    /// The structure elements in document order, with their parent's role.
    private(set) var elements: [(role: String, parent: String, reference: String?, element: [String: Any])] = []
    /// Annotations referenced by OBJRs of Link elements.
    private var linkedAnnotations: Set<String> = []
    /// Widgets referenced by OBJRs of Form elements, with the element's reference.
    private var formWidgets: [String: String] = [:]
    /// Per page reference: the MCIDs whose marked content shows text.
    private var textMarks: [String: Set<Int>] = [:]

    init(_ pdf: PDFObjects) {
        self.pdf = pdf
        checkCatalogue()
        if let tree = pdf.dictionary(pdf.root["/StructTreeRoot"]) { walk(tree["/K"], parent: "StructTreeRoot") }
        checkElements()
        checkPages()
        checkLinkTexts()
    }

    private mutating func checkLinkTexts() {
        for (role, _, _, element) in elements where role == "Link" {
            let kids = pdf.resolve(element["/K"]).map { $0 as? [Any] ?? [$0] } ?? []
            let marks: [(page: String?, mcid: Int?)] = kids.compactMap { kid in
                if let mcid = pdf.integer(kid) { return (element["/Pg"] as? String, mcid) }
                guard let reference = pdf.dictionary(kid), pdf.name(reference["/Type"]) == "MCR" else { return nil }
                return (reference["/Pg"] as? String ?? element["/Pg"] as? String, pdf.integer(reference["/MCID"]))
            }
            let showsText = marks.contains { mark in
                guard let page = mark.page, let mcid = mark.mcid else { return false }
                return textMarks[page]?.contains(mcid) == true
            }
            if !showsText { fail(.linkText, "a Link element without the text of its link") }
        }
    }

    private mutating func fail(_ rule: AccessibilityRule, _ detail: String) {
        violations.append(AccessibilityViolation(rule: rule, detail: detail))
    }

    private mutating func checkCatalogue() {
        let root = pdf.root
        let tree = pdf.dictionary(root["/StructTreeRoot"])
        if tree == nil { fail(.structureTree, "no /StructTreeRoot") }
        if let tree, pdf.dictionary(tree["/ParentTree"]) == nil { fail(.structureTree, "no /ParentTree") }
        if (pdf.dictionary(root["/MarkInfo"])?["/Marked"] as? Bool) != true { fail(.structureTree, "no /MarkInfo /Marked true") }
        if pdf.text(root["/Lang"])?.isEmpty != false { fail(.language, "no /Lang on the catalogue") }
    }

    /// Structure elements depth first: the order they are read in.
    private mutating func walk(_ kids: Any?, parent: String, parentReference: String? = nil) {
        let children = pdf.resolve(kids) as? [Any] ?? [kids as Any]
        for child in children {
            guard let element = pdf.dictionary(child) else { continue }
            if pdf.name(element["/Type"]) == "OBJR", let object = element["/Obj"] as? String {
                if parent == "Link" { linkedAnnotations.insert(object) }
                if parent == "Form", let parentReference { formWidgets[object] = parentReference }
            }
            guard let role = pdf.name(element["/S"]) else { continue }
            elements.append((role, parent, child as? String, element))
            walk(element["/K"], parent: role, parentReference: child as? String)
        }
    }

    private mutating func checkElements() {
        var previousLevel = 0
        for (role, parent, _, element) in elements {
            switch role {
            case "Figure":
                if pdf.text(element["/Alt"])?.trimmingCharacters(in: .whitespaces).isEmpty != false {
                    fail(.figureAlternative, "a Figure without /Alt")
                }
            case "TH":
                let attributes = pdf.resolve(element["/A"]).map { $0 as? [Any] ?? [$0] } ?? []
                let scopes = attributes.compactMap { pdf.dictionary($0) }.filter { pdf.name($0["/O"]) == "Table" }
                    .compactMap { pdf.name($0["/Scope"]) }
                if !scopes.contains(where: { ["Row", "Column", "Both"].contains($0) }) { fail(.headerScope, "a TH without /Scope") }
            case "Table":
                checkShape(ofTable: element)
            case "L":
                break
            case "LI":
                if parent != "L" { fail(.listItems, "an LI in a \(parent)") }
            default:
                if let level = Self.headingLevel(role) {
                    if level > previousLevel + 1 { fail(.headingOrder, "\(role) after \(previousLevel == 0 ? "no heading" : "H\(previousLevel)")") }
                    previousLevel = level
                }
            }
            if parent == "L", role != "LI" { fail(.listItems, "a \(role) in an L") }
        }
    }

    private func children(_ element: [String: Any]) -> [[String: Any]] {
        let kids = pdf.resolve(element["/K"]).map { $0 as? [Any] ?? [$0] } ?? []
        return kids.compactMap { pdf.dictionary($0) }.filter { pdf.name($0["/S"]) != nil }
    }

    /// A cell's span in its Table attributes (1 when it has none).
    private func span(_ cell: [String: Any], _ key: String) -> Int {
        let attributes = pdf.resolve(cell["/A"]).map { $0 as? [Any] ?? [$0] } ?? []
        let table = attributes.compactMap { pdf.dictionary($0) }.first { pdf.name($0["/O"]) == "Table" }
        return table.flatMap { pdf.integer($0[key]) } ?? 1
    }

    private mutating func checkShape(ofTable table: [String: Any]) {
        // For each column, how many more rows a cell from above still covers.
        var reaching: [Int] = []
        var widths: [Int] = []
        for row in children(table) where pdf.name(row["/S"]) == "TR" {
            var column = 0
            for cell in children(row) where ["TH", "TD"].contains(pdf.name(cell["/S"]) ?? "") {
                while column < reaching.count, reaching[column] > 0 { column += 1 }
                let columns = span(cell, "/ColSpan"), rows = span(cell, "/RowSpan")
                if reaching.count < column + columns { reaching += Array(repeating: 0, count: column + columns - reaching.count) }
                for covered in column..<column + columns { reaching[covered] = rows }
                column += columns
            }
            widths.append(max(column, reaching.lastIndex { $0 > 0 }.map { $0 + 1 } ?? 0))
            reaching = reaching.map { max($0 - 1, 0) }
        }
        if Set(widths).count > 1 { fail(.tableShape, "a Table whose rows cover \(widths.map(String.init).joined(separator: ", ")) columns") }
    }

    static func headingLevel(_ role: String) -> Int? {
        guard role.count == 2, role.first == "H", let level = Int(role.dropFirst()), (1...6).contains(level) else { return nil }
        return level
    }

    private mutating func checkPages() {
        let parentTree = pdf.dictionary(pdf.dictionary(pdf.root["/StructTreeRoot"])?["/ParentTree"])
        let numbers = pdf.array(parentTree?["/Nums"])
        var parents: [Int: Any] = [:]
        for index in stride(from: 0, to: numbers.count - 1, by: 2) {
            if let key = pdf.integer(numbers[index]) { parents[key] = numbers[index + 1] }
        }
        let inTree = Set(elements.compactMap(\.reference))
        for (number, reference) in pdf.pages.enumerated() {
            guard let page = pdf.dictionary(reference) else { continue }
            if pdf.name(page["/Tabs"]) != "S" { fail(.pageTabs, "page \(number + 1) without /Tabs /S") }
            for annotation in pdf.array(page["/Annots"]) {
                if let widget = pdf.dictionary(annotation), pdf.name(widget["/Subtype"]) == "Widget" {
                    let form = (annotation as? String).flatMap { formWidgets[$0] }
                    let mapped = pdf.integer(widget["/StructParent"]).flatMap { parents[$0] } as? String
                    if form == nil || mapped != form {
                        fail(.widgetStructure, "a widget of page \(number + 1) in no Form element, or not mapped back to it")
                    }
                }
                guard let link = pdf.dictionary(annotation), pdf.name(link["/Subtype"]) == "Link" else { continue }
                if pdf.text(link["/Contents"])?.isEmpty != false { fail(.linkContents, "a link of page \(number + 1) without /Contents") }
                if !((annotation as? String).map(linkedAnnotations.contains) ?? false) {
                    fail(.linkStructure, "a link of page \(number + 1) in no Link element")
                }
            }
            let elementsOfPage = pdf.integer(page["/StructParents"]).flatMap { parents[$0] }.map { pdf.array($0) } ?? []
            // An artifact's MCID maps to nothing (null): only elements of the tree are in the parent tree.
            let outside = elementsOfPage.filter { ($0 as? String).map { !inTree.contains($0) } ?? false }.count
            if outside > 0 { fail(.markedContent, "page \(number + 1): the parent tree maps \(outside) MCIDs to objects outside the structure tree") }
            checkMarkedContent(pdf.content(ofPage: reference), page: number + 1, reference: reference, elements: elementsOfPage)
        }
    }

    /// The pages an element's marked content is on: its own `/Pg` and its marked-content references'.
    private func pages(of element: [String: Any]) -> Set<String> {
        let kids = pdf.resolve(element["/K"]).map { $0 as? [Any] ?? [$0] } ?? []
        let references = kids.compactMap { pdf.dictionary($0) }.filter { pdf.name($0["/Type"]) == "MCR" }.compactMap { $0["/Pg"] as? String }
        return Set(references + [element["/Pg"] as? String].compactMap { $0 })
    }

    private static let showingText: Set<String> = ["Tj", "TJ", "'", "\""]
    private static let painting: Set<String> = ["Tj", "TJ", "'", "\"", "Do", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "sh", "EI"]

    /// Walks the marked-content sequences: what paints must be inside an artifact or inside an MCID
    /// whose parent-tree entry is an element on this page.
    private mutating func checkMarkedContent(_ content: [UInt8], page: Int, reference: String, elements: [Any]) {
        enum Marked: Equatable { case artifact, element(mcid: Int), other }
        var stack: [Marked] = []
        var unmarked = 0
        for operation in ContentTokens.operations(content) {
            switch operation.operatorName {
            case "BMC", "BDC":
                let tag = operation.operands.first
                if tag == "/Artifact" {
                    stack.append(.artifact)
                } else if let at = operation.operands.firstIndex(of: "/MCID"), at + 1 < operation.operands.count,
                          let mcid = Int(operation.operands[at + 1]) {
                    let element = mcid < elements.count ? pdf.dictionary(elements[mcid]) : nil
                    if element.flatMap({ pdf.name($0["/S"]) }) == nil {
                        fail(.markedContent, "page \(page): MCID \(mcid) is no structure element in the parent tree")
                    } else if let element, !pages(of: element).contains(reference) {
                        fail(.markedContent, "page \(page): MCID \(mcid) belongs to an element of another page")
                    }
                    stack.append(.element(mcid: mcid))
                } else {
                    stack.append(.other)
                }
            case "EMC":
                if stack.popLast() == nil { fail(.markedContent, "page \(page): EMC without BMC or BDC") }
            case let name where Self.painting.contains(name):
                if !stack.contains(where: { $0 != .other }) { unmarked += 1 }
                if Self.showingText.contains(name), case .element(let mcid)? = stack.last(where: { $0 != .other }) {
                    textMarks[reference, default: []].insert(mcid)
                }
            default:
                break
            }
        }
        if unmarked > 0 { fail(.markedContent, "page \(page): \(unmarked) painting operators outside marked content and artifacts") }
        if !stack.isEmpty { fail(.markedContent, "page \(page): marked content left open") }
    }
}
