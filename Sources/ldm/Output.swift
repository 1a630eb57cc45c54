import Foundation

/// Errors and progress go to stderr; what the user asked for (summaries) to stdout.
enum Output {
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
    static func print(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// « 1 fichier », « 3 fichiers »: in French, 0 and 1 take the singular.
func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count > 1 ? plural ?? singular + "s" : singular)"
}
