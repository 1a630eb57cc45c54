import DocumentTree

/// Reads one element's attributes, turning a malformed value into an error at the attribute.
struct AttributeReader {
    let element: XMLElement
    let position: (Int) -> SourcePosition
    /// The colours the document's theme names.
    var colours: [String: Color] = [:]

    func string(_ name: String) -> String? { element.attribute(name)?.value }

    func required(_ name: String) throws -> String {
        guard let value = string(name) else {
            throw position(element.position).error("l'attribut « \(name) » manque à <\(element.name)>")
        }
        return value
    }

    func value<T>(_ name: String, hint: String, _ parse: (String) -> T?) throws -> T? {
        guard let attribute = element.attribute(name) else { return nil }
        guard let value = parse(attribute.value) else {
            throw position(attribute.position).error(
                "valeur « \(attribute.value) » invalide pour l'attribut « \(name) » de <\(element.name)> : \(hint)")
        }
        return value
    }

    func length(_ name: String) throws -> Points? { try value(name, hint: ValueSyntax.lengthHint, ValueSyntax.length) }
    func insets(_ name: String) throws -> Insets? {
        try value(name, hint: ValueSyntax.insetsHint, ValueSyntax.insets)
    }
    func color(_ name: String) throws -> Color? {
        try value(name, hint: ValueSyntax.colorHint(named: colours)) { ValueSyntax.color($0, named: colours) }
    }
    func bool(_ name: String) throws -> Bool? { try value(name, hint: ValueSyntax.boolHint, ValueSyntax.bool) }
    func number(_ name: String) throws -> Double? { try value(name, hint: "un nombre est attendu", ValueSyntax.number) }

    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        try value(name, hint: "un nombre entier de \(range.lowerBound) à \(range.upperBound) est attendu") { text in
            Int(text.trimmingCharacters(in: .whitespaces)).flatMap { range.contains($0) ? $0 : nil }
        }
    }

    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        return try value(name, hint: ValueSyntax.choiceHint(T.allCases.map(\.rawValue))) { T(rawValue: $0) }
    }

    func choice(_ name: String, among names: [String]) throws -> String? {
        try value(name, hint: ValueSyntax.choiceHint(names)) { names.contains($0) ? $0 : nil }
    }
}
