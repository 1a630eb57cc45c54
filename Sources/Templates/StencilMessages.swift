import Foundation

/// Stencil's syntax errors in French: the ones a template author may meet (a misspelt tag, a
/// malformed loop or condition…); a rarer one keeps Stencil's first sentence.
enum StencilMessages {
    /// The tags a template may write: Stencil's own, with the ones the preprocessor adds.
    static let tags = ["for", "endfor", "empty", "if", "elif", "else", "endif", "ifnot", "include", "extends",
                       "block", "endblock", "filter", "endfilter", "now", "break", "continue"]

    private static let patterns: [(pattern: String, french: @Sendable ([String]) -> String)] = [
        (#"^Unknown template tag '(.+)'$"#, { "balise inconnue « \($0[1]) »" }),
        (#"^Unknown filter '([^']+)'"#, { "filtre inconnu « \($0[1]) »" }),
        (#"^'for' statements should use the syntax"#, { _ in "« {% for %} » s'écrit « {% for élément in liste %} »" }),
        (#"^'if' expression error"#, { _ in "condition de « {% if %} » mal formée" }),
        (#"^'ifnot' statements"#, { _ in "« {% ifnot %} » s'écrit « {% ifnot condition %} »" }),
        (#"^Unexpected (?:character )?'(.+)' in variable '(.+)'$"#, { "« \($0[1]) » inattendu dans la variable « \($0[2]) »" }),
        (#"^Unbalanced .* in variable '(.+)'$"#, { "crochets mal appariés dans la variable « \($0[1]) »" }),
        (#"^'extends' cannot appear more than once"#, { _ in "« {% extends %} » ne peut figurer qu'une fois dans un modèle" }),
        (#"^'(extends|block|filter)' (?:tag )?takes one argument"#, { "« {% \($0[1]) %} » prend un seul argument" }),
        (#"^Can't invoke filter with an argument"#, { _ in "ce filtre ne prend pas d'argument" }),
        (#"^'(join|split|indent|filter)' filter"#, { "arguments invalides pour le filtre « \($0[1]) »" }),
        (#"^Missing variable name"#, { _ in "nom de variable manquant" }),
    ]

    /// The message and, for a misspelt tag or filter, the nearest known one (among `filters`) as a suggestion.
    static func french(_ reason: String, filters: Set<String> = []) -> (message: String, hint: String?) {
        for (pattern, french) in patterns {
            guard let match = reason.range(of: pattern, options: .regularExpression) else { continue }
            let regex = try! NSRegularExpression(pattern: pattern)
            let groups = regex.firstMatch(in: reason, range: NSRange(reason.startIndex..., in: reason)).map { result in
                (0..<result.numberOfRanges).map { Range(result.range(at: $0), in: reason).map { String(reason[$0]) } ?? "" }
            } ?? [String(reason[match])]
            let candidates = pattern.hasPrefix("^Unknown template tag") ? tags
                : pattern.hasPrefix("^Unknown filter") ? filters.sorted() : []
            let near = candidates.isEmpty ? nil : NearestName.nearest(to: groups[1], in: candidates)
            return (french(groups), near.map { "vouliez-vous dire « \($0) » ?" })
        }
        var message = reason
        if let first = message.first { message = first.lowercased() + message.dropFirst() }
        // Stencil's suggestions ("Found similar filters: 'default'") are mostly noise: keep the first sentence.
        if let end = message.range(of: ". ") { message = String(message[..<end.lowerBound]) }
        if message.hasSuffix(".") { message.removeLast() }
        return (message, nil)
    }
}
