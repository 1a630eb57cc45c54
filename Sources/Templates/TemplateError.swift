/// A mistake in a template or theme the user can fix, printed like a compiler diagnostic:
/// `path:line:col: erreur : message`, then one indented `  note : …` line per note (the printed form of
/// every diagnostic, see Label's `Diagnostic`).
public struct TemplateError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    /// 1-based; 0 when the mistake has no position (a template that does not exist).
    public var line: Int
    public var column: Int
    public var message: String
    public var notes: [String]
    /// What may fix it, printed `  suggestion : …` after the notes.
    public var hints: [String]
    /// The data file being rendered when the mistake showed, named in a last note (nil: none, or
    /// the mistake is the template's whatever the data, as a batch reports it once for all schools).
    public var dataFile: String?

    public init(path: String, line: Int, column: Int, message: String, notes: [String] = [], hints: [String] = []) {
        self.path = path; self.line = line; self.column = column; self.message = message; self.notes = notes; self.hints = hints
    }

    public var description: String {
        let location = line > 0 ? "\(path):\(line):\(column)" : path
        return (["\(location): erreur : \(message)"] + allNotes.map { "  note : \($0)" } + hints.map { "  suggestion : \($0)" }).joined(separator: "\n")
    }

    /// The notes, then the data file's when there is one.
    public var allNotes: [String] {
        notes + (dataFile.map { ["en produisant le fichier de données \($0)"] } ?? [])
    }
}

/// A position in a template file, as the author sees it.
struct SourcePosition: Hashable, Sendable {
    var path: String
    var line: Int
    var column: Int

    func error(_ message: String, hint: String? = nil) -> TemplateError {
        TemplateError(path: path, line: line, column: column, message: message, hints: hint.map { [$0] } ?? [])
    }
}
