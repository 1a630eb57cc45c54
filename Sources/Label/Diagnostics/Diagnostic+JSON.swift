/// The machine form of a diagnostic, for editors and CI (`--diagnostics json`): the same fields as the
/// printed form, with `severity` and a note's `kind` as English keywords (`error`, `warning`, `note`, `hint`).
extension Diagnostic: Encodable {
    private enum CodingKeys: String, CodingKey {
        case file, line, column, severity, message, notes
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        // A failure with no place in a file (a file that cannot be written) has null position fields.
        try container.encode(location.file.isEmpty ? nil : location.file, forKey: .file)
        try container.encode(location.line > 0 ? location.line : nil, forKey: .line)
        try container.encode(location.line > 0 ? location.column : nil, forKey: .column)
        try container.encode(severity.rawValue, forKey: .severity)
        try container.encode(message, forKey: .message)
        try container.encode(notes, forKey: .notes)
    }
}

extension Diagnostic.Note: Encodable {
    private enum CodingKeys: String, CodingKey {
        case kind, message
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind.rawValue, forKey: .kind)
        try container.encode(text, forKey: .message)
    }
}
