import Stencil

/// `{% if %}`, `{% elif %}`, `{% else %}`, `{% endif %}` parsed and rendered as Stencil does, with
/// the usual conditions (a path, `not` a path, a path `==` or `!=` a literal) evaluated through
/// `DirectExpression`: a 300-row formation table asks four of them a row. Any other condition, or
/// a value of a type only Stencil looks into, is left to Stencil's own expression.
final class IfTagNode: NodeType {
    private struct Branch {
        var condition: Condition?
        var nodes: [NodeType]
    }
    private let branches: [Branch]
    let token: Token?

    private init(branches: [Branch], token: Token) {
        self.branches = branches
        self.token = token
    }

    static func parse(_ parser: TokenParser, token: Token, filters: [String: TemplateFilter]) throws -> NodeType {
        let ends: (TokenParser, Token) -> Bool = { _, token in ["endif", "elif", "else"].contains(token.components.first ?? "") }
        func condition(_ token: Token) throws -> Condition {
            let components = Array(token.components.dropFirst())
            return Condition(stencil: try parser.compileExpression(components: components, token: token),
                             direct: DirectCondition(components, filters: filters))
        }
        var branches = [Branch(condition: try condition(token), nodes: try parser.parse(ends))]
        var next = parser.nextToken()
        while let current = next, current.contents.hasPrefix("elif") {
            branches.append(Branch(condition: try condition(current), nodes: try parser.parse(ends)))
            next = parser.nextToken()
        }
        if let current = next, current.contents == "else" {
            branches.append(Branch(condition: nil, nodes: try parser.parse { _, token in token.components.first == "endif" }))
            next = parser.nextToken()
        }
        guard let current = next, current.contents == "endif" else { throw TemplateSyntaxError("`endif` was not found.") }
        return IfTagNode(branches: branches, token: token)
    }

    func render(_ context: Context) throws -> String {
        for branch in branches where try branch.condition?.holds(in: context) ?? true {
            return try context.push { try renderNodes(branch.nodes, context) }
        }
        return ""
    }
}

private struct Condition {
    let stencil: Expression
    let direct: DirectCondition?

    func holds(in context: Context) throws -> Bool {
        if let direct, let result = try direct.holds(in: context) { return result }
        return try stencil.evaluate(context: context)
    }
}

/// A condition on one path, decided with Stencil's rules: what is empty, false, zero or absent is
/// false; `==` compares numbers as numbers, then strings, then booleans.
struct DirectCondition {
    private enum Test {
        case truthy, falsy
        case equals(Any?), differs(Any?)
    }
    private let expression: DirectExpression
    private let test: Test

    init?(_ components: [String], filters: [String: TemplateFilter]) {
        let test: Test
        let path: String
        switch components.count {
        case 1: (test, path) = (.truthy, components[0])
        case 2 where components[0] == "not": (test, path) = (.falsy, components[1])
        case 3 where ["==", "!="].contains(components[1]):
            // The literal, as Stencil reads it: a quoted string or a number.
            let literal = components[2]
            let quoted = literal.count >= 2 && (literal.first == "\"" && literal.last == "\"" || literal.first == "'" && literal.last == "'")
            guard quoted || Int(literal) != nil || Float(literal) != nil,
                  let value = try? Variable(literal).resolve(Context()) else { return nil }
            (test, path) = (components[1] == "==" ? .equals(value) : .differs(value), components[0])
        default: return nil
        }
        guard let expression = DirectExpression(FilterChain(path), filters: filters) else { return nil }
        self.expression = expression
        self.test = test
    }

    /// Nil when Stencil must decide: a value of a type these rules do not know.
    func holds(in context: Context) throws -> Bool? {
        guard case .value(let resolved) = expression.resolvePath(in: context) else { return nil }
        let value = try expression.applyFilters(to: resolved, in: context)
        switch test {
        case .truthy: return Self.truth(value)
        case .falsy: return Self.truth(value).map(!)
        case .equals(let literal): return Self.equal(value, literal)
        case .differs(let literal): return Self.equal(value, literal).map(!)
        }
    }

    private static func truth(_ value: Any?) -> Bool? {
        switch value {
        case nil: return false
        case let string as String: return !string.isEmpty
        case let bool as Bool: return bool
        case let array as [Any]: return !array.isEmpty
        case let dictionary as [String: Any]: return !dictionary.isEmpty
        case is TemplateObject, is XMLFragment: return true
        default: return number(value!).map { $0 > 0 }
        }
    }

    private static func equal(_ lhs: Any?, _ rhs: Any?) -> Bool? {
        guard let lhs, let rhs else { return lhs == nil && rhs == nil }
        if let a = number(lhs), let b = number(rhs) { return a == b }
        switch (lhs, rhs) {
        case (let a as String, let b as String): return a == b
        case (let a as Bool, let b as Bool): return a == b
        case (is String, _), (is Bool, _), (is Int, _), (is Double, _), (is Float, _), (is TemplateObject, _), (is XMLFragment, _),
             (is [Any], _), (is [String: Any], _):
            return false
        default: return nil
        }
    }

    /// Stencil's numbers are Floats.
    private static func number(_ value: Any) -> Float? {
        switch value {
        case let int as Int: Float(int)
        case let double as Double: Float(double)
        case let float as Float: float
        default: nil
        }
    }
}
