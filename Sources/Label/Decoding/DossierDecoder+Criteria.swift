import Templates

/// Answers and appraisals keyed by criterion id, matched exactly against the campaign's set.
extension DossierDecoder {
    func decodeAnswers(_ map: MappingReader) -> [CriterionAnswer] {
        matched(map).compactMap { id, item in
            let state = item.markdown("etat_des_lieux")
            let evidence = item.texts("preuves", required: false) ?? []
            let indicators = item.mappings("indicateurs", keys: Self.format.keys("criteres.indicateurs"), required: false)?
                .compactMap { indicator -> Indicator? in
                    let libelle = indicator.text("libelle")
                    let valeur = indicator.text("valeur")
                    let cible = indicator.text("cible", required: false)
                    guard let libelle, let valeur else { return nil }
                    return Indicator(libelle: libelle, valeur: valeur, cible: cible)
                } ?? []
            let assessment = item.choice("auto_evaluation", as: Appreciation.self)
            let axes = item.markdown("axes_de_progres", required: false)
            guard let state, let assessment else { return nil }
            return CriterionAnswer(id: id, intitule: criteria?.criterion(id)?.intitule ?? "", etatDesLieux: state,
                                   preuves: evidence, indicateurs: indicators, autoEvaluation: assessment,
                                   axesDeProgres: axes, location: item.location)
        }
    }

    func decodeAppraisals(_ map: MappingReader) -> [CriterionAppraisal] {
        matched(map).compactMap { id, item in
            let appreciation = item.choice("appreciation", as: Appreciation.self)
            let findings = item.markdown("constats")
            let recommendations = item.markdown("recommandations", required: false)
            let deadline = item.date("echeance", required: false)
            guard let appreciation, let findings else { return nil }
            if appreciation.needsGapSheet && recommendations == nil {
                log.warning(item.location, "le critère \(id) est « \(appreciation.libelle.lowercased()) » mais n'a pas de « recommandations »",
                            .note("chaque critère partiellement satisfait ou non satisfait reçoit une fiche d'écart avec des recommandations"))
            }
            return CriterionAppraisal(id: id, intitule: criteria?.criterion(id)?.intitule ?? "", appreciation: appreciation,
                                      constats: findings, recommandations: recommendations, echeance: deadline,
                                      location: item.location)
        }
    }

    /// The entries of a mapping keyed by criterion id, in the set's order; unknown and missing ids reported.
    private func matched(_ map: MappingReader) -> [(String, MappingReader)] {
        let keys = Self.format.keys(map.path)
        var found: [(String, MappingReader)] = []
        for entry in map.entries {
            if let criteria, criteria.criterion(entry.key) == nil {
                let near = NearestName.nearest(to: entry.key, in: criteria.ids)
                log.error(entry.keyLocation, "critère « \(entry.key) » inconnu dans « \(map.path) »",
                          near.map { .hint("vouliez-vous dire « \($0) » ?") }
                              ?? .note("le référentiel « \(criteria.id) » a les critères \(criteria.ids.joined(separator: ", "))"))
                continue
            }
            if let item = MappingReader(entry.value, path: "\(map.path).\(entry.key)", at: entry.keyLocation,
                                        keys: keys, reader: reader) {
                found.append((entry.key, item))
            }
        }
        guard let criteria else { return found }
        for criterion in criteria.criteres where !map.has(criterion.id) {
            log.error(map.location, "critère \(criterion.id) absent de « \(map.path) »",
                      .note("\(criterion.id): \(criterion.intitule)"))
        }
        return criteria.ids.compactMap { id in found.first { $0.0 == id } }
    }
}
