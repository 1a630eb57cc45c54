/// What went wrong with a registry, in French: the people who run ldm read it.
public struct RegistryError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
