import Foundation

/// Errors and progress go to stderr; what the user asked for (summaries) to stdout.
enum Output {
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
    static func print(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
