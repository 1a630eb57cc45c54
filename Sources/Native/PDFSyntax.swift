/// PDF syntax shared by the readers of rendered files (`PDFValue`, the artifact marking of a page's content).
public enum PDFSyntax {
    /// The index just after the literal string `( … )` that starts at `start`: parentheses nest in
    /// balanced pairs and a backslash escapes the next byte. Nil when the string does not end.
    /// Inlinable: specialized where it is called, not walked through the generic collection byte by byte.
    @inlinable public static func endOfLiteralString<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, from start: Int) -> Int?
        where Bytes.Index == Int {
        var depth = 0, index = start
        while index < bytes.endIndex {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "("): depth += 1
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
            index += 1
        }
        return nil
    }
}
