/// A cheap upper bound of the YAML text's nesting depth, computed before parsing because the YAML
/// composer recurses once per level: a file of ten million `[` would overflow the stack.
///
/// On each line the bound is the open flow brackets, plus two levels per column of indentation
/// (a block collection is indented more than its parent, or equally for a list under a key),
/// plus the list and explicit-key indicators of the line. Opening brackets count even inside quotes,
/// closing ones only outside, so a misread quote can only raise the bound. Ordinary files stay far below.
enum NestingScan {
    static let limit = 200

    /// The bytes the scan looks at: line ends, indentation, brackets, quotes and block indicators.
    private static let isSpecial: [Bool] = (0..<256).map { byte in
        "\n \t[]{}'\"\\-?:,".utf8.contains(UInt8(byte))
    }

    /// The position where the bound first exceeds `limit`, if it does. Read as UTF-8: every character
    /// that matters is ASCII, and a multi-byte character counts as one column.
    static func firstTooDeep(_ text: String) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { bytes in isSpecial.withUnsafeBufferPointer { firstTooDeep(bytes, isSpecial: $0) } }
    }

    private static func firstTooDeep(_ bytes: UnsafeBufferPointer<UInt8>,
                                     isSpecial: UnsafeBufferPointer<Bool>) -> (line: Int, column: Int)? {
        var flowDepth = 0
        var quote: UInt8?
        var escaped = false
        var line = 1
        var column = 0
        var indent = 0
        var atLineStart = true
        var indicators = 0
        var previous = UInt8(ascii: "\n")
        for byte in bytes {
            if byte & 0xC0 == 0x80 { continue }  // the rest of a multi-byte character
            column += 1
            // Most bytes are letters of long texts: past a line's indentation they change nothing but
            // what comes before the next byte.
            if !isSpecial[Int(byte)], !atLineStart {
                escaped = false
                previous = byte
                continue
            }
            if byte == UInt8(ascii: "\n") {
                line += 1; column = 0; indent = 0; atLineStart = true; indicators = 0; previous = byte
                continue
            }
            if atLineStart {
                if byte == UInt8(ascii: " ") { indent += 1; previous = byte; continue }
                atLineStart = false
            }
            let tokenStart = switch previous {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: ":"): true
            default: column == indent + 1
            }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
                flowDepth += 1
            } else if let open = quote {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") && open == UInt8(ascii: "\"") {
                    escaped = true
                } else if byte == open {
                    quote = nil
                }
            } else if byte == UInt8(ascii: "'") && previous == UInt8(ascii: "'") {
                quote = UInt8(ascii: "'")  // '' inside a single-quoted scalar is an escaped quote, not its end
            } else if (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")) && tokenStart {
                quote = byte
            } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
                flowDepth = max(0, flowDepth - 1)
            } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "?")) && tokenStart {
                indicators += 1
            }
            previous = byte
            if flowDepth + 2 * (indent + 1) + indicators > limit { return (line, column) }
        }
        return nil
    }
}
