import Stencil

/// A variable of plain names (`etablissement.adresse.ville`, `membres.0.nom`) looked up in the data
/// as Stencil's `Variable` would, without what Stencil does at every look-up: parse the path again,
/// and try half a dozen casts on each value met. Only the data's own kinds of values are walked
/// here (`TemplateObject`, arrays) and only those kinds and plain scalars returned; any other value
/// met (a loop's `forloop`, `block`, a literal, brackets) is left to Stencil, which gives the value.
struct DataPath {
    let variable: Variable
    /// Nil: Stencil looks the whole variable up.
    private let names: [String]?

    init(_ variable: String) {
        self.variable = Variable(variable)
        let names = variable.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        self.names = variable.contains("[") || names.contains(where: \.isEmpty) ? nil : names
    }

    func resolve(_ context: Context) throws -> Any? {
        guard let names else { return try variable.resolve(context) }
        var current = context[names[0]]
        for name in names.dropFirst() {
            switch current {
            case nil: return nil
            case let object as TemplateObject: current = object[dynamicMember: name]
            case let array as [Any] where name != "last": current = Self.element(name, of: array)
            default: return try variable.resolve(context)
            }
        }
        switch current {
        case nil, is TemplateObject, is String, is [Any], is Int, is Double, is Bool: return current
        default: return try variable.resolve(context)
        }
    }

    /// What Stencil finds under `name` in an array: an element by its index, the first, the count.
    private static func element(_ name: String, of array: [Any]) -> Any? {
        if let index = Int(name) { return array.indices.contains(index) ? array[index] : nil }
        switch name {
        case "first": return array.first
        case "count": return array.count
        default: return nil
        }
    }
}
