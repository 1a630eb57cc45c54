/// A document that cannot be made from the data given, saying which file and what is missing.
public struct PublishingError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
