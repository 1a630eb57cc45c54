/// A filter the caller adds to the template language (`{{ value|name }}` or `{{ value|name:argument }}`).
/// It receives the value and the arguments, already resolved. What it returns is printed escaped,
/// unless it is `XMLFragment` (already valid template XML). Each filter carries its documentation,
/// from which docs/catalogue.md is generated.
public struct TemplateFilter: Sendable {
    public let documentation: FilterDocumentation
    public let apply: @Sendable (Any?, [Any?]) throws -> Any?

    public init(_ summary: String, example: String, gives output: String,
                _ apply: @escaping @Sendable (Any?, [Any?]) throws -> Any?) {
        documentation = FilterDocumentation(summary: summary, example: example, output: output)
        self.apply = apply
    }

    /// A filter without arguments.
    public init(_ summary: String, example: String, gives output: String, _ apply: @escaping @Sendable (Any?) throws -> Any?) {
        self.init(summary, example: example, gives: output) { value, _ in try apply(value) }
    }
}

/// What the catalogue says of a filter: what it does in one French line, and a use of it in a
/// template with what that use expands to (a test expands every example and compares).
public struct FilterDocumentation: Sendable, Equatable {
    public var summary: String
    /// Template source, such as `{{ 1250|nombre }}`.
    public var example: String
    /// The text the example expands to, the XML escapes of the engine read back (`'`, not `&apos;`).
    public var output: String
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
    /// Escapes `& < > " '`, and drops the private characters the position markers use. Works on
    /// UTF-8: a dossier's texts pass through here, and most have nothing to escape.
    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        // The markers U+F8F0 to U+F8F3 are EF A3 B0 to EF A3 B3 in UTF-8.
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) else {
            return text
        }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 16)
        let bytes = Array(utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x26: result += Array("&amp;".utf8)
            case 0x3C: result += Array("&lt;".utf8)
            case 0x3E: result += Array("&gt;".utf8)
            case 0x22: result += Array("&quot;".utf8)
            case 0x27: result += Array("&apos;".utf8)
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xA3 && (0xB0...0xB3).contains(bytes[index + 2]):
                index += 2
            default: result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
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
