import Label
import Layout
import Templates

extension Diagnostic {
    /// A failure while making a document, in the one shape the command line prints: a template's
    /// mistake keeps its position; other failures (a file that cannot be written, a C library's
    /// status) have none (line 0), and print as `erreur : message`.
    public init(failure error: Error) {
        if let template = error as? TemplateError {
            self.init(.error, at: SourceLocation(file: template.path, line: template.line, column: template.line > 0 ? template.column : 0),
                      template.message, notes: template.allNotes.map { Note(.note, $0) } + template.hints.map { Note(.hint, $0) })
        } else if let layout = error as? LayoutError, let site = layout.source {
            self.init(.error, at: SourceLocation(file: site.path, line: site.line, column: site.column), layout.message,
                      notes: layout.hint.map { [Note(.hint, $0)] } ?? [])
        } else {
            self.init(.error, at: SourceLocation(file: "", line: 0, column: 0), "\(error)")
        }
    }
}
