import Foundation
import Native
import Templates

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
        let roots = roots ?? AllowedRoots.campaign([folder] + [builtInFolder?.deletingLastPathComponent()].compactMap { $0 })
        let url: URL
        if CriteriaSetLoader.isPath(reference) {
            do { url = try roots.resolve(reference, relativeTo: folder) } catch {
                log.error(location, "\(error)")
                return nil
            }
            guard FileManager.default.fileExists(atPath: url.path) else {
                log.error(location, "fichier de critères « \(reference) » introuvable",
                          .note("cherché : \(display(url))"))
                return nil
            }
        } else {
            guard let builtInFolder else {
                log.error(location, "les référentiels fournis avec ldm (templates/criteres) sont introuvables",
                          .hint("réinstallez ldm (make install) ou donnez son dossier dans LDM_HOME"))
                return nil
            }
            url = builtInFolder.appendingPathComponent("\(reference).yaml")
            guard FileManager.default.fileExists(atPath: url.path) else {
                let known = builtInNames
                if let near = NearestName.nearest(to: reference, in: known) {
                    log.error(location, "référentiel « \(reference) » inconnu", .hint("vouliez-vous dire « \(near) » ?"))
                } else {
                    log.error(location, "référentiel « \(reference) » inconnu",
                              .note("référentiels fournis : \(known.joined(separator: ", ")) ; ou bien le chemin d'un fichier de critères"))
                }
                return nil
            }
        }
        let key = url.standardizedFileURL.path
        if chain.contains(key) {
            log.error(location, "des référentiels s'étendent les uns les autres en boucle")
            return nil
        }
        if chain.count >= CriteriaSetLoader.maximumChain {
            log.error(location, "trop de référentiels s'étendent les uns les autres (au plus \(CriteriaSetLoader.maximumChain))")
            return nil
        }
        let file = display(url)
        let errorsBefore = log.errorCount(in: file)
        guard let root = YAMLSource.parse(url, file: file, log: log) else { return nil }
        let set = decode(root, file: url, national: !CriteriaSetLoader.isPath(reference), chain: chain + [key], roots: roots)
        return log.errorCount(in: file) == errorsBefore ? set : nil
    }

    private func decode(_ root: DataNode, file: URL, national: Bool, chain: [String], roots: AllowedRoots) -> CriteriaSet? {
        let reader = ValueReader(log: log, positions: PositionTable())
        guard let top = MappingReader(root, path: "", keys: FileFormat.criteria.keys(), reader: reader) else { return nil }
        top.checkFormat()
        let id = top.text("id")
        let titre = top.text("titre", required: false)
        var parent: CriteriaSet?
        let etend = top.text("etend", required: false)
        if let etend {
            parent = load(etend, at: top.positionOfValue("etend"), relativeTo: file.deletingLastPathComponent(), chain: chain,
                          roots: roots)
        }
        let items = top.mappings("criteres", keys: FileFormat.criteria.keys("criteres"), required: etend == nil) ?? []
        guard let id else { return nil }
        var criteres = parent?.criteres ?? []
        for item in items {
            guard let criterionID = item.text("id"), let intitule = item.text("intitule") else { continue }
            let idLocation = item.positionOfValue("id")
            if !criterionID.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) {
                log.error(idLocation, "l'identifiant de critère « \(criterionID) » ne peut contenir que des lettres, des chiffres, « - », « _ » et « . »")
            } else if let existing = criteres.first(where: { $0.id == criterionID }) {
                let from = existing.origine == id ? "" : " (dans « \(existing.origine) »)"
                log.error(idLocation, "identifiant de critère « \(criterionID) » en double\(from)")
            } else {
                criteres.append(Criterion(id: criterionID, intitule: intitule, origine: id, national: national))
            }
        }
        if items.isEmpty && etend != nil && top.has("criteres") == false {
            log.warning(top.location, "le référentiel « \(id) » n'ajoute aucun critère à « \(etend!) »")
        }
        let nationalTitre = national ? nil : parent.flatMap { $0.national ? $0.titre ?? $0.id : $0.nationalTitre }
        return CriteriaSet(id: id, titre: titre ?? parent?.titre, etend: etend, criteres: criteres, national: national,
                           nationalTitre: nationalTitre)
    }
}

extension MappingReader {
    /// The position of the value of `key` if present, else of the mapping.
    func positionOfValue(_ key: String) -> SourceLocation {
        entries.first { $0.key == key }?.value.location ?? location
    }
}
