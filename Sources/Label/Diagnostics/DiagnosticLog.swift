/// Collects the diagnostics of one load; passed by reference through the decoders so that
/// every problem is kept and the run goes on after each one.
final class DiagnosticLog {
    private(set) var diagnostics: [Diagnostic] = []

    func error(_ location: SourceLocation, _ message: String, _ notes: Diagnostic.Note...) {
        diagnostics.append(Diagnostic(.error, at: location, message, notes: notes))
    }

    func warning(_ location: SourceLocation, _ message: String, _ notes: Diagnostic.Note...) {
        diagnostics.append(Diagnostic(.warning, at: location, message, notes: notes))
    }

    func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func errorCount(in file: String) -> Int {
        diagnostics.filter { $0.isError && $0.location.file == file }.count
    }
}

extension Diagnostic.Note {
    static func hint(_ text: String) -> Diagnostic.Note { Diagnostic.Note(.hint, text) }
    static func note(_ text: String) -> Diagnostic.Note { Diagnostic.Note(.note, text) }
}
