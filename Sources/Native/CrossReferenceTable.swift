/// The classic cross-reference table of a PDF written in one piece, as cairo writes it: where each
/// object begins, and so the bytes of each, which run to the next object or to the table itself.
struct CrossReferenceTable {
    /// The objects in use, in file order: number and bytes (`n 0 obj … endobj` and the end of line after).
    let objects: [(number: Int32, bytes: Range<Int>)]
    /// Where the file's objects begin: after the header.
    let firstObject: Int

    init(_ pdf: [UInt8]) throws {
        var reader = Reader(bytes: pdf, index: 0)
        let tail = String(decoding: pdf.suffix(64), as: UTF8.self)
        guard let keyword = tail.range(of: "startxref", options: .backwards),
              let table = Int(tail[keyword.upperBound...].split(whereSeparator: \.isWhitespace).first ?? ""),
              table < pdf.count else { throw Self.unreadable }
        reader.index = table
        guard reader.token() == "xref" else { throw Self.unreadable }
        var starts: [(number: Int32, offset: Int)] = []
        while let token = reader.token(), token != "trailer" {
            guard let first = Int32(token), let count = reader.token().flatMap({ Int32($0) }) else { throw Self.unreadable }
            for number in first..<first + count {
                guard let offset = reader.token().flatMap({ Int($0) }), reader.token() != nil, let kind = reader.token(),
                      offset < table else { throw Self.unreadable }
                if kind == "n" { starts.append((number, offset)) }
            }
        }
        starts.sort { $0.offset < $1.offset }
        objects = starts.indices.map { index in
            (starts[index].number, starts[index].offset..<(index + 1 < starts.count ? starts[index + 1].offset : table))
        }
        firstObject = starts.first?.offset ?? table
    }

    private static let unreadable = NativeError("PDF rendu : table des références croisées illisible")

    /// Whitespace-separated words of the table.
    private struct Reader {
        let bytes: [UInt8]
        var index: Int

        mutating func token() -> String? {
            while index < bytes.count, [0x20, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
            let start = index
            while index < bytes.count, ![0x20, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
            return start < index ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
        }
    }
}
