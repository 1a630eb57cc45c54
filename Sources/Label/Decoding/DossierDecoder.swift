import Foundation

/// Decodes one `dossiers/UAI.yaml` against its campaign's criteria set (nil when the campaign
/// could not be read: the criteria ids are then not checked).
struct DossierDecoder {
    let criteria: CriteriaSet?
    let log: DiagnosticLog
    let reader: ValueReader
    /// The folder a file the dossier names (a CSV of formations) must lie in: the campaign's.
    let allowedFolder: URL?
    /// How a file is named in diagnostics.
    let display: (URL) -> String
    /// The sections decoded; the others are left empty (see `DossierSection`).
    let sections: Set<DossierSection>

    init(criteria: CriteriaSet?, log: DiagnosticLog, allowedFolder: URL? = nil, display: @escaping (URL) -> String = { $0.path },
         sections: Set<DossierSection> = Set(DossierSection.allCases)) {
        self.criteria = criteria
        self.log = log
        self.reader = ValueReader(log: log, positions: PositionTable())
        self.allowedFolder = allowedFolder
        self.display = display
        self.sections = sections
    }

    /// `referentiel` (optional) names a set other than the campaign's; the loader resolves it before decoding.
    static let format = FileFormat.dossier

    func decode(_ root: DataNode, url: URL) -> Dossier? {
        guard let top = MappingReader(root, path: "", keys: Self.format.keys(), reader: reader) else { return nil }
        top.checkFormat()
        _ = top.text("referentiel", required: false)
        let type = top.choice("type", as: DossierType.self)
        let school = top.mapping("etablissement", keys: Self.format.keys("etablissement")).flatMap(school)
        let label = top.mapping("label", keys: Self.format.keys("label")).flatMap(labelRequest)
        let formations = !sections.contains(.formations) ? [] : top.node("formations").flatMap { node -> [DataNode]? in
            if case .scalar(let name, _) = node.content { return formationsFile(node, name: name, dossier: url) }
            return reader.list(node, "formations")
        }.map { decodeFormations($0, at: top.keyLocation("formations")) } ?? []
        let partnerships = !sections.contains(.partenariats) ? [] :
            top.mappings("partenariats", keys: Self.format.keys("partenariats"), required: false)?.compactMap(partnership) ?? []
        let services = !sections.contains(.servicesEntreprises) ? [] :
            top.mappings("services_entreprises", keys: Self.format.keys("services_entreprises"), required: false)?
                .compactMap(service) ?? []
        let answers = !sections.contains(.criteres) ? [] : top.mapping("criteres", keys: nil).map(decodeAnswers) ?? []
        let actions = !sections.contains(.planActions) ? [] :
            top.mappings("plan_actions", keys: Self.format.keys("plan_actions"), required: false)?.compactMap(action) ?? []
        let board = top.mapping("conseil_administration", keys: Self.format.keys("conseil_administration")).flatMap(board)
        let signature = top.mapping("signature", keys: Self.format.keys("signature")).flatMap { place in
            let lieu = place.text("lieu")
            let date = place.date("date")
            return lieu.flatMap { lieu in date.map { PlaceAndDate(lieu: lieu, date: $0) } }
        }
        let evaluation = !sections.contains(.evaluation) ? nil :
            top.mapping("evaluation", keys: Self.format.keys("evaluation"), required: false).flatMap(decodeEvaluation)
        let decision = top.mapping("decision", keys: Self.format.keys("decision"), required: false).flatMap(decodeDecision)
        guard let type, let school, let label, let board, let signature else { return nil }
        let dossier = Dossier(file: url, location: root.location, type: type, etablissement: school, label: label,
                              formations: formations, partenariats: partnerships, servicesEntreprises: services,
                              referentiel: criteria, criteres: answers, planActions: actions, conseilAdministration: board,
                              signature: signature, evaluation: evaluation, decision: decision)
        DossierRules(log: log, positions: reader.positions, top: top, sections: sections).check(dossier)
        return dossier
    }

    private func school(_ school: MappingReader) -> School? {
        let uai = school.text("uai").flatMap { code -> UAI? in
            let location = school.positionOfValue("uai")
            switch UAI.problem(code) {
            case nil: return UAI(code)
            case .shape:
                log.error(location, "« \(code) » n'est pas un UAI", .note("un UAI s'écrit avec 7 chiffres et une lettre de contrôle, comme 0060034E"))
            case .checkLetter(let expected):
                log.error(location, "lettre de contrôle erronée dans l'UAI « \(code) »", .hint("la lettre de \(code.prefix(7)) est \(expected)"))
            }
            return nil
        }
        let nom = school.text("nom")
        let nature = school.choice("nature", as: SchoolNature.self)
        let statut = school.choice("statut", as: SchoolStatus.self)
        let address = school.mapping("adresse", keys: Self.format.keys("etablissement.adresse")).flatMap { address -> Address? in
            let voie = address.text("voie")
            let code = address.text("code_postal")
            if let code, !(code.count == 5 && code.allSatisfy { $0.isASCII && $0.isNumber }) {
                log.error(address.positionOfValue("code_postal"), "un code postal a 5 chiffres (trouvé : « \(code) »)",
                          .hint("écrivez-le entre guillemets, comme \"06200\", pour garder le zéro initial"))
            }
            let commune = address.text("commune")
            guard let voie, let code, let commune else { return nil }
            return Address(voie: voie, codePostal: code, commune: commune)
        }
        let head = school.person("chef_etablissement")
        let ddfpt = school.person("ddfpt", required: false)
        let referent = school.person("referent", required: false, qualite: true)
        guard let uai, let nom, let nature, let statut, let address, let head else { return nil }
        return School(uai: uai, nom: nom, nature: nature, statut: statut, adresse: address,
                      chefEtablissement: head, ddfpt: ddfpt, referent: referent)
    }

    private func labelRequest(_ label: MappingReader) -> LabelRequest? {
        let intitule = label.text("intitule")
        if let intitule, !intitule.hasPrefix("Lycée des métiers") {
            log.warning(label.positionOfValue("intitule"), "l'intitulé du label commence d'ordinaire par « Lycée des métiers »")
        }
        let ensemble = label.markdown("ensemble_de_metiers")
        let previous = label.mapping("precedent", keys: Self.format.keys("label.precedent"), required: false)
            .flatMap { previous -> PreviousLabel? in
                let intitule = previous.text("intitule")
                let decided = previous.date("date_decision")
                let end = previous.date("date_fin")
                guard let intitule, let decided, let end else { return nil }
                if end <= decided {
                    log.error(previous.positionOfValue("date_fin"), "le label précédent finit (\(end)) avant d'avoir été attribué (\(decided))")
                }
                return PreviousLabel(intitule: intitule, dateDecision: decided, dateFin: end)
            }
        guard let intitule, let ensemble else { return nil }
        return LabelRequest(intitule: intitule, ensembleDeMetiers: ensemble, precedent: previous)
    }

    private func partnership(_ item: MappingReader) -> Partnership? {
        let nom = item.text("nom")
        let type = item.choice("type", as: PartnerKind.self)
        let objet = item.markdown("objet")
        let convention = item.date("convention", required: false)
        guard let nom, let type, let objet else { return nil }
        return Partnership(nom: nom, type: type, objet: objet, convention: convention)
    }

    private func service(_ item: MappingReader) -> BusinessService? {
        let intitule = item.text("intitule")
        let description = item.markdown("description")
        guard let intitule, let description else { return nil }
        return BusinessService(intitule: intitule, description: description)
    }

    private func action(_ item: MappingReader) -> PlannedAction? {
        let action = item.text("action")
        let deadline = item.date("echeance")
        let indicator = item.text("indicateur", required: false)
        let owner = item.text("responsable", required: false)
        guard let action, let deadline else { return nil }
        return PlannedAction(action: action, echeance: deadline, indicateur: indicator, responsable: owner)
    }

    private func board(_ board: MappingReader) -> BoardDeliberation? {
        let date = board.date("date")
        let number = board.text("deliberation")
        let votes = board.mapping("votes", keys: Self.format.keys("conseil_administration.votes")).flatMap { votes -> Votes? in
            let counts = ["pour", "contre", "abstention"].map { key -> Int? in
                guard let value = votes.integer(key) else { return nil }
                if value < 0 { log.error(votes.positionOfValue(key), "un nombre de voix ne peut pas être négatif") }
                return value
            }
            guard let pour = counts[0], let contre = counts[1], let abstention = counts[2] else { return nil }
            if pour <= contre {
                log.error(board.keyLocation("votes"),
                          "le conseil d'administration n'a pas approuvé la candidature (\(pour) pour, \(contre) contre)",
                          .note("le chef d'établissement présente la candidature avec l'accord du conseil d'administration"))
            }
            return Votes(pour: pour, contre: contre, abstention: abstention)
        }
        guard let date, let number, let votes else { return nil }
        return BoardDeliberation(date: date, deliberation: number, votes: votes)
    }
}
