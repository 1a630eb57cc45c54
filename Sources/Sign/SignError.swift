/// Why a document cannot be signed or a signature cannot be read, in French, naming the file.
public struct SignError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
