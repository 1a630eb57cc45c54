/// A node of a parsed data file with its position: the decoders' only view of YAML or JSON.
public struct DataNode: Sendable {
    public struct Entry: Sendable {
        public var key: DataNode
        public var value: DataNode
    }

    public indirect enum Content: Sendable {
        /// `quoted` is true for single- or double-quoted scalars (and block scalars), which are always text.
        case scalar(String, quoted: Bool)
        case mapping([Entry])
        case sequence([DataNode])
    }

    public var content: Content
    public var location: SourceLocation

    /// An unquoted `~`, `null` or nothing at all.
    public var isNull: Bool {
        guard case .scalar(let text, quoted: false) = content else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// What the node is, for messages: « une liste », « une table », « rien », or the value in « ».
    var summary: String {
        switch content {
        case .mapping: return "une table"
        case .sequence: return "une liste"
        case .scalar(let text, _):
            if isNull { return "rien" }
            let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "« \(short.replacingOccurrences(of: "\n", with: " ")) »"
        }
    }
}
