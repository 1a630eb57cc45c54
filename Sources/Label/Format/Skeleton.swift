/// A data file to fill in, written from its `FileFormat`: every required key with its description as a
/// comment and the marker « À REMPLIR » where the user must write a value (an empty value, which
/// `ldm check` reports until it is filled); optional keys as comment lines; one entry per criterion
/// of the referentiel, its title as a comment.
public struct Skeleton {
    public static let marker = "À REMPLIR"

    public var format: FileFormat
    /// YAML values already known, by key path (`etablissement.uai`), written as given.
    public var values: [String: String] = [:]
    /// The criteria answered by `byCriterion` fields.
    public var criteria: CriteriaSet?
    /// The JSON Schema the editor checks the file against.
    public var schema: String?
    /// Comment lines written first, after the schema line.
    public var header: [String] = []

    public init(format: FileFormat, values: [String: String] = [:], criteria: CriteriaSet? = nil,
                schema: String? = nil, header: [String] = []) {
        self.format = format
        self.values = values
        self.criteria = criteria
        self.schema = schema
        self.header = header
    }

    public var text: String {
        var lines: [String] = []
        if let schema { lines.append("# yaml-language-server: $schema=\(schema)") }
        lines += header.map { "# \($0)" }
        lines.append("# Écrivez une valeur à chaque « \(Skeleton.marker) », puis vérifiez avec « ldm check ».")
        lines.append("# Les clés en commentaire sont facultatives : retirez le « # » pour vous en servir.")
        write(format.fields, path: "", indent: "", into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private func write(_ fields: [Field], path: String, indent: String, firstPrefix: String? = nil,
                       into lines: inout [String]) {
        for (index, field) in fields.enumerated() {
            // The first key of a list item follows its « - ».
            let lead = index == 0 && firstPrefix != nil ? firstPrefix! : indent
            let name = path.isEmpty ? field.key : "\(path).\(field.key)"
            guard field.required else {
                lines.append("\(lead)# \(field.key):  (facultatif) \(field.summary)")
                continue
            }
            let inner = indent + "  "
            switch field.kind {
            case .record(let children):
                lines.append("\(lead)\(field.key):  # \(field.summary)")
                write(children, path: name, indent: inner, into: &lines)
            case .records(let children), .recordsOrFile(let children):
                lines.append("\(lead)\(field.key):  # \(field.summary)")
                write(children, path: name, indent: inner + "  ", firstPrefix: inner + "- ", into: &lines)
            case .byCriterion(let children):
                lines.append("\(lead)\(field.key):  # \(field.summary)")
                for criterion in criteria?.criteres ?? [] {
                    lines.append("\(inner)# \(criterion.id) : \(criterion.intitule)")
                    lines.append("\(inner)\(criterion.id):")
                    write(children, path: name, indent: inner + "  ", into: &lines)
                }
            default:
                if let value = values[name] {
                    lines.append("\(lead)\(field.key): \(value)  # \(field.summary)")
                } else {
                    lines.append("\(lead)\(field.key):  # \(Skeleton.marker) : \(field.summary)")
                }
            }
        }
    }
}
