import Native

/// Completes cairo's structure tree for PDF/UA-1 where cairo 1.16 cannot write it:
/// - each `Figure` gets its `/Alt`, given in the order the Figures begin;
/// - each `TH` gets `/Scope /Column` (header cells are header rows: a table has no header column);
/// - a `TH` or `TD` that spans several rows or columns gets `/RowSpan` and `/ColSpan`, so that a reader
///   can tell which header cells name it;
/// - each `Private` element (the role that stands for an artifact, see `StructureRole.artifact`) leaves
///   the tree and the parent tree, and its marked content `/Private <</MCID n>> BDC` becomes
///   `/Artifact BMC` in the page's content stream.
struct StructureFinish {
    let editor: PDFEditor
    private let alternatives: [String]
    private var figures = 0
    private let cellSpans: [Int: (rows: Int, columns: Int)]
    private var cells = 0
    /// Per page object number: the MCIDs of the artifacts on it.
    private var artifacts: [Int: Set<Int>] = [:]

    /// Cairo writes no tree for an untagged file: nothing to do then.
    static func finish(_ editor: PDFEditor, figureAlternatives: [String], cellSpans: [Int: (rows: Int, columns: Int)]) throws {
        guard let tree = editor.value(editor.root, "StructTreeRoot") else { return }
        var finish = StructureFinish(editor: editor, alternatives: figureAlternatives, cellSpans: cellSpans)
        let number = editor.number(tree)
        guard case .dictionary(let root)? = try editor.fileValue(number) else { throw NativeError("structure du PDF illisible") }
        try finish.visit(number, root)
        guard finish.figures == figureAlternatives.count else {
            throw NativeError("structure du PDF : \(finish.figures) figures pour \(figureAlternatives.count) textes de remplacement")
        }
        try finish.rewriteArtifacts(parentTree: editor.value(tree, "ParentTree"))
    }

    private init(editor: PDFEditor, alternatives: [String], cellSpans: [Int: (rows: Int, columns: Int)]) {
        self.editor = editor
        self.alternatives = alternatives
        self.cellSpans = cellSpans
    }

    /// Visits the children of `element`, object `number`, depth first (document order), dropping
    /// artifacts. The elements are read from the file's bytes (cairo writes each as an object of its
    /// own): qpdf reads only those that change, a few among thousands.
    private mutating func visit(_ number: Int, _ element: [String: PDFValue]) throws {
        guard let kids = element["K"] else { return }
        var artifactKids: Set<Int> = []
        let children: [PDFValue] = if case .array(let items) = kids { items } else { [kids] }
        for case .reference(let kid) in children {
            guard case .dictionary(let child)? = try editor.fileValue(kid), child["Type"] == .name("StructElem") else {
                continue  // a reference to another object
            }
            switch child["S"] {
            case .name("Private"):
                let object = editor.object(number: kid)
                try recordArtifact(object)
                editor.delete(object)
                artifactKids.insert(kid)
                continue
            case .name("Figure"):
                guard figures < alternatives.count else {
                    throw NativeError("structure du PDF : plus de figures que de textes de remplacement")
                }
                editor.set(editor.object(number: kid), "Alt", editor.string(alternatives[figures]))
                figures += 1
            case .name("TH"):
                editor.set(editor.object(number: kid), "A", editor.parse("<< /O /Table /Scope /Column\(spanAttributes()) >>"))
            case .name("TD"):
                let spans = spanAttributes()
                if !spans.isEmpty { editor.set(editor.object(number: kid), "A", editor.parse("<< /O /Table\(spans) >>")) }
            default:
                break
            }
            try visit(kid, child)
        }
        guard !artifactKids.isEmpty else { return }
        let parent = editor.object(number: number)
        guard let kidsObject = editor.value(parent, "K") else { return }
        let items = editor.items(kidsObject)
        editor.set(parent, "K", editor.array((items.isEmpty ? [kidsObject] : items).filter { !artifactKids.contains(editor.number($0)) }))
    }

    /// The next cell's `/RowSpan` and `/ColSpan` entries, when it spans more than one.
    private mutating func spanAttributes() -> String {
        defer { cells += 1 }
        guard let span = cellSpans[cells] else { return "" }
        return (span.rows > 1 ? " /RowSpan \(span.rows)" : "") + (span.columns > 1 ? " /ColSpan \(span.columns)" : "")
    }

    /// An artifact holds only marked content: MCIDs on its page, or references to marked content on
    /// another page.
    private mutating func recordArtifact(_ element: PDFEditor.Object) throws {
        guard let kids = editor.value(element, "K") else { return }
        let items = editor.items(kids)
        for kid in items.isEmpty ? [kids] : items {
            let reference = editor.isDictionary(kid, type: "MCR")
            guard let mcid = reference ? editor.integer(editor.value(kid, "MCID")) : editor.integer(kid),
                  let page = reference ? editor.value(kid, "Pg") : editor.value(element, "Pg") else {
                throw NativeError("structure du PDF : un artefact contient des éléments de structure")
            }
            artifacts[editor.number(page), default: []].insert(mcid)
        }
    }

    private func rewriteArtifacts(parentTree: PDFEditor.Object?) throws {
        guard !artifacts.isEmpty else { return }
        let numbers = editor.items(parentTree.flatMap { editor.value($0, "Nums") })
        var parents: [Int: PDFEditor.Object] = [:]
        for index in stride(from: 0, to: numbers.count - 1, by: 2) {
            if let key = editor.integer(numbers[index]) { parents[key] = numbers[index + 1] }
        }
        for page in editor.pages {
            guard let mcids = artifacts[editor.number(page)] else { continue }
            if let key = editor.integer(editor.value(page, "StructParents")), let parent = parents[key] {
                let count = editor.count(parent)
                for mcid in mcids where mcid < count { editor.setItem(parent, mcid, editor.null) }
            }
            guard let contents = editor.value(page, "Contents") else { continue }
            for stream in editor.isStream(contents) ? [contents] : editor.items(contents) {
                let data = try editor.streamData(stream)
                if let bytes = ArtifactMarking(content: data, mcids: mcids).rewritten() { editor.replaceStreamData(stream, bytes) }
            }
        }
    }
}
