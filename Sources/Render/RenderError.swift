/// A document the renderer cannot draw as given (a layout bug, not a user error): says what and where.
public struct RenderError: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
