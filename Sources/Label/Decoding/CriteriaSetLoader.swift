import Foundation
import Native

/// Resolves a `referentiel`: a built-in set name (`national-2023`, a file of `templates/criteres/`)
/// or the path of a criteria file, which may extend another set with `etend`.
struct CriteriaSetLoader {
    /// `templates/criteres/`, or nil when the project's resources cannot be found.
    let builtInFolder: URL?
    let log: DiagnosticLog
    let display: (URL) -> String

    static let maximumChain = 8

    var builtInNames: [String] {
        guard let builtInFolder,
              let files = try? FileManager.default.contentsOfDirectory(atPath: builtInFolder.path) else { return [] }
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func isPath(_ reference: String) -> Bool {
        reference.contains("/") || [".yaml", ".yml", ".json"].contains { reference.hasSuffix($0) }
    }

    /// `roots`: where a criteria file may be, the first call's folder (the campaign's) and the shipped
    /// templates; a file outside them is refused before it is read, so that its lines never reach a message.
    func load(_ reference: String, at location: SourceLocation, relativeTo folder: URL,
              chain: [String] = [], roots: AllowedRoots? = nil) -> CriteriaSet? {
        let roots = roots ?? AllowedRoots([folder] + [builtInFolder?.deletingLastPathComponent()].compactMap { $0 })
        let url: URL
        if CriteriaSetLoader.isPath(reference) {
            do { url = try roots.resolve(reference, relativeTo: folder) } catch {
                log.error(location, "\(error)")
                return nil
            }
            guard FileManager.default.fileExists(atPath: url.path) else {
                log.error(location, "criteria file `\(reference)` not found",
                          .note("looked for \(display(url))"))
                return nil
            }
        } else {
            guard let builtInFolder else {
                log.error(location, "cannot find the built-in criteria sets (templates/criteres)",
                          .hint("set LDM_HOME to the ldm project folder"))
                return nil
            }
            url = builtInFolder.appendingPathComponent("\(reference).yaml")
            guard FileManager.default.fileExists(atPath: url.path) else {
                let known = builtInNames
                if let near = NearestName.nearest(to: reference, in: known) {
                    log.error(location, "unknown referentiel `\(reference)`", .hint("did you mean `\(near)`?"))
                } else {
                    log.error(location, "unknown referentiel `\(reference)`",
                              .note("built-in sets: \(known.joined(separator: ", ")); or give the path of a criteria file"))
                }
                return nil
            }
        }
        let key = url.standardizedFileURL.path
        if chain.contains(key) {
            log.error(location, "criteria sets extend each other in a cycle")
            return nil
        }
        if chain.count >= CriteriaSetLoader.maximumChain {
            log.error(location, "too many criteria sets extend each other (at most \(CriteriaSetLoader.maximumChain))")
            return nil
        }
        let file = display(url)
        let errorsBefore = log.errorCount(in: file)
        guard let root = YAMLSource.parse(url, file: file, log: log) else { return nil }
        let set = decode(root, file: url, chain: chain + [key], roots: roots)
        return log.errorCount(in: file) == errorsBefore ? set : nil
    }

    private func decode(_ root: DataNode, file: URL, chain: [String], roots: AllowedRoots) -> CriteriaSet? {
        let reader = ValueReader(log: log, positions: PositionTable())
        guard let top = MappingReader(root, path: "", keys: ["format", "id", "titre", "etend", "criteres"],
                                      reader: reader) else { return nil }
        top.checkFormat()
        let id = top.text("id")
        let titre = top.text("titre", required: false)
        var parent: CriteriaSet?
        let etend = top.text("etend", required: false)
        if let etend {
            parent = load(etend, at: top.positionOfValue("etend"), relativeTo: file.deletingLastPathComponent(), chain: chain,
                          roots: roots)
        }
        let items = top.mappings("criteres", keys: ["id", "intitule"], required: etend == nil) ?? []
        guard let id else { return nil }
        var criteres = parent?.criteres ?? []
        for item in items {
            guard let criterionID = item.text("id"), let intitule = item.text("intitule") else { continue }
            let idLocation = item.positionOfValue("id")
            if !criterionID.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) {
                log.error(idLocation, "criterion id `\(criterionID)` may hold only letters, digits, `-`, `_` and `.`")
            } else if let existing = criteres.first(where: { $0.id == criterionID }) {
                let from = existing.origine == id ? "" : " (in `\(existing.origine)`)"
                log.error(idLocation, "duplicate criterion id `\(criterionID)`\(from)")
            } else {
                criteres.append(Criterion(id: criterionID, intitule: intitule, origine: id))
            }
        }
        if items.isEmpty && etend != nil && top.has("criteres") == false {
            log.warning(top.location, "the set `\(id)` adds no criterion to `\(etend!)`")
        }
        return CriteriaSet(id: id, titre: titre ?? parent?.titre, etend: etend, criteres: criteres)
    }
}

extension MappingReader {
    /// The position of the value of `key` if present, else of the mapping.
    func positionOfValue(_ key: String) -> SourceLocation {
        entries.first { $0.key == key }?.value.location ?? location
    }
}
