/// The classic cross-reference table of a PDF written in one piece, as cairo writes it: where each
/// object begins, and so the bytes of each, which run to the next object or to the table itself.
/// Also how every table ldm writes is found and written: a finished file's, a signature's update.
public struct CrossReferenceTable {
    /// The objects in use, in file order: number and bytes (`n 0 obj … endobj` and the end of line after).
    let objects: [(number: Int32, bytes: Range<Int>)]
    /// Where the file's objects begin: after the header.
    let firstObject: Int

    init(_ pdf: [UInt8]) throws {
        var reader = Reader(bytes: pdf, index: 0)
        guard let table = Self.lastStart(of: pdf), table < pdf.count else { throw Self.unreadable }
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

    /// Where the file's last cross-reference section starts: the offset after its last `startxref`.
    public static func lastStart(of pdf: [UInt8]) -> Int? {
        let tail = String(decoding: pdf.suffix(64), as: UTF8.self)
        guard let keyword = tail.range(of: "startxref", options: .backwards) else { return nil }
        return Int(tail[keyword.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "")
    }

    /// A cross-reference section for the objects at `offsets` (number → byte offset), each entry 20
    /// bytes. With `size`, the table of a file written in one piece: one subsection of the objects 0
    /// to `size` - 1, where each number not written is free and gives the next free one (the last 0).
    /// Without, an update's section: one subsection per run of consecutive numbers.
    public static func section(_ offsets: [Int: Int], size: Int? = nil) -> [UInt8] {
        func entry(_ offset: Int, generation: String = "00000", _ kind: Character = "n") -> String {
            "\(String(offset).zeroPadded(to: 10)) \(generation) \(kind) \n"
        }
        var text = "xref\n"
        if let size {
            let free = (0..<size).filter { offsets[$0] == nil }
            text += "0 \(size)\n"
            var nextFree = free.dropFirst().makeIterator()
            for number in 0..<size {
                if let offset = offsets[number] { text += entry(offset); continue }
                text += entry(nextFree.next() ?? 0, generation: number == 0 ? "65535" : "00001", "f")
            }
            return Array(text.utf8)
        }
        var run: [Int] = []
        func flush() {
            guard let first = run.first else { return }
            text += "\(first) \(run.count)\n" + run.map { entry(offsets[$0]!) }.joined()
            run = []
        }
        for number in offsets.keys.sorted() {
            if let last = run.last, number != last + 1 { flush() }
            run.append(number)
        }
        flush()
        return Array(text.utf8)
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
