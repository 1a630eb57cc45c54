import Templates

/// One key of a template's context, declared once: its name, kind and French description (the
/// catalogue that docs/catalogue.md and `ldm check` read), how its value is read from the model, and
/// for a mapping or a list the view of what it holds. The context a template gets and the catalogue
/// are both made from these declarations, so they cannot disagree.
public struct ContextKey<Model>: Sendable {
    let name: String
    let kind: KeyKind
    let description: String
    /// The sections of a dossier file the value is made from (see `DossierSection`; top-level keys).
    let sections: Set<DossierSection>
    /// The value for the template, nil when the data has none (the key is then left out).
    let value: @Sendable (Model) -> Any?
    /// What the value holds, with paths relative to the key: `.b` in a mapping, `[].b` in a list
    /// (made when asked: rendering a document never needs it).
    let inner: @Sendable () -> [TemplateKeys.Key]

    /// A text, a number or a truth value.
    static func value(_ name: String, _ description: String, sections: Set<DossierSection> = [],
                      _ read: @escaping @Sendable (Model) -> Any?) -> Self {
        Self(name: name, kind: .value, description: description, sections: sections, value: read, inner: { [] })
    }

    /// A date, which templates print in words (`FrenchDate`).
    static func date(_ name: String, _ description: String, _ read: @escaping @Sendable (Model) -> LocalDate?) -> Self {
        Self(name: name, kind: .date, description: description, sections: [], value: { read($0).map(FrenchDate.init) }, inner: { [] })
    }

    /// A list of texts (one proof a line…).
    static func texts(_ name: String, _ description: String, _ read: @escaping @Sendable (Model) -> [String]) -> Self {
        Self(name: name, kind: .list, description: description, sections: [], value: read, inner: { [] })
    }

    /// A mapping made by `view` from the part `read` gives, left out when that part is nil.
    static func mapping<Part>(_ name: String, _ description: String, _ view: ContextView<Part>,
                              sections: Set<DossierSection> = [], _ read: @escaping @Sendable (Model) -> Part?) -> Self {
        Self(name: name, kind: .mapping, description: description, sections: sections,
             value: { read($0).map(view.context) }, inner: { view.catalogue(under: ".") })
    }

    /// A list whose elements `view` makes.
    static func list<Element>(_ name: String, _ description: String, _ view: ContextView<Element>,
                              sections: Set<DossierSection> = [], _ read: @escaping @Sendable (Model) -> [Element]) -> Self {
        Self(name: name, kind: .list, description: description, sections: sections,
             value: { read($0).map(view.context) }, inner: { view.catalogue(under: "[].") })
    }

    /// The same key read from a larger model, through the part `part` gives.
    func reading<Whole>(_ part: @escaping @Sendable (Whole) -> Model) -> ContextKey<Whole> {
        let value = self.value
        return ContextKey<Whole>(name: name, kind: kind, description: description, sections: sections,
                                 value: { value(part($0)) }, inner: inner)
    }
}

/// The keys a template sees for one kind of model value: a school, a person, a whole dossier.
public struct ContextView<Model>: Sendable {
    let keys: [ContextKey<Model>]

    init(_ keys: [ContextKey<Model>]) { self.keys = keys }

    /// What a template reads of `model`: each key that has a value.
    func context(_ model: Model) -> [String: Any] {
        var result: [String: Any] = [:]
        for key in keys {
            if let value = key.value(model) { result[key.name] = value }
        }
        return result
    }

    /// The documented keys, in declaration order.
    var catalogue: [TemplateKeys.Key] { catalogue(under: "") }

    /// The keys with their paths behind `prefix` (`.` inside a mapping, `[].` inside a list).
    func catalogue(under prefix: String) -> [TemplateKeys.Key] {
        keys.flatMap { key -> [TemplateKeys.Key] in
            let path = prefix + key.name
            return [TemplateKeys.Key(path: path, kind: key.kind, description: key.description)]
                + key.inner().map { TemplateKeys.Key(path: path + $0.path, kind: $0.kind, description: $0.description) }
        }
    }

    /// The same view read from a larger model, through the part `part` gives.
    func reading<Whole>(_ part: @escaping @Sendable (Whole) -> Model) -> ContextView<Whole> {
        ContextView<Whole>(keys.map { $0.reading(part) })
    }

    static func + (first: Self, second: Self) -> Self { Self(first.keys + second.keys) }
}
