import ArgumentParser
import Foundation
import Label

/// `--diagnostics human|json`, shared by check, render and batch.
struct DiagnosticOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable { case human, json }

    @Option(help: ArgumentHelp(fr("Forme des diagnostics : « human » (texte lisible, sur la sortie d'erreur) ou « json » (un objet JSON sur la sortie standard, pour les éditeurs et l'intégration continue)."),
                               valueName: "forme"))
    var diagnostics: Format = .human

    var json: Bool { diagnostics == .json }
}

/// Collects what a command reports. In human form diagnostics go to stderr as they come and
/// summaries to stdout; in JSON form nothing is printed until `finish`, which writes one object:
/// `{"diagnostics": [...], "errors": N, "warnings": N, "written": [...]}` (and `failures` for a batch).
final class Reporter {
    let json: Bool
    private(set) var diagnostics: [Diagnostic] = []
    private var written: [String] = []
    private var failures: [[String: String]] = []

    init(json: Bool) { self.json = json }
    convenience init(_ options: DiagnosticOptions) { self.init(json: options.json) }

    var errorCount: Int { diagnostics.filter(\.isError).count }
    var warningCount: Int { diagnostics.count - errorCount }

    func report(_ diagnostics: [Diagnostic]) {
        self.diagnostics += diagnostics
        if !json { for diagnostic in diagnostics { Output.error(diagnostic.description) } }
    }

    func report(failure error: Error) { report([Diagnostic(failure: error)]) }

    /// A file written: its path on stdout in human form.
    func wrote(_ path: String) {
        written.append(path)
        if !json { Output.print(path) }
    }

    func wroteQuietly(_ paths: [String]) { written += paths }

    /// A school that could not be made, by UAI, with its first error.
    func failed(school: String, firstError: String) {
        failures.append(["school": school, "message": firstError])
    }

    /// A line for people: a summary (stdout) or a message about the run (stderr); none in JSON form.
    func say(_ text: String, error: Bool = false) {
        guard !json else { return }
        error ? Output.error(text) : Output.print(text)
    }

    func finish() {
        guard json else { return }
        struct Document: Encodable {
            var diagnostics: [Diagnostic]
            var errors: Int
            var warnings: Int
            var written: [String]
            var failures: [[String: String]]?
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(diagnostics: diagnostics, errors: errorCount, warnings: warningCount, written: written,
                                failures: failures.isEmpty ? nil : failures)
        if let data = try? encoder.encode(document) { Output.print(String(decoding: data, as: UTF8.self)) }
    }
}
