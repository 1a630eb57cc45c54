import DocumentTree
/// A document the engine cannot lay out, with what is wrong and where in the document.
public struct LayoutError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    /// The template line of the block at fault, when the document tree knows it.
    public var source: SourceSite?
    public var hint: String?
    public init(_ message: String, at source: SourceSite? = nil, hint: String? = nil) {
        self.message = message; self.source = source; self.hint = hint
    }
    public var description: String { message }
}
