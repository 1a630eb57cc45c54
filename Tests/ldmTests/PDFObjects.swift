import Foundation

/// A PDF's objects as `qpdf --json` (version 2) gives them, streams decoded: what the accessibility
/// checker reads, independently of ldm's own qpdf wrapper. Values stay as qpdf writes them in JSON:
/// names `/Name`, strings `u:text` or `b:hex`, references `12 0 R`, dictionaries, arrays, numbers.
/// Tests change objects in place to make a file break one rule.
struct PDFObjects {
    private(set) var objects: [String: Any] = [:]
    private(set) var streams: [String: [UInt8]] = [:]
    let trailer: [String: Any]
    /// Page references in page order.
    let pages: [String]

    init(file: URL) throws {
        let run = try Command.run("/usr/bin/qpdf", ["--json", "--json-stream-data=inline", "--decode-level=generalized", file.path])
        guard run.status == 0 || run.status == 3 else { throw CocoaError(.fileReadCorruptFile, userInfo: ["qpdf": run.stderr]) }
        let json = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] ?? [:]
        pages = (json["pages"] as? [[String: Any]] ?? []).compactMap { $0["object"] as? String }
        let all = (json["qpdf"] as? [Any])?.last as? [String: Any] ?? [:]
        trailer = (all["trailer"] as? [String: Any])?["value"] as? [String: Any] ?? [:]
        for (key, entry) in all where key.hasPrefix("obj:") {
            let reference = String(key.dropFirst(4))
            guard let entry = entry as? [String: Any] else { continue }
            if let stream = entry["stream"] as? [String: Any] {
                objects[reference] = stream["dict"]
                streams[reference] = (stream["data"] as? String).flatMap { Data(base64Encoded: $0) }.map { Array($0) }
            } else {
                objects[reference] = entry["value"]
            }
        }
    }

    var root: [String: Any] { dictionary(trailer["/Root"]) ?? [:] }

    /// A value with references followed.
    func resolve(_ value: Any?) -> Any? {
        if let reference = value as? String, Self.isReference(reference) { return objects[reference] }
        return value
    }

    static func isReference(_ text: String) -> Bool { text.hasSuffix(" R") && text.first?.isNumber == true }

    func dictionary(_ value: Any?) -> [String: Any]? { resolve(value) as? [String: Any] }
    func array(_ value: Any?) -> [Any] { resolve(value) as? [Any] ?? [] }
    func integer(_ value: Any?) -> Int? { (resolve(value) as? NSNumber)?.intValue }
    func name(_ value: Any?) -> String? {
        guard let text = resolve(value) as? String, text.hasPrefix("/") else { return nil }
        return String(text.dropFirst())
    }

    /// A text string: `u:` holds it as is, `b:` as bytes in UTF-16 (with its mark) or PDFDocEncoding.
    func text(_ value: Any?) -> String? {
        guard let text = resolve(value) as? String else { return nil }
        if text.hasPrefix("u:") { return String(text.dropFirst(2)) }
        guard text.hasPrefix("b:") else { return nil }
        let hex = Array(text.dropFirst(2))
        let bytes = stride(from: 0, to: hex.count - 1, by: 2).compactMap { UInt8(String(hex[$0...$0 + 1]), radix: 16) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The decoded data of a page's content streams, one after the other.
    func content(ofPage page: String) -> [UInt8] {
        let contents = dictionary(page)?["/Contents"]
        let references = (contents as? [Any] ?? [contents as Any]).compactMap { $0 as? String }
        return references.flatMap { (streams[$0] ?? []) + [0x0A] }
    }

    // MARK: changing, to make a file break a rule

    mutating func change(_ reference: String, _ edit: (inout [String: Any]) -> Void) {
        guard var dictionary = objects[reference] as? [String: Any] else { return }
        edit(&dictionary)
        objects[reference] = dictionary
    }

    mutating func setData(_ reference: String, _ data: [UInt8]) { streams[reference] = data }

    /// Every indirect dictionary whose `/S` or `/Subtype` is `role`, by reference.
    func references(where key: String, is value: String) -> [String] {
        objects.keys.sorted().filter { name((objects[$0] as? [String: Any])?[key]) == value }
    }
}
