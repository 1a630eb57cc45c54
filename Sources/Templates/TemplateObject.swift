import Stencil

/// A mapping of the data as templates see it: `{{ etablissement.nom }}` looks the key up directly.
/// Stencil copies every plain dictionary it walks through (recursively) at each lookup; wrapped in
/// this value, a school's data is looked up, never copied. A struct, not a class: each cast Stencil
/// tries on a class instance also looks for a boxed or bridged value inside it.
struct TemplateObject: DynamicMemberLookup {
    private let fields: [String: Any]

    init(_ fields: [String: Any]) { self.fields = fields }

    subscript(dynamicMember member: String) -> Any? { fields[member] }

    /// The keys it holds (for the suggestion of a misspelt one).
    var keys: [String] { Array(fields.keys) }

    /// `value` with every dictionary inside it, at any depth, wrapped.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]: return TemplateObject(dictionary.mapValues(wrap))
        case let array as [Any]: return array.map(wrap)
        default: return value
        }
    }

    /// A template context: its top level stays a dictionary, everything below is wrapped.
    static func context(_ values: [String: Any]) -> [String: Any] { values.mapValues(wrap) }
}
