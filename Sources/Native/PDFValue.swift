/// A PDF object as the file writes it, read without qpdf: enough of the syntax to walk through the
/// many small dictionaries of a structure tree. Strings, reals, booleans and null are `other`: no
/// walk needs their value.
public enum PDFValue: Equatable, Sendable {
    case integer(Int)
    /// Without its `/`, as written (cairo writes no `#` escapes).
    case name(String)
    case reference(Int)
    case array([PDFValue])
    case dictionary([String: PDFValue])
    case other

    /// The value after `n g obj` in an indirect object's bytes (a stream's dictionary for a stream).
    static func indirect(_ bytes: ArraySlice<UInt8>) throws -> PDFValue {
        var reader = Reader(bytes: bytes, index: bytes.startIndex)
        guard Int(reader.keyword()) != nil, Int(reader.keyword()) != nil, reader.keyword() == "obj",
              let value = try reader.value() else { throw Reader.unreadable }
        return value
    }

    private struct Reader {
        static let unreadable = NativeError("PDF rendu : objet illisible")
        let bytes: ArraySlice<UInt8>
        var index: Int

        private static func isSpace(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20: true
            default: false
            }
        }

        private static func isRegular(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
                 UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"): false
            default: !isSpace(byte)
            }
        }

        /// The next value; nil at a closing `]` or `>>` (left to read) or at the end.
        mutating func value() throws -> PDFValue? {
            skipSpaces()
            guard index < bytes.endIndex else { return nil }
            switch bytes[index] {
            case UInt8(ascii: "/"):
                index += 1
                return .name(word())
            case UInt8(ascii: "["):
                index += 1
                var items: [PDFValue] = []
                while let item = try value() { items.append(item) }
                try expect("]")
                return .array(items)
            case UInt8(ascii: "<") where next == UInt8(ascii: "<"):
                index += 2
                var entries: [String: PDFValue] = [:]
                while case .name(let key)? = try value() {
                    guard let entry = try value() else { throw Self.unreadable }
                    entries[key] = entry
                }
                try expect(">>")
                return .dictionary(entries)
            case UInt8(ascii: "<"):
                guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { throw Self.unreadable }
                index = end + 1
                return .other
            case UInt8(ascii: "("):
                guard let end = PDFSyntax.endOfLiteralString(in: bytes, from: index) else { throw Self.unreadable }
                index = end
                return .other
            case UInt8(ascii: "]"), UInt8(ascii: ">"):
                return nil
            default:
                let text = word()
                guard let number = Int(text) else {
                    guard ["true", "false", "null"].contains(text) || Double(text) != nil else { throw Self.unreadable }
                    return .other
                }
                // `n g R`: a reference, else the integer alone.
                let after = index
                if Int(keyword()) != nil, keyword() == "R" { return .reference(number) }
                index = after
                return .integer(number)
            }
        }

        /// The regular characters from here (a name, a number, a keyword).
        private mutating func word() -> String {
            let start = index
            while index < bytes.endIndex, Self.isRegular(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }

        mutating func keyword() -> String {
            skipSpaces()
            return word()
        }

        private var next: UInt8? { index + 1 < bytes.endIndex ? bytes[index + 1] : nil }

        private mutating func expect(_ text: String) throws {
            skipSpaces()
            guard bytes[index...].starts(with: text.utf8) else { throw Self.unreadable }
            index += text.utf8.count
        }

        private mutating func skipSpaces() {
            while index < bytes.endIndex {
                if Self.isSpace(bytes[index]) {
                    index += 1
                } else if bytes[index] == UInt8(ascii: "%") {
                    while index < bytes.endIndex, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                } else {
                    return
                }
            }
        }
    }
}
