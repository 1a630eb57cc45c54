import Native

/// libyaml's syntax errors, reworded as diagnostics at the position where the fix goes.
extension YAMLSource {
    static func diagnostic(for error: YAMLEvents.SyntaxError, text: String, file: String) -> Diagnostic {
        if let offset = error.byteOffset {
            let position = lineAndColumn(in: text, utf8Offset: offset)
            return Diagnostic(.error, at: SourceLocation(file: file, line: position.0, column: position.1),
                              error.problem == "control characters are not allowed" ? "caractère de contrôle dans le texte" : error.problem)
        }
        if let quoted = error.quotedTextBefore, quoted.endLine == error.line {
            return Diagnostic(.error, at: SourceLocation(file: file, line: quoted.line, column: quoted.column), "guillemet non refermé",
                              notes: [.note("le texte entre guillemets se poursuit jusqu'à la ligne \(quoted.endLine)"), closingHint])
        }
        return syntax(problem: error.problem, at: SourceLocation(file: file, line: error.line, column: error.column),
                      context: error.context.map { ($0.text, SourceLocation(file: file, line: $0.line, column: $0.column)) },
                      character: character(in: text, line: error.line, column: error.column))
    }

    private static func syntax(problem: String, at location: SourceLocation,
                               context: (text: String, location: SourceLocation)?,
                               character: Character?) -> Diagnostic {
        let contextNote = context.map { Diagnostic.Note.note("\(frenchContext($0.text)) ligne \($0.location.line), colonne \($0.location.column)") }
        switch problem {
        case "found character that cannot start any token" where character == "\t":
            return Diagnostic(.error, at: location, "tabulation dans l'indentation",
                              notes: [.hint("YAML n'indente qu'avec des espaces : remplacez la tabulation par des espaces")])
        case "found character that cannot start any token":
            return Diagnostic(.error, at: location, "une valeur ne peut pas commencer par « \(character.map(String.init) ?? "") »",
                              notes: [.hint("mettez la valeur entre guillemets")])
        case "found unexpected end of stream" where context?.text.hasPrefix("while scanning a quoted scalar") == true:
            return Diagnostic(.error, at: context?.location ?? location, "guillemet non refermé", notes: [closingHint])
        case "mapping values are not allowed in this context":
            return Diagnostic(.error, at: location, "« : » inattendu ici",
                              notes: [.hint("vérifiez l'indentation de cette ligne, ou mettez entre guillemets une valeur qui contient « : »")])
        case "did not find expected key", "did not find expected '-' indicator":
            return Diagnostic(.error, at: location, "indentation incorrecte",
                              notes: [contextNote, .hint("alignez cette ligne sur les autres entrées de la même table ou liste")].compactMap { $0 })
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            let closing = problem.hasSuffix("']'") ? "]" : "}"
            return Diagnostic(.error, at: location, "« , » ou « \(closing) » attendu",
                              notes: [contextNote].compactMap { $0 })
        default:
            return Diagnostic(.error, at: location, "erreur de syntaxe YAML : \(problem)", notes: [contextNote].compactMap { $0 })
        }
    }

    private static let closingHint = Diagnostic.Note.hint(
        "terminez le texte par le même guillemet ; à l'intérieur, écrivez \\\" pour \" (ou '' pour ' entre apostrophes)")

    /// libyaml's context (« while parsing a block mapping ») in French.
    private static func frenchContext(_ context: String) -> String {
        let known = [
            "while parsing a block mapping": "dans la table commencée",
            "while parsing a block collection": "dans la liste commencée",
            "while parsing a flow sequence": "dans la liste [ … ] commencée",
            "while parsing a flow mapping": "dans la table { … } commencée",
            "while scanning a simple key": "dans la clé commencée",
            "while scanning a quoted scalar": "dans le texte entre guillemets commencé",
        ]
        return known[context] ?? context
    }

    private static func character(in text: String, line: Int, column: Int) -> Character? {
        var currentLine = 1
        var currentColumn = 1
        for scalar in text.unicodeScalars {
            if currentLine == line && currentColumn == column { return Character(scalar) }
            if scalar == "\n" {
                if currentLine == line { return nil }
                currentLine += 1
                currentColumn = 1
            } else {
                currentColumn += 1
            }
        }
        return nil
    }

    static func lineAndColumn(in text: String, utf8Offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        var consumed = 0
        for scalar in text.unicodeScalars {
            if consumed >= utf8Offset { break }
            consumed += UTF8.width(scalar)
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }
}
