/// A document the engine cannot lay out, with what is wrong and where in the document.
public struct LayoutError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
