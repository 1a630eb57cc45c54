/// A failure of a C library or of the resources it needs, with what failed and where.
public struct NativeError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
