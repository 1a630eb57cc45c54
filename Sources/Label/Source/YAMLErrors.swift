import Yams

/// libyaml's syntax errors, reworded as diagnostics at the position where the fix goes.
extension YAMLSource {
    static func diagnostic(for error: YamlError, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            return syntax(problem: problem, at: at(mark), context: context.map { ($0.text, at($0.mark)) },
                          character: character(in: text, line: mark.line, column: mark.column))
        case .reader(let problem, let offset, _, _):
            let position = offset.map { lineAndColumn(in: text, utf8Offset: $0) } ?? (1, 1)
            return Diagnostic(.error, at: SourceLocation(file: file, line: position.0, column: position.1),
                              problem == "control characters are not allowed"
                                  ? "control character in the text" : problem)
        default:
            return Diagnostic(.error, at: .start(of: file), "cannot parse the file: \(error)")
        }
    }

    private static func syntax(problem: String, at location: SourceLocation,
                               context: (text: String, location: SourceLocation)?,
                               character: Character?) -> Diagnostic {
        let contextNote = context.map { Diagnostic.Note.note("\($0.text) at line \($0.location.line), column \($0.location.column)") }
        switch problem {
        case "found character that cannot start any token" where character == "\t":
            return Diagnostic(.error, at: location, "tab character in indentation",
                              notes: [.hint("YAML indents with spaces only: replace the tab with spaces")])
        case "found character that cannot start any token":
            return Diagnostic(.error, at: location, "a value cannot start with `\(character.map(String.init) ?? "")`",
                              notes: [.hint("put the value in quotes")])
        case "found unexpected end of stream" where context?.text.hasPrefix("while scanning a quoted scalar") == true:
            return Diagnostic(.error, at: context?.location ?? location, "unclosed quote",
                              notes: [.hint("end the text with the same quote; inside it write `\\\"` for \" (or `''` for ' in single quotes)")])
        case "mapping values are not allowed in this context":
            return Diagnostic(.error, at: location, "unexpected `:` here",
                              notes: [.hint("check the indentation of this line, or put a value containing « : » in quotes")])
        case "did not find expected key", "did not find expected '-' indicator":
            return Diagnostic(.error, at: location, "bad indentation",
                              notes: [contextNote, .hint("align this line with the other entries of the same mapping or list")].compactMap { $0 })
        case "did not find expected ',' or ']'", "did not find expected ',' or '}'":
            let closing = problem.hasSuffix("']'") ? "]" : "}"
            return Diagnostic(.error, at: location, "expected `,` or `\(closing)`",
                              notes: [contextNote].compactMap { $0 })
        case "found undefined alias":
            return Diagnostic(.error, at: location, "undefined alias",
                              notes: [.hint("an alias `*name` refers to an anchor `&name` written before it")])
        case "but found another document":
            return Diagnostic(.error, at: location, "more than one document in the file",
                              notes: [.hint("remove the `---` or `...` separator: a data file holds one document")])
        default:
            return Diagnostic(.error, at: location, problem, notes: [contextNote].compactMap { $0 })
        }
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
