/// A filter the caller adds to the template language (`{{ value|name }}` or `{{ value|name:argument }}`).
/// It receives the value and the arguments, already resolved. What it returns is printed escaped,
/// unless it is `XMLFragment` (already valid template XML).
public struct TemplateFilter: Sendable {
    public let apply: @Sendable (Any?, [Any?]) throws -> Any?

    public init(_ apply: @escaping @Sendable (Any?, [Any?]) throws -> Any?) { self.apply = apply }

    /// A filter without arguments.
    public init(_ apply: @escaping @Sendable (Any?) throws -> Any?) {
        self.apply = { value, _ in try apply(value) }
    }
}

/// Text that is already XML of the template vocabulary: printed as is, not escaped.
public struct XMLFragment: CustomStringConvertible, Sendable, Hashable {
    public var xml: String
    public init(_ xml: String) { self.xml = xml }
    public var description: String { xml }
}

/// A filter's refusal (wrong type of value, bad argument); reported at the filter's place in the template.
public struct FilterError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

enum XMLEscaping {
    /// Escapes `& < > " '`, and drops the private characters the position markers use.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default:
                if !Marker.isMarkerCharacter(character) { result.append(character) }
            }
        }
        return result
    }
}

/// How a value prints: strings as they are, numbers and others through their description.
func printedText(_ value: Any?) -> String {
    switch value {
    case nil: return ""
    case let string as String: return string
    case let convertible as CustomStringConvertible: return convertible.description
    case let some?: return String(describing: some)
    }
}
