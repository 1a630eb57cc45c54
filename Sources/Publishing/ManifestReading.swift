import Native

extension Manifest {
    /// The manifest at `path`, read event by event (JSON is YAML to libyaml), keeping only the files
    /// `keepsFile` accepts and, when `keepsCertificates`, the certificates: the manifest of a
    /// ten-thousand-school folder weighs megabytes, and neither its text nor a tree of it is ever held
    /// whole. Nil when the file is missing or is not a manifest.
    static func read(contentsOf path: String, keepingFiles keepsFile: (File) -> Bool, certificates keepsCertificates: Bool) -> Manifest? {
        guard let events = YAMLEvents(contentsOf: path) else { return nil }
        return try? ManifestReader(events: events).manifest(keepingFiles: keepsFile, certificates: keepsCertificates)
    }
}

/// The manifest's shape, as `Manifest.write` makes it: a mapping of `campagne`, and of `certificats` and
/// `files`, lists of mappings of scalars. Keys it does not know (a later version's) are read past.
private struct ManifestReader {
    let events: YAMLEvents

    struct NotAManifest: Error {}

    func manifest(keepingFiles keepsFile: (Manifest.File) -> Bool, certificates keepsCertificates: Bool) throws -> Manifest {
        guard try events.next().kind == .documentStart, try events.next().kind == .mappingStart else { throw NotAManifest() }
        var manifest = Manifest(campagne: "", files: [], certificats: [])
        while let key = try key() {
            switch key {
            case "campagne":
                manifest.campagne = try scalar()
            case "files":
                try forEachEntry { fields in
                    guard let path = fields["path"], let sha256 = fields["sha256"], let bytes = fields["bytes"].flatMap({ Int($0) })
                    else { throw NotAManifest() }
                    let file = Manifest.File(path: path, sha256: sha256, bytes: bytes)
                    if keepsFile(file) { manifest.files.append(file) }
                }
            case "certificats":
                try forEachEntry { fields in
                    guard let uai = fields["uai"], let numero = fields["numero"], let code = fields["code"],
                          let fichier = fields["fichier"] else { throw NotAManifest() }
                    if keepsCertificates {
                        manifest.certificats.append(Manifest.Certificate(uai: uai, numero: numero, code: code, fichier: fichier))
                    }
                }
            default:
                _ = try value()  // a key of a later version
            }
        }
        return manifest
    }

    /// The next key of the mapping being read, or nil at its end.
    private func key() throws -> String? {
        switch try events.next().kind {
        case .scalar(let key, _): key
        case .mappingEnd: nil
        default: throw NotAManifest()
        }
    }

    private func scalar() throws -> String {
        guard let scalar = try value() else { throw NotAManifest() }
        return scalar
    }

    /// The next value if it is a scalar; a list or a mapping is read past, and is nil.
    private func value() throws -> String? {
        var depth = 0
        repeat {
            switch try events.next().kind {
            case .scalar(let value, _) where depth == 0: return value
            case .sequenceStart, .mappingStart: depth += 1
            case .sequenceEnd, .mappingEnd: depth -= 1
            case .scalar, .alias: break
            case .documentStart, .documentEnd, .streamEnd: throw NotAManifest()
            }
        } while depth > 0
        return nil
    }

    /// Each mapping of a list, as its keys and their scalar values.
    private func forEachEntry(_ body: ([String: String]) throws -> Void) throws {
        guard try events.next().kind == .sequenceStart else { throw NotAManifest() }
        while true {
            switch try events.next().kind {
            case .sequenceEnd: return
            case .mappingStart:
                var fields: [String: String] = [:]
                while let key = try key() { fields[key] = try value() }
                try body(fields)
            default: throw NotAManifest()
            }
        }
    }
}
