import Native

/// The Info dictionary's entries that PDF/A asks the XMP packet to repeat, read from the file;
/// its creation date is rewritten in PDF's own `D:` form, which cairo 1.16 does not use.
struct DocumentInfo {
    var title = "", author = "", subject = "", keywords = "", creator = "", producer = ""
    /// `YYYY-MM-DDTHH:MM:SSZ`, or empty.
    var creationDate = ""

    init(editor: PDFEditor) throws {
        guard let info = editor.value(editor.trailer, "Info") else { return }
        func text(_ key: String) -> String { editor.text(editor.value(info, key)) ?? "" }
        title = text("Title"); author = text("Author"); subject = text("Subject")
        keywords = text("Keywords"); creator = text("Creator"); producer = text("Producer")
        let digits = text("CreationDate").replacingOccurrences(of: "D:", with: "").filter(\.isNumber)
        guard digits.count >= 14 else { editor.remove(info, "CreationDate"); return }
        let d = Array(digits)
        func part(_ range: Range<Int>) -> String { String(d[range]) }
        creationDate = "\(part(0..<4))-\(part(4..<6))-\(part(6..<8))T\(part(8..<10)):\(part(10..<12)):\(part(12..<14))Z"
        editor.set(info, "CreationDate", editor.string("D:" + part(0..<14) + "Z"))
    }
}
