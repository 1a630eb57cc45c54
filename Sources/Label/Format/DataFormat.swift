/// The keys of the data files, declared once: the decoders take their lists of known keys from here,
/// `ldm init` writes its commented skeletons from it, and the JSON Schema for editors is generated
/// from it. Each field has a one-line French description (what the user reads in the skeleton's
/// comments and in the editor's completion).
public struct Field: Sendable {
    public indirect enum Kind: Sendable {
        case text
        /// CommonMark text.
        case markdown
        case integer(minimum: Int?)
        case boolean
        /// ISO `YYYY-MM-DD`.
        case date
        case choice([String])
        case texts
        case choices([String])
        /// A level 3 to 8, or an old level V to I.
        case level
        case record([Field])
        case records([Field])
        /// A mapping keyed by criterion id, each value a record.
        case byCriterion([Field])
        /// A list of records, or the name of a CSV file beside the data file.
        case recordsOrFile([Field])
    }

    public var key: String
    public var kind: Kind
    /// Required whatever the rest of the file holds (a key required only in some cases is not).
    public var required: Bool
    public var summary: String

    init(_ key: String, _ kind: Kind, required: Bool = true, _ summary: String) {
        self.key = key
        self.kind = kind
        self.required = required
        self.summary = summary
    }

    /// The fields of a record-like kind.
    public var children: [Field]? {
        switch kind {
        case .record(let fields), .records(let fields), .byCriterion(let fields), .recordsOrFile(let fields): return fields
        default: return nil
        }
    }
}

/// One kind of data file: campagne.yaml, a school's dossier, a criteria file.
public struct FileFormat: Sendable {
    public var name: String
    public var title: String
    public var fields: [Field]

    /// The known keys of the mapping at `path` (`etablissement.adresse`; empty for the top), where a
    /// path goes through records, lists of records and criterion ids alike.
    public func keys(_ path: String = "") -> [String] {
        guard let fields = fields(at: path) else { preconditionFailure("no mapping `\(path)` in \(name)") }
        return fields.map(\.key)
    }

    public func fields(at path: String) -> [Field]? {
        var current = fields
        for key in path.split(separator: ".") {
            guard let children = current.first(where: { $0.key == key })?.children else { return nil }
            current = children
        }
        return current
    }
}

extension Array where Element == String {
    static func of<Value: RawRepresentable & CaseIterable>(_ type: Value.Type) -> [String] where Value.RawValue == String {
        type.allCases.map(\.rawValue)
    }
}
