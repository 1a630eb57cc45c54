/// The formation offer: diplomas, levels, routes and headcounts.
extension DossierDecoder {
    func decodeFormations(_ items: [DataNode], at location: SourceLocation) -> [Formation] {
        if items.isEmpty {
            log.error(location, "« formations » ne liste aucun diplôme", .note("un dossier présente au moins une formation"))
        }
        var formations: [Formation] = []
        // Each formation's key, folded once: comparing every pair folded both again (a 300-row table
        // took most of the time of reading its dossier).
        var seen: [FormationKey: SourceLocation] = [:]
        for item in items {
            guard let reader = MappingReader(item, path: "formations", keys: Self.format.keys("formations"), reader: reader),
                  let formation = formation(reader) else { continue }
            let key = FormationKey(formation)
            if let first = seen[key] {
                log.error(formation.location, "formation \(formation.diplome) \(formation.specialite) en double",
                          .note("déjà listée ligne \(first.line), colonne \(first.column)"))
                continue
            }
            seen[key] = formation.location
            formations.append(formation)
        }
        return formations
    }

    /// What makes two formations the same: diploma and speciality, case and runs of spaces aside, and CFD.
    private struct FormationKey: Hashable {
        var diplome: String, specialite: String, cfd: String?

        init(_ formation: Formation) {
            func fold(_ text: String) -> String { text.lowercased().split(separator: " ").joined(separator: " ") }
            diplome = fold(formation.diplome)
            specialite = fold(formation.specialite)
            cfd = formation.cfd
        }
    }

    private func formation(_ item: MappingReader) -> Formation? {
        let diplome = item.text("diplome")
        let specialite = item.text("specialite")
        let cfd = item.text("cfd", required: false)
        if let cfd, !(cfd.count == 8 && cfd.allSatisfy { $0.isASCII && ($0.isNumber || $0.isUppercase) }) {
            log.error(item.positionOfValue("cfd"), "un CFD a 8 caractères, chiffres ou majuscules (trouvé : « \(cfd) »)")
        }
        let niveau = level(item, diplome: diplome)
        let routes = self.routes(item)
        let headcounts = routes.flatMap { decodeHeadcounts(item, routes: $0) } ?? [:]
        guard let diplome, let specialite, let niveau, let routes else { return nil }
        return Formation(diplome: diplome, specialite: specialite, cfd: cfd, niveau: niveau, voies: routes,
                         effectifs: headcounts, location: item.location)
    }

    /// The level 3 to 8, or an old level V to I; checked against the diploma when it fixes it.
    private func level(_ item: MappingReader, diplome: String?) -> Int? {
        guard let node = item.node("niveau") else { return nil }
        let value: Int
        if case .scalar(let text, _) = node.content, let old = DiplomaLevels.roman[text] {
            value = old
        } else if let number = reader.integer(node, "formations.niveau") {
            value = number
        } else {
            return nil
        }
        guard (3...8).contains(value) else {
            log.error(node.location, "le niveau \(value) n'est pas un niveau du cadre national des certifications (3 à 8)")
            return nil
        }
        if let diplome, let allowed = DiplomaLevels.levels(for: diplome), !allowed.contains(value) {
            let expected = allowed.map(String.init).joined(separator: " ou ")
            log.error(node.location, "un diplôme \(diplome) est de niveau \(expected), pas de niveau \(value)")
            return nil
        }
        return value
    }

    private func routes(_ item: MappingReader) -> [Route]? {
        guard let nodes = item.list("voies") else { return nil }
        if nodes.isEmpty {
            log.error(item.keyLocation("voies"), "« voies » est vide", .note("une formation est ouverte par au moins une voie"))
            return nil
        }
        var routes: [Route] = []
        for node in nodes {
            guard let route = reader.choice(node, "voies", as: Route.self) else { continue }
            if routes.contains(route) {
                log.error(node.location, "la voie « \(route.rawValue) » est listée deux fois")
            } else {
                routes.append(route)
            }
        }
        return routes.count == nodes.count ? routes : nil
    }

    private func decodeHeadcounts(_ item: MappingReader, routes: [Route]) -> [Route: Int]? {
        guard let counts = item.mapping("effectifs", keys: Self.format.keys("formations.effectifs"), required: false) else { return nil }
        var result: [Route: Int] = [:]
        for entry in counts.entries {
            let route = Route(rawValue: entry.key)!
            guard let count = reader.integer(entry.value, "effectifs.\(entry.key)") else { continue }
            if !routes.contains(route) {
                log.error(entry.keyLocation, "effectif pour « \(entry.key) », qui n'est pas parmi les « voies » de la formation",
                          .hint("ajoutez « \(entry.key) » à « voies » ou retirez cet effectif"))
            } else if count < 0 {
                log.error(entry.value.location, "un effectif ne peut pas être négatif")
            } else {
                result[route] = count
            }
        }
        if !counts.entries.isEmpty && result.count == counts.entries.count && result.values.allSatisfy({ $0 == 0 }) {
            log.warning(counts.location, "tous les effectifs de cette formation sont nuls")
        }
        return result
    }
}
