import Crypto
import Foundation
import Native

/// Signs a finished PDF as PAdES-B-B: an incremental update appended to the finished file (the signed
/// bytes stay as they were) with a signature dictionary (`/SubFilter /ETSI.CAdES.detached`, a
/// reserved `/Contents`, `/ByteRange` covering the whole file but the `/Contents`), an invisible
/// signature field on the first page (`/F 4` and an empty appearance, as PDF/A asks), the catalogue's `/AcroForm`, a new
/// cross-reference section and a trailer pointing to the previous one. In a tagged file the field's widget is the
/// content of a `Form` element at the end of the document's structure, as PDF/UA-1 wants of every widget.
public enum PDFSignature {
    /// Room for the CMS: 8 KiB is ample for a P-256 or RSA-2048 signer and a CA or two.
    static let reserved = 8192

    public static func sign(_ pdf: [UInt8], identity: SigningIdentity, date: Date = Date()) throws -> [UInt8] {
        let editor = try PDFEditor(pdf: pdf)
        guard let firstPage = editor.pages.first, let size = editor.integer(editor.value(editor.trailer, "Size")),
              let previous = CrossReferenceTable.lastStart(of: pdf) else {
            throw SignError("le PDF à signer n'a pas la structure attendue (page, /Size, startxref)")
        }
        let signatureNumber = size, fieldNumber = size + 1, appearanceNumber = size + 2
        let page = editor.number(firstPage), root = editor.number(editor.root)

        let placeholder = "[" + String(repeating: " ", count: 40) + "]"
        let signature = """
        << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange \(placeholder) \
        /M (\(SignatureTime.pdf(date))) /Contents <\(String(repeating: "0", count: 2 * reserved))> >>
        """
        let formNumber = size + 3
        let structure = try formElement(editor, number: formNumber, field: fieldNumber, page: page)
        let structParent = structure.map { " /StructParent \($0.key)" } ?? ""
        let field = "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature) /V \(signatureNumber) 0 R /P \(page) 0 R /Rect [0 0 0 0] /F 4 /AP << /N \(appearanceNumber) 0 R >>\(structParent) >>"
        // PDF/A-1 wants an appearance for every widget, even an invisible one: an empty form.
        let appearance = "<< /Type /XObject /Subtype /Form /BBox [0 0 0 0] /Length 0 >>\nstream\n\nendstream"
        let fieldReference = "\(fieldNumber) 0 R"
        let existingFields = editor.items(editor.value(editor.root, "AcroForm").flatMap { editor.value($0, "Fields") })
        let catalogue = rewritten(editor, editor.root, replacing: [
            "AcroForm": "<< /Fields [\((existingFields.map(editor.syntax) + [fieldReference]).joined(separator: " "))] /SigFlags 3 >>"])
        let annotations = editor.items(editor.value(firstPage, "Annots")).map(editor.syntax) + [fieldReference]
        let pageDictionary = rewritten(editor, firstPage, replacing: ["Annots": "[\(annotations.joined(separator: " "))]"])

        var output = pdf
        if output.last != UInt8(ascii: "\n") { output.append(UInt8(ascii: "\n")) }
        var offsets: [Int: Int] = [:]
        let objects = [(root, catalogue), (page, pageDictionary), (signatureNumber, signature), (fieldNumber, field),
                       (appearanceNumber, appearance)] + (structure?.objects ?? [])
        for (number, body) in objects {
            offsets[number] = output.count
            output += Array("\(number) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let crossReference = output.count
        output += CrossReferenceTable.section(offsets)
        var trailer = "/Size \(structure == nil ? formNumber : formNumber + 1) /Root \(root) 0 R /Prev \(previous)"
        for key in ["Info", "ID"] {
            if let value = editor.value(editor.trailer, key) { trailer += " /\(key) \(editor.syntax(value))" }
        }
        output += Array("trailer\n<< \(trailer) >>\nstartxref\n\(crossReference)\n%%EOF\n".utf8)

        // The byte ranges: everything before the `<` of /Contents and everything after its `>`.
        let signatureStart = offsets[signatureNumber]!
        let contentsStart = try find("/Contents <", in: output, from: signatureStart) + "/Contents ".utf8.count
        let contentsEnd = contentsStart + 2 * reserved + 2
        let ranges = "[0 \(contentsStart) \(contentsEnd) \(output.count - contentsEnd)]"
        let rangeStart = try find(placeholder, in: output, from: signatureStart)
        let paddedRanges = ranges + String(repeating: " ", count: placeholder.utf8.count - ranges.utf8.count)
        output.replaceSubrange(rangeStart..<rangeStart + placeholder.utf8.count, with: Array(paddedRanges.utf8))

        var hasher = Crypto.SHA256()
        hasher.update(data: output[0..<contentsStart])
        hasher.update(data: output[contentsEnd...])
        let cms = try CMSSignature.signedData(digest: Array(hasher.finalize()), identity: identity)
        guard cms.count <= reserved else {
            throw SignError("la signature (\(cms.count) octets) dépasse la place réservée (\(reserved) octets) : la chaîne de certificats est trop longue")
        }
        let hex = Array(cms.map { String(format: "%02X", $0) }.joined().utf8)
        output.replaceSubrange(contentsStart + 1..<contentsStart + 1 + hex.count, with: hex)
        return output
    }

    /// The `Form` element (object `number`) holding the widget `field` as the last child of the
    /// document's top element, and the parent-tree entry (`key`) that maps the widget back to it: the
    /// objects to write, the form's included. Nil for an untagged file.
    private static func formElement(_ editor: PDFEditor, number: Int, field: Int, page: Int) throws
        -> (key: Int, objects: [(Int, String)])? {
        guard let tree = editor.value(editor.root, "StructTreeRoot") else { return nil }
        let top = editor.items(editor.value(tree, "K")).last ?? editor.value(tree, "K")
        guard let top, editor.number(top) != 0, editor.number(tree) != 0,
              let parentTree = editor.value(tree, "ParentTree"), let numbers = editor.value(parentTree, "Nums") else {
            throw SignError("l'arbre de structure du PDF à signer n'a pas la forme attendue (élément Document, arbre des parents)")
        }
        let entries = editor.items(numbers)
        let keys = stride(from: 0, to: entries.count, by: 2).compactMap { editor.integer(entries[$0]) }
        let key = max(keys.max().map { $0 + 1 } ?? 0, editor.integer(editor.value(tree, "ParentTreeNextKey")) ?? 0)
        let form = "<< /Type /StructElem /S /Form /P \(editor.number(top)) 0 R /Pg \(page) 0 R /K << /Type /OBJR /Obj \(field) 0 R /Pg \(page) 0 R >> >>"
        let kids = editor.value(top, "K").map { value in editor.items(value).isEmpty ? [value] : editor.items(value) } ?? []
        let topElement = rewritten(editor, top, replacing: ["K": "[\((kids.map(editor.syntax) + ["\(number) 0 R"]).joined(separator: " "))]"])
        let newNumbers = "[\((entries.map(editor.syntax) + ["\(key)", "\(number) 0 R"]).joined(separator: " "))]"
        var objects = [(number, form), (editor.number(top), topElement)]
        var treeEntries = ["ParentTreeNextKey": "\(key + 1)"]
        if editor.number(parentTree) != 0 {
            objects.append((editor.number(parentTree), rewritten(editor, parentTree, replacing: ["Nums": newNumbers])))
        } else {
            treeEntries["ParentTree"] = "<< /Nums \(newNumbers) >>"
        }
        objects.append((editor.number(tree), rewritten(editor, tree, replacing: treeEntries)))
        return (key, objects)
    }

    /// A dictionary in PDF syntax with the entries of `values` set (keys without their slash) and its
    /// other entries kept.
    private static func rewritten(_ editor: PDFEditor, _ object: PDFEditor.Object, replacing values: [String: String]) -> String {
        let kept = editor.keys(object).filter { values[$0] == nil }.map { "/\($0) \(editor.syntax(editor.value(object, $0)!))" }
        let set = values.keys.sorted().map { "/\($0) \(values[$0]!)" }
        return "<< " + (kept + set).joined(separator: " ") + " >>"
    }

    private static func find(_ text: String, in bytes: [UInt8], from start: Int) throws -> Int {
        let needle = Array(text.utf8)
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<index + needle.count]) == needle { return index }
            index += 1
        }
        throw SignError("la signature n'a pu être placée dans le PDF")
    }
}
