/// A problem the user can fix, printed like a compiler's but in French:
/// `path:line:col: erreur : message`, then one indented line per note (`  note : …`, `  suggestion : …`).
/// `severity` and `kind` keep English raw values: they are the machine form (`--diagnostics json`).
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning

        /// The word printed for users.
        public var label: String { self == .error ? "erreur" : "avertissement" }
    }

    public struct Note: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: String, Sendable, Hashable {
            case note, hint

            /// The word printed for users.
            public var label: String { self == .note ? "note" : "suggestion" }
        }
        public var kind: Kind
        public var text: String

        public init(_ kind: Kind, _ text: String) {
            self.kind = kind
            self.text = text
        }

        public var description: String { "\(kind.label) : \(text)" }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    public var notes: [Note]

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, notes: [Note] = []) {
        self.severity = severity
        self.location = location
        self.message = message
        self.notes = notes
    }

    public var isError: Bool { severity == .error }

    public var description: String {
        let head = (location.file.isEmpty ? "" : "\(location): ") + "\(severity.label) : \(message)"
        return ([head] + notes.map { "  \($0)" }).joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line and column; at one position errors come before warnings, then by message.
    public func sortedByPosition() -> [Diagnostic] {
        sorted {
            if $0.location != $1.location { return $0.location < $1.location }
            if $0.severity != $1.severity { return $0.severity == .error }
            return $0.message < $1.message
        }
    }

    public var containsErrors: Bool { contains { $0.isError } }

    /// The whole report as printed on the terminal, one diagnostic after the other.
    public var report: String { sortedByPosition().map(\.description).joined(separator: "\n") }
}
