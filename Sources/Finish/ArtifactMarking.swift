import Native

/// Turns the marked content of artifacts in a page's content stream, `/Private <</MCID n>> BDC` as
/// cairo writes it, into `/Artifact BMC` (its `EMC` stays). Strings are skipped, so that text cannot
/// pass for an operator.
struct ArtifactMarking {
    let content: [UInt8]
    /// The marked-content ids of the page's artifacts.
    let mcids: Set<Int>

    /// The stream with the artifacts marked, nil when it has none.
    func rewritten() -> [UInt8]? {
        var output: [UInt8] = []
        var copied = 0
        var index = 0
        while index < content.count {
            switch content[index] {
            case UInt8(ascii: "("): index = PDFSyntax.endOfLiteralString(in: content, from: index) ?? content.count
            case UInt8(ascii: "<") where index + 1 < content.count && content[index + 1] != UInt8(ascii: "<"):
                index = (content[index...].firstIndex(of: UInt8(ascii: ">")) ?? content.count - 1) + 1
            case UInt8(ascii: "/"):
                if let end = artifactOperator(at: index) {
                    output += content[copied..<index] + Array("/Artifact BMC".utf8)
                    copied = end
                    index = end
                } else {
                    index += 1
                }
            default: index += 1
            }
        }
        guard copied > 0 else { return nil }
        return output + content[copied...]
    }

    /// The end of `/Private << /MCID n >> BDC` starting at `start`, for an artifact's n.
    private func artifactOperator(at start: Int) -> Int? {
        var index = start
        func skipSpace() { while index < content.count, [0x20, 0x0A, 0x0D, 0x09].contains(content[index]) { index += 1 } }
        func expect(_ word: String) -> Bool {
            let bytes = Array(word.utf8)
            guard content.count - index >= bytes.count, Array(content[index..<index + bytes.count]) == bytes else { return false }
            index += bytes.count
            skipSpace()
            return true
        }
        guard expect("/Private"), expect("<<"), expect("/MCID") else { return nil }
        var mcid = 0, digits = 0
        while index < content.count, (0x30...0x39).contains(content[index]) {
            mcid = mcid * 10 + Int(content[index] - 0x30)
            digits += 1
            index += 1
        }
        skipSpace()
        guard digits > 0, mcids.contains(mcid), expect(">>"), content.count - index >= 3,
              Array(content[index..<index + 3]) == Array("BDC".utf8) else { return nil }
        return index + 3
    }
}
