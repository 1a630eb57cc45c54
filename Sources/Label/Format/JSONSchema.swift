import Foundation

/// The JSON Schema (draft-07, what editors' YAML support reads) of a data file, generated from its
/// `FileFormat`: the same keys, required keys and closed lists of values that `ldm check` applies.
/// Checks across keys (dates in order, criteria matching the referentiel) stay `ldm check`'s alone.
public enum JSONSchema {
    /// The schema as JSON text, keys sorted, so that the generated files are stable.
    public static func text(for format: FileFormat) -> String {
        var schema = record(format.fields)
        schema["$schema"] = "http://json-schema.org/draft-07/schema#"
        schema["$id"] = "\(format.name).schema.json"
        schema["title"] = format.title
        let data = try! JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public static let formats: [FileFormat] = [.campaign, .dossier, .criteria]

    private static func record(_ fields: [Field]) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in fields {
            var property = schema(of: field.kind)
            property["description"] = field.summary
            properties[field.key] = property
        }
        var result: [String: Any] = ["type": "object", "properties": properties, "additionalProperties": false]
        let required = fields.filter(\.required).map(\.key)
        if !required.isEmpty { result["required"] = required }
        return result
    }

    private static func schema(of kind: Field.Kind) -> [String: Any] {
        switch kind {
        case .text, .markdown: return ["type": "string", "minLength": 1]
        case .integer(let minimum):
            return minimum.map { ["type": "integer", "minimum": $0] } ?? ["type": "integer"]
        case .boolean: return ["type": "boolean"]
        case .date: return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .choice(let values): return ["enum": values]
        case .texts: return ["type": "array", "items": ["type": "string", "minLength": 1]]
        case .choices(let values): return ["type": "array", "items": ["enum": values], "minItems": 1, "uniqueItems": true]
        case .level:
            return ["anyOf": [["type": "integer", "minimum": 3, "maximum": 8], ["enum": Array(DiplomaLevels.roman.keys).sorted()]]]
        case .record(let fields): return record(fields)
        case .records(let fields): return ["type": "array", "items": record(fields)]
        case .byCriterion(let fields):
            return ["type": "object", "additionalProperties": record(fields),
                    "propertyNames": ["pattern": "^[A-Za-z0-9._-]+$"]]
        case .recordsOrFile(let fields):
            return ["anyOf": [["type": "array", "items": record(fields), "minItems": 1],
                              ["type": "string", "pattern": "\\.[cC][sS][vV]$"]]]
        }
    }
}
