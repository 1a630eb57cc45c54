import Stencil

/// A `{{ }}` expression evaluated without Stencil's general machinery when it can be: a dotted path
/// into the data (`etablissement.adresse.commune`, `f.voies.scolaire`, `forloop.counter`), then
/// filters of the engine's own or `default`. At each step of a path Stencil tries a dozen casts, most
/// of them to protocols (6,870 look-ups cost 370 million instructions on a 100-page dossier); this
/// tries the few types a template's data are made of, and hands anything else back to Stencil,
/// which then evaluates the whole expression as before.
struct DirectExpression {
    private let path: [String]
    private let filters: [(apply: @Sendable (Any?, [Any?]) throws -> Any?, arguments: [Variable])]

    enum Outcome {
        case value(Any?)
        /// A value of a type only Stencil knows how to look into (a structure, a lazy value).
        case unsupported
    }

    /// Nil when the expression is not a plain path with such filters.
    init?(_ chain: FilterChain, filters known: [String: TemplateFilter]) {
        let variable = chain.variable
        guard Int(variable) == nil, Double(variable) == nil, Bool(variable) == nil, variable != "block.super" else { return nil }
        let bits = variable.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = bits.first, Self.isName(first), bits.dropFirst().allSatisfy({ Self.isName($0) || Int($0) != nil }) else {
            return nil
        }
        var filters: [(apply: @Sendable (Any?, [Any?]) throws -> Any?, arguments: [Variable])] = []
        for part in chain.filters {
            let arguments = Self.arguments(part.arguments)
            if let filter = known[part.name] {
                filters.append((filter.apply, arguments))
            } else if part.name == "default" {
                // Stencil's: the value, else the first argument that is one.
                filters.append(({ value, arguments in value ?? arguments.lazy.compactMap { $0 }.first }, arguments))
            } else {
                return nil  // another of Stencil's own filters
            }
        }
        path = bits
        self.filters = filters
    }

    private static func isName(_ bit: String) -> Bool {
        guard let first = bit.unicodeScalars.first, first == "_" || first.properties.isAlphabetic else { return false }
        return bit.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
    }

    /// `"—", 2` as Stencil splits a filter's arguments: at commas outside quotes.
    private static func arguments(_ text: String?) -> [Variable] {
        guard let text else { return [] }
        return FilterChain.split(text, at: ",").map { Variable($0.0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The path's value (nil when a step finds nothing).
    func resolvePath(in context: Context) -> Outcome {
        var current = context[path[0]]
        for bit in path.dropFirst() {
            guard let value = current else { return .value(nil) }
            if let object = value as? TemplateObject {
                current = object[dynamicMember: bit]
            } else if let dictionary = value as? [String: Any] {
                current = bit == "count" ? dictionary.count : dictionary[bit]
            } else if let array = value as? [Any] {
                current = Self.element(bit, of: array)
            } else if let string = value as? String {
                current = Self.element(bit, of: string)
            } else {
                return .unsupported
            }
        }
        guard let value = current else { return .value(nil) }
        switch value {
        case is String, is Int, is Double, is Bool, is TemplateObject, is XMLFragment, is [Any], is [String: Any]:
            return .value(value)
        default:
            return .unsupported
        }
    }

    /// Stencil's steps into a list or a string: an index, `first`, `last` or `count`.
    private static func element<C: Collection>(_ bit: String, of collection: C) -> Any? {
        if let index = Int(bit) {
            return index >= 0 && index < collection.count ? collection[collection.index(collection.startIndex, offsetBy: index)] : nil
        }
        switch bit {
        case "first": return collection.first
        case "last": return collection.isEmpty ? nil : collection[collection.index(collection.endIndex, offsetBy: -1)]
        case "count": return collection.count
        default: return nil
        }
    }

    /// The filters applied to `value` in turn, their arguments resolved by Stencil (literals, mostly).
    func applyFilters(to value: Any?, in context: Context) throws -> Any? {
        var result = value
        for filter in filters {
            result = try filter.apply(result, try filter.arguments.map { try $0.resolve(context) })
        }
        return result
    }
}
