/// The operators of a content stream with their operands, as far as the accessibility checker needs
/// them: names, numbers and inline dictionaries' keys; strings and arrays are skipped whole. Inline
/// image data (`ID` … `EI`) is skipped.
struct ContentOperation {
    var operatorName: String
    /// Names (with their `/`) and numbers as written, in order, dictionary brackets as `<<` and `>>`.
    var operands: [String]
}

enum ContentTokens {
    static func operations(_ bytes: [UInt8]) -> [ContentOperation] {
        var result: [ContentOperation] = []
        var operands: [String] = []
        var index = 0
        func isDelimiter(_ byte: UInt8) -> Bool { Array("()<>[]{}/%".utf8).contains(byte) || isSpace(byte) }
        func isSpace(_ byte: UInt8) -> Bool { [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(byte) }
        func word() -> String {
            let start = index
            while index < bytes.count, !isDelimiter(bytes[index]) { index += 1 }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case _ where isSpace(byte): index += 1
            case UInt8(ascii: "%"):
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            case UInt8(ascii: "("):
                var depth = 0
                repeat {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    else if bytes[index] == UInt8(ascii: "(") { depth += 1 }
                    else if bytes[index] == UInt8(ascii: ")") { depth -= 1 }
                    index += 1
                } while index < bytes.count && depth > 0
                operands.append("(string)")
            case UInt8(ascii: "<") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "<"):
                operands.append("<<"); index += 2
            case UInt8(ascii: ">") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">"):
                operands.append(">>"); index += 2
            case UInt8(ascii: "<"):
                while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 }
                index += 1
                operands.append("(string)")
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                operands.append(String(UnicodeScalar(byte))); index += 1
            case UInt8(ascii: "/"):
                index += 1
                operands.append("/" + word())
            default:
                let token = word()
                if token.isEmpty { index += 1; continue }
                if token.first.map({ $0.isNumber || "+-.".contains($0) }) == true || ["true", "false", "null"].contains(token) {
                    operands.append(token)
                    continue
                }
                result.append(ContentOperation(operatorName: token, operands: operands))
                operands = []
                if token == "ID" {
                    // Binary data up to « EI » between white space.
                    index += 1
                    while index + 2 < bytes.count,
                          !(isSpace(bytes[index - 1]) && bytes[index] == UInt8(ascii: "E") && bytes[index + 1] == UInt8(ascii: "I")
                            && (index + 2 == bytes.count || isSpace(bytes[index + 2]))) { index += 1 }
                    index += 2
                    result.append(ContentOperation(operatorName: "EI", operands: []))
                }
            }
        }
        return result
    }
}
