/// The variables a template may read, found without data: every name its expressions and tags
/// mention at the start of a path (`etablissement` in `etablissement.adresse.commune|upper`), in it and
/// in the templates it includes and extends. Loop variables, filter names and block names come along,
/// so the set holds more than the variables read, never fewer: a caller may leave out of the data what
/// none of these names is.
extension TemplateCache {
    /// Nil when a template the walk reaches cannot be loaded (the render will report it).
    func variablesRead(templateNamed name: String) -> Set<String>? {
        var pending = [name], walked: Set<String> = [], names: Set<String> = []
        while let name = pending.popLast() {
            guard let (key, uses) = try? sourceUses(name: name) else { return nil }
            guard walked.insert(key).inserted else { continue }
            for use in uses {
                switch use {
                case .value(let expression), .loop(_, let expression):
                    names.formUnion(expression.leadingNames)
                case .condition(let words), .words(let words):
                    for word in words { names.formUnion(word.leadingNames) }
                case .include(let child), .extends(let child):
                    pending.append(child)
                case .endLoop, .element, .theme, .image:
                    break
                }
            }
        }
        return names
    }
}

extension TemplateExpression {
    /// The names not preceded by a dot, outside quotes: `a.b|f:c` gives a, f and c.
    var leadingNames: Set<String> {
        var names: Set<String> = []
        var current = ""
        var quote: Character?
        var lastWasDot = false, precededByDot = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            if character == "_" || character.isLetter || (character.isNumber && !current.isEmpty) {
                if current.isEmpty { precededByDot = lastWasDot }
                current.append(character)
                continue
            }
            if !current.isEmpty && !precededByDot { names.insert(current) }
            current = ""
            lastWasDot = character == "."
            if character == "\"" || character == "'" { quote = character }
        }
        if !current.isEmpty && !precededByDot { names.insert(current) }
        return names
    }
}
