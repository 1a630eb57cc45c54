import Foundation

/// The values a template reads, built from the validated model. Keys follow the data format's
/// French names; computed values (totals, wording, gap sheets) are added beside them.
/// Optional data is left out when absent: templates test it with `{% if %}`.
public enum TemplateContext {
    /// `electronicSigner` names who signs the document electronically, for its visible signature line.
    public static func dossier(_ dossier: Dossier, campaign: Campaign, certificate: CertificateIdentity? = nil,
                               electronicSigner: String? = nil) -> [String: Any] {
        var context: [String: Any] = [
            "campagne": self.campaign(campaign),
            "type": dossier.type.rawValue,
            "est_renouvellement": dossier.type == .renouvellement,
            "etablissement": school(dossier.etablissement),
            "label": label(dossier.label),
            "formations": dossier.formations.map(formation),
            "totaux": totals(dossier.formations),
            "niveaux": levels(dossier.formations),
            "voies": routes(dossier.formations),
            "echelles": ["niveaux": chartMaximum(levelCounts(dossier.formations)),
                         "voies": chartMaximum(Route.allCases.map { route in dossier.formations.filter { $0.voies.contains(route) }.count })],
            "publics": publics(dossier.formations),
            "partenariats": dossier.partenariats.map(partnership),
            "services_entreprises": dossier.servicesEntreprises.map { ["intitule": $0.intitule, "description": $0.description] },
            "criteres": criteria(dossier, campaign: campaign),
            "referentiel_titre": criteriaTitle(dossier.referentiel, campaign: campaign),
            "referentiel_academique": !(dossier.referentiel?.national ?? true),
            "plan_actions": dossier.planActions.map(action),
            "conseil_administration": [
                "date": date(dossier.conseilAdministration.date),
                "deliberation": dossier.conseilAdministration.deliberation,
                "votes": ["pour": dossier.conseilAdministration.votes.pour,
                          "contre": dossier.conseilAdministration.votes.contre,
                          "abstention": dossier.conseilAdministration.votes.abstention],
            ] as [String: Any],
            "signature": ["lieu": dossier.signature.lieu, "date": date(dossier.signature.date)] as [String: Any],
            "fichier": dossier.file.lastPathComponent,
        ]
        if let evaluation = dossier.evaluation { context["evaluation"] = self.evaluation(evaluation, of: dossier) }
        if let decision = dossier.decision { context["decision"] = self.decision(decision) }
        if let certificate { context["certificat"] = certificate.fields }
        // The decision's own signatory, or the campaign's: who signs this school's acts.
        context["signataire"] = signatory(dossier.decision?.signataire ?? campaign.signataire)
        if let electronicSigner { context["signature_electronique"] = ["signataire": electronicSigner] }
        return context
    }

    public static func summary(campaign: Campaign, dossiers: [Dossier]) -> [String: Any] {
        let decided = dossiers.filter { $0.decision != nil }.sorted { $0.etablissement.uai.code < $1.etablissement.uai.code }
        func rows(_ outcome: DecisionOutcome) -> [[String: Any]] {
            decided.filter { $0.decision?.issue == outcome }.map { dossier in
                ["uai": dossier.etablissement.uai.code, "nom": dossier.etablissement.nom,
                 "commune": dossier.etablissement.adresse.commune, "intitule": dossier.label.intitule,
                 "decision": decision(dossier.decision!)]
            }
        }
        let categories: [[String: Any]] = [DecisionOutcome.attribution, .renouvellement, .renouvellementAvecModification].map {
            ["libelle": $0.libelle, "code": $0.rawValue, "etablissements": rows($0), "nombre": rows($0).count]
        }
        let formations = dossiers.flatMap(\.formations)
        var result: [String: Any] = [
            "campagne": self.campaign(campaign),
            "categories": categories,
            "refus": rows(.refus),
            "nombre_dossiers": dossiers.count,
            "nombre_decisions": decided.count,
            "en_attente": dossiers.filter { $0.decision == nil }.map { ["uai": $0.etablissement.uai.code, "nom": $0.etablissement.nom,
                                                                         "commune": $0.etablissement.adresse.commune] },
            "niveaux": levels(formations),
            "voies": Route.allCases.map { route in
                ["libelle": route.libelle, "valeur": formations.filter { $0.voies.contains(route) }.count] as [String: Any]
            },
            "nombre_formations": formations.count,
        ]
        // Tops of the charts' scales, so that their graduations fall on whole numbers.
        let routeCounts = Route.allCases.map { route in formations.filter { $0.voies.contains(route) }.count }
        result["echelles"] = ["categories": chartMaximum(categories.compactMap { $0["nombre"] as? Int }
                                                         + [rows(.refus).count, dossiers.count - decided.count]),
                              "niveaux": chartMaximum(levelCounts(formations)), "voies": chartMaximum(routeCounts)]
        // The summary is dated by the campaign's last decision (never the clock: same data, same file).
        if let last = decided.compactMap({ $0.decision?.date }).max() { result["date"] = date(last) }
        return result
    }

    /// The dossier reduced to what `summary` reads — the school's UAI, name and town, the wording, the
    /// decision, each formation's level and routes — so that a batch can keep every school's until the
    /// summary without their long texts. Good for the summary only: the documents need the whole dossier.
    public static func summaryFields(of dossier: Dossier) -> Dossier {
        var kept = dossier
        kept.etablissement.ddfpt = nil
        kept.etablissement.referent = nil
        kept.label.ensembleDeMetiers = ""
        kept.formations = dossier.formations.map { formation in
            var levelAndRoutes = formation
            levelAndRoutes.diplome = ""
            levelAndRoutes.specialite = ""
            levelAndRoutes.cfd = nil
            levelAndRoutes.effectifs = [:]
            return levelAndRoutes
        }
        kept.partenariats = []
        kept.servicesEntreprises = []
        kept.criteres = []
        kept.planActions = []
        kept.evaluation = nil
        return kept
    }

    // MARK: Parts

    static func campaign(_ campaign: Campaign) -> [String: Any] {
        var result: [String: Any] = [
            "annee": campaign.campagne.description,
            "region_academique": campaign.regionAcademique,
            "academie": campaign.academie,
            "academie_nom": FrenchFormat.academie(campaign.academie),
            "lieu": campaign.lieu,
            "referentiel": campaign.criteria.id,
            "signataire": self.signatory(campaign.signataire),
        ]
        if let group = campaign.groupeRegional {
            let president = person(group.president, function: "Le président")
            result["groupe_regional"] = ["nom": group.nom, "president": president] as [String: Any]
        }
        if let logo = campaign.logo { result["logo"] = logo.path }
        if let verification = campaign.verification { result["verification"] = verification }
        return result
    }

    /// `function`, in the masculine, is the person's function agreed with their civilité under `fonction`
    /// (« Directrice déléguée aux formations … » for Mme).
    static func person(_ person: Person, function: String? = nil) -> [String: Any] {
        var result: [String: Any] = ["civilite": person.civilite.rawValue, "prenom": person.prenom, "nom": person.nom,
                                     "nom_complet": person.fullName, "signature": person.name]
        if let qualite = person.qualite { result["qualite"] = qualite }
        if let function { result["fonction"] = FrenchFormat.title(function, for: person.civilite) }
        return result
    }

    /// Who signs an act: their title agreed, the delegation line, the authority that decides (the act's
    /// preamble) and the delegation act.
    static func signatory(_ signatory: Signatory) -> [String: Any] {
        var result = person(signatory.person)
        result["titre"] = FrenchFormat.title(signatory.titre, for: signatory.person.civilite)
        result["autorite"] = signatory.decidingAuthority
        if let line = signatory.delegationLine { result["delegation"] = line }
        if let act = signatory.arrete {
            result["arrete_delegation"] = ["numero": act.numero, "date": date(act.date)] as [String: Any]
        }
        return result
    }

    static func date(_ date: LocalDate) -> FrenchDate { FrenchDate(date) }

    private static func school(_ school: School) -> [String: Any] {
        var result: [String: Any] = [
            "uai": school.uai.code, "nom": school.nom, "nature": school.nature.rawValue,
            "nature_libelle": natureLabel(school.nature), "statut": school.statut.rawValue,
            "statut_libelle": school.statut == .publicSchool ? "public" : "privé sous contrat",
            "adresse": ["voie": school.adresse.voie, "code_postal": school.adresse.codePostal, "commune": school.adresse.commune],
            "chef_etablissement": person(school.chefEtablissement, function: "Chef d'établissement"),
            "chef_titre": FrenchFormat.title("Le \(headNoun(school))", for: school.chefEtablissement.civilite),
            // « proviseure », « directeur »: the head's function without article, as after a name.
            "chef_fonction": FrenchFormat.title(headNoun(school), for: school.chefEtablissement.civilite),
        ]
        if let ddfpt = school.ddfpt {
            result["ddfpt"] = person(ddfpt, function: "Directeur délégué aux formations professionnelles et technologiques")
        }
        if let referent = school.referent { result["referent"] = person(referent, function: "Référent du label") }
        return result
    }

    /// A public lycée is headed by a proviseur; an EREA, an agricultural lycée or a private school by a directeur.
    private static func headNoun(_ school: School) -> String {
        school.nature == .erea || school.nature == .lea || school.statut == .priveSousContrat ? "directeur" : "proviseur"
    }

    private static func natureLabel(_ nature: SchoolNature) -> String {
        switch nature {
        case .lp: return "Lycée professionnel"
        case .lpo: return "Lycée polyvalent"
        case .erea: return "Établissement régional d'enseignement adapté"
        case .lea: return "Lycée d'enseignement agricole"
        }
    }

    private static func label(_ label: LabelRequest) -> [String: Any] {
        var result: [String: Any] = ["intitule": label.intitule, "ensemble_de_metiers": label.ensembleDeMetiers]
        if let previous = label.precedent {
            result["precedent"] = ["intitule": previous.intitule, "date_decision": date(previous.dateDecision),
                                   "date_fin": date(previous.dateFin)] as [String: Any]
        }
        return result
    }

    private static func formation(_ formation: Formation) -> [String: Any] {
        var routes: [String: Any] = [:]
        var headcounts: [String: Any] = [:]
        for route in Route.allCases {
            routes[route.rawValue] = formation.voies.contains(route)
            headcounts[route.rawValue] = formation.effectifs[route].map { $0 as Any } ?? ""
        }
        var result: [String: Any] = ["diplome": formation.diplome, "specialite": formation.specialite,
                                     "niveau": formation.niveau, "voies": routes, "effectifs": headcounts,
                                     "total": formation.totalEffectif]
        if let cfd = formation.cfd { result["cfd"] = cfd }
        return result
    }

    private static func totals(_ formations: [Formation]) -> [String: Any] {
        var result: [String: Any] = ["total": formations.map(\.totalEffectif).reduce(0, +)]
        for route in Route.allCases {
            result[route.rawValue] = formations.compactMap { $0.effectifs[route] }.reduce(0, +)
        }
        return result
    }

    private static func levelCounts(_ formations: [Formation]) -> [Int] {
        levels(formations).compactMap { $0["valeur"] as? Int }
    }

    /// A chart's top: the largest value when at most 10 (graduations 1 by 1), else rounded up to a
    /// multiple of 10 (graduations of a tenth, whole numbers); never 0.
    static func chartMaximum(_ values: [Int]) -> Int {
        let largest = max(values.max() ?? 1, 1)
        return largest <= 10 ? largest : (largest + 9) / 10 * 10
    }

    /// Formations per level 3 to 6 and above, for charts.
    private static func levels(_ formations: [Formation]) -> [[String: Any]] {
        [(3, "Niveau 3"), (4, "Niveau 4"), (5, "Niveau 5"), (6, "Niveau 6 et plus")].map { level, label in
            let count = formations.filter { level == 6 ? $0.niveau >= 6 : $0.niveau == level }.count
            return ["libelle": label, "valeur": count]
        }
    }

    /// Per route: the formations open to it and the headcount, for the dossier's chart and table.
    private static func routes(_ formations: [Formation]) -> [[String: Any]] {
        Route.allCases.map { route in
            ["code": route.rawValue, "libelle": route.libelle,
             "valeur": formations.filter { $0.voies.contains(route) }.count,
             "effectif": formations.compactMap { $0.effectifs[route] }.reduce(0, +)] as [String: Any]
        }
    }

    /// The publics the school takes in, by status (one per route), with their share of the headcount in percent.
    private static func publics(_ formations: [Formation]) -> [[String: Any]] {
        let names: [Route: String] = [.scolaire: "Élèves sous statut scolaire", .apprentissage: "Apprentis",
                                      .formationContinue: "Stagiaires de la formation continue", .vae: "Candidats à la VAE"]
        let total = formations.map(\.totalEffectif).reduce(0, +)
        return Route.allCases.map { route in
            let count = formations.compactMap { $0.effectifs[route] }.reduce(0, +)
            return ["libelle": names[route] ?? route.libelle, "effectif": count,
                    "formations": formations.filter { $0.voies.contains(route) }.count,
                    "part": total > 0 ? Double(count) * 100 / Double(total) : 0.0] as [String: Any]
        }
    }

    private static func partnership(_ partnership: Partnership) -> [String: Any] {
        var result: [String: Any] = ["nom": partnership.nom, "type": partnership.type.rawValue,
                                     "type_libelle": partnerKindLabel(partnership.type), "objet": partnership.objet]
        if let convention = partnership.convention { result["convention"] = date(convention) }
        return result
    }

    private static func partnerKindLabel(_ kind: PartnerKind) -> String {
        switch kind {
        case .entreprise: return "Entreprise"
        case .brancheProfessionnelle: return "Branche professionnelle"
        case .collectivite: return "Collectivité"
        case .college: return "Collège"
        case .cfa: return "CFA"
        case .enseignementSuperieur: return "Enseignement supérieur"
        case .association: return "Association"
        case .etablissementEtranger: return "Établissement étranger"
        case .autre: return "Autre"
        }
    }

    private static func criteria(_ dossier: Dossier, campaign: Campaign) -> [[String: Any]] {
        dossier.criteres.enumerated().map { index, answer in
            var result: [String: Any] = [
                "id": answer.id, "numero": index + 1, "intitule": answer.intitule,
                "etat_des_lieux": answer.etatDesLieux, "preuves": answer.preuves,
                "indicateurs": answer.indicateurs.map { indicator -> [String: Any] in
                    var row: [String: Any] = ["libelle": indicator.libelle, "valeur": indicator.valeur]
                    if let cible = indicator.cible { row["cible"] = cible }
                    return row
                },
                "academique": isAcademic(answer.id, in: dossier),
                "auto_evaluation": answer.autoEvaluation.libelle,
                "auto_evaluation_code": answer.autoEvaluation.rawValue,
            ]
            if let axes = answer.axesDeProgres { result["axes_de_progres"] = axes }
            if let appraisal = dossier.evaluation?.criteres.first(where: { $0.id == answer.id }) {
                result["evaluation"] = self.appraisal(appraisal)
            }
            return result
        }
    }

    /// The criteria set the dossier answers, as documents name it: a national set by its title; an
    /// académie's set extending a national one as « Critères de l'article D. 335-1 … (décret n° 2023-763),
    /// complétés par les critères de l'académie de Nice », never by the national decree alone.
    static func criteriaTitle(_ set: CriteriaSet?, campaign: Campaign) -> String {
        guard let set else { return campaign.criteria.titre ?? campaign.criteria.id }
        if let national = set.nationalTitre {
            return "\(national), complétés par les critères de l'\(FrenchFormat.academie(campaign.academie))"
        }
        return set.titre ?? set.id
    }

    /// Whether a criterion is the académie's own (not one of a national set), to be named by its id.
    private static func isAcademic(_ id: String, in dossier: Dossier) -> Bool {
        !((dossier.referentiel?.criterion(id)?.national) ?? true)
    }

    private static func appraisal(_ appraisal: CriterionAppraisal) -> [String: Any] {
        var result: [String: Any] = [
            "id": appraisal.id, "intitule": appraisal.intitule,
            "appreciation": appraisal.appreciation.libelle, "appreciation_code": appraisal.appreciation.rawValue,
            "note": Appreciation.allCases.count - (Appreciation.allCases.firstIndex(of: appraisal.appreciation) ?? 0),
            "constats": appraisal.constats, "fiche_ecart": appraisal.appreciation.needsGapSheet,
        ]
        if let recommendations = appraisal.recommandations { result["recommandations"] = recommendations }
        if let deadline = appraisal.echeance { result["echeance"] = date(deadline) }
        return result
    }

    private static func evaluation(_ evaluation: Evaluation, of dossier: Dossier) -> [String: Any] {
        let appraisals = evaluation.criteres.enumerated().map { index, item in
            appraisal(item).merging(["numero": index + 1, "academique": isAcademic(item.id, in: dossier)]) { _, new in new }
        }
        return [
            "auditeurs": evaluation.auditeurs.map { person($0) },
            "date_visite": date(evaluation.dateVisite),
            "documents_examines": evaluation.documentsExamines,
            "criteres": appraisals,
            "ecarts": appraisals.filter { ($0["fiche_ecart"] as? Bool) == true },
            "non_satisfaits": appraisals.filter { ($0["appreciation_code"] as? String) == Appreciation.nonSatisfait.rawValue },
            "partiels": appraisals.filter { ($0["appreciation_code"] as? String) == Appreciation.partiellementSatisfait.rawValue },
            "synthese": evaluation.synthese,
            "avis": evaluation.avis.libelle, "avis_code": evaluation.avis.rawValue,
            "avis_favorable": evaluation.avis.isFavorable,
            "date": date(evaluation.date),
        ]
    }

    private static func decision(_ decision: Decision) -> [String: Any] {
        var result: [String: Any] = [
            "numero": decision.numero, "date": date(decision.date), "issue": decision.issue.rawValue,
            "issue_libelle": decision.issue.libelle, "est_refus": decision.issue == .refus,
            "duree_ans": decision.dureeAns,
        ]
        if let start = decision.debut { result["debut"] = date(start) }
        if let end = decision.fin { result["fin"] = date(end) }
        if let caen = decision.avisCaen { result["avis_caen"] = date(caen) }
        return result
    }

    private static func action(_ action: PlannedAction) -> [String: Any] {
        var result: [String: Any] = ["action": action.action, "echeance": date(action.echeance)]
        if let indicator = action.indicateur { result["indicateur"] = indicator }
        if let owner = action.responsable { result["responsable"] = owner }
        return result
    }
}
