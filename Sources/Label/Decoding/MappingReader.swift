import Templates

/// Reads one mapping of a data file: reports at creation its duplicate keys and unknown keys (with the
/// nearest known key as a hint), then gives typed access to its values, reporting missing required keys.
struct MappingReader {
    /// The mapping's path in the file, for messages: `etablissement.adresse`; empty at the top.
    let path: String
    /// Where problems about the mapping as a whole go: the key that names it, or the mapping itself.
    let location: SourceLocation
    let reader: ValueReader
    private(set) var entries: [(key: String, keyLocation: SourceLocation, value: DataNode)] = []
    /// Known keys that an unknown key was taken for (`niveua` → `niveau`): already reported with a
    /// hint, so their absence is not reported a second time.
    private var misspelt: Set<String> = []

    /// `keys` lists the known keys; nil accepts any key (mappings keyed by criterion id).
    init?(_ node: DataNode, path: String, at location: SourceLocation? = nil, keys: [String]?, reader: ValueReader) {
        self.path = path
        self.location = location ?? node.location
        self.reader = reader
        let log = reader.log
        guard case .mapping(let pairs) = node.content else {
            log.error(node.location, path.isEmpty ? "une table de clés et de valeurs est attendue (trouvé : \(node.summary))"
                                                  : "une table est attendue pour « \(path) » (trouvé : \(node.summary))")
            return nil
        }
        var seen: [String: SourceLocation] = [:]
        for pair in pairs {
            guard case .scalar(let key, _) = pair.key.content else {
                log.error(pair.key.location, "une clé doit être un simple nom (trouvé : \(pair.key.summary))")
                continue
            }
            if let first = seen[key] {
                log.error(pair.key.location, "clé « \(key) » en double",
                          .note("déjà définie ligne \(first.line), colonne \(first.column)"))
                continue
            }
            seen[key] = pair.key.location
            if let keys, !keys.contains(key) {
                let place = path.isEmpty ? "" : " dans « \(path) »"
                if let near = NearestName.nearest(to: key, in: keys) {
                    log.error(pair.key.location, "clé inconnue « \(key) »\(place)", .hint("vouliez-vous dire « \(near) » ?"))
                    misspelt.insert(near)
                } else {
                    log.error(pair.key.location, "clé inconnue « \(key) »\(place)",
                              .note("clés connues : \(keys.joined(separator: ", "))"))
                }
                continue
            }
            entries.append((key, pair.key.location, pair.value))
        }
    }

    var log: DiagnosticLog { reader.log }

    func name(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    /// Whether `key` is given a value, readable or not: a rule about an optional value that is written but
    /// invalid is not checked, that value's own error being reported instead.
    func hasValue(_ key: String) -> Bool { entries.contains { $0.key == key && !$0.value.isNull } }

    func keyLocation(_ key: String) -> SourceLocation {
        entries.first { $0.key == key }?.keyLocation ?? location
    }

    /// The value of `key`, or nil (reported when required) if it is missing or has no value.
    func node(_ key: String, required: Bool = true) -> DataNode? {
        if let entry = entries.first(where: { $0.key == key }) {
            if !entry.value.isNull {
                reader.positions[name(key)] = entry.value.location
                return entry.value
            }
            if required { log.error(entry.keyLocation, "« \(name(key)) » n'a pas de valeur") }
            return nil
        }
        if required, !misspelt.contains(key) {
            log.error(location, path.isEmpty ? "clé obligatoire « \(key) » absente" : "clé obligatoire « \(key) » absente dans « \(path) »")
        }
        return nil
    }

    func text(_ key: String, required: Bool = true) -> String? {
        node(key, required: required).flatMap { reader.text($0, name(key)) }
    }

    func integer(_ key: String, required: Bool = true) -> Int? {
        node(key, required: required).flatMap { reader.integer($0, name(key)) }
    }

    func boolean(_ key: String, required: Bool = true) -> Bool? {
        node(key, required: required).flatMap { reader.boolean($0, name(key)) }
    }

    func date(_ key: String, required: Bool = true) -> LocalDate? {
        node(key, required: required).flatMap { reader.date($0, name(key)) }
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, as type: Value.Type,
                                                        required: Bool = true) -> Value? where Value.RawValue == String {
        node(key, required: required).flatMap { reader.choice($0, name(key), as: type) }
    }

    func list(_ key: String, required: Bool = true) -> [DataNode]? {
        node(key, required: required).flatMap { reader.list($0, name(key)) }
    }

    func texts(_ key: String, required: Bool = true) -> [String]? {
        node(key, required: required).flatMap { reader.texts($0, name(key)) }
    }

    /// A CommonMark text field, checked for what the documents cannot print.
    func markdown(_ key: String, required: Bool = true) -> String? {
        guard let value = node(key, required: required), let text = reader.text(value, name(key)) else { return nil }
        MarkdownCheck.check(text, field: name(key), at: value.location, log: log)
        return text
    }

    /// The mandatory `format: ldm/1` line.
    func checkFormat() {
        guard let value = node("format"), let format = reader.text(value, "format") else { return }
        if format != "ldm/1" {
            log.error(value.location, "format « \(format) » non pris en charge", .note("cette version de ldm lit « format: ldm/1 »"))
        }
    }

    func person(_ key: String, required: Bool = true, qualite: Bool = false) -> Person? {
        let keys = FileFormat.person(qualite: qualite).map(\.key)
        return mapping(key, keys: keys, required: required).flatMap { $0.asPerson(withQualite: qualite) }
    }

    func asPerson(withQualite: Bool) -> Person? {
        let civilite = choice("civilite", as: Civilite.self)
        let prenom = text("prenom")
        let nom = text("nom")
        let qualite = withQualite ? text("qualite", required: false) : nil
        guard let civilite, let prenom, let nom else { return nil }
        return Person(civilite: civilite, prenom: prenom, nom: nom, qualite: qualite)
    }

    func mapping(_ key: String, keys: [String]?, required: Bool = true) -> MappingReader? {
        node(key, required: required).flatMap {
            MappingReader($0, path: name(key), at: keyLocation(key), keys: keys, reader: reader)
        }
    }

    /// Each item of a list of mappings, with its own reader.
    func mappings(_ key: String, keys: [String], required: Bool = true) -> [MappingReader]? {
        list(key, required: required).map { items in
            items.compactMap { MappingReader($0, path: name(key), keys: keys, reader: reader) }
        }
    }
}
