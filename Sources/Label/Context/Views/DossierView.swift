/// What a dossier's documents (dossier, rapport, décision, certificat) read: the school's file with
/// the campaign, and for a certificate its identity.
enum DossierView {
    /// One document's data. `electronicSigner` names who signs the document electronically, for
    /// its visible signature line.
    struct Model {
        var dossier: Dossier
        var campaign: Campaign
        var certificate: CertificateIdentity?
        var electronicSigner: String?
    }

    static let dossier = ContextView<Model>([
        .mapping("campagne", "la campagne", CampaignView.campaign) { $0.campaign },
        .value("type", "type de la demande : « premiere_demande » ou « renouvellement »") { $0.dossier.type.rawValue },
        .value("est_renouvellement", "vrai pour une demande de renouvellement") { $0.dossier.type == .renouvellement },
        .mapping("etablissement", "l'établissement candidat", SchoolView.school) { $0.dossier.etablissement },
        // The decision's own signatory, or the campaign's: who signs this school's acts.
        .mapping("signataire", "qui signe les actes de l'établissement : le signataire propre à la décision, sinon celui de la campagne",
                 PersonViews.signatory) { $0.dossier.decision?.signataire ?? $0.campaign.signataire },
        .mapping("signature_electronique", "présent quand le document est signé électroniquement (décisions et certificats)",
                 electronicSignature) { $0.electronicSigner },
        .mapping("label", "le label demandé", label) { $0.dossier.label },
        .list("formations", "les formations de l'établissement", FormationViews.formation, sections: [.formations]) { $0.dossier.formations },
        .mapping("totaux", "les effectifs totaux", FormationViews.totals, sections: [.formations]) { $0.dossier.formations },
        .list("niveaux", "le nombre de formations par niveau, de 3 à 6 et plus", FormationViews.level, sections: [.formations]) {
            FormationViews.levels($0.dossier.formations)
        },
        .list("voies", "par voie : formations ouvertes et effectif", FormationViews.route, sections: [.formations]) {
            FormationViews.byRoute($0.dossier.formations)
        },
        .mapping("echelles", "le haut de l'échelle des graphiques", FormationViews.scales, sections: [.formations]) { $0.dossier.formations },
        .list("publics", "les publics accueillis, un par voie", FormationViews.publics, sections: [.formations]) {
            FormationViews.byRoute($0.dossier.formations)
        },
        .list("partenariats", "les partenariats de l'établissement", partnership, sections: [.partenariats]) { $0.dossier.partenariats },
        .list("services_entreprises", "les services proposés aux entreprises", businessService, sections: [.servicesEntreprises]) {
            $0.dossier.servicesEntreprises
        },
        // Each criterion's `criteres[].evaluation` is the appraisal of the evaluation's section.
        .list("criteres", "les réponses de l'établissement aux critères du cahier des charges", CriterionViews.answer,
              sections: [.criteres, .evaluation]) { CriterionViews.answers($0.dossier) },
        .value("referentiel_titre", "le titre du cahier des charges auquel le dossier répond") {
            criteriaTitle($0.dossier.referentiel, campaign: $0.campaign)
        },
        .value("referentiel_academique", "vrai quand ce cahier des charges est celui d'une académie (critères nationaux complétés)") {
            !($0.dossier.referentiel?.national ?? true)
        },
        .list("plan_actions", "le plan d'actions", plannedAction, sections: [.planActions]) { $0.dossier.planActions },
        .mapping("conseil_administration", "la délibération du conseil d'administration", board) { $0.dossier.conseilAdministration },
        .mapping("signature", "la signature du dossier", placeAndDate) { $0.dossier.signature },
        .value("fichier", "le nom du fichier de données du dossier") { $0.dossier.file.lastPathComponent },
        .mapping("evaluation", "le rapport d'évaluation, une fois l'établissement évalué", EvaluationView.evaluation, sections: [.evaluation]) { model in
            model.dossier.evaluation.map { ($0, model.dossier) }
        },
        .mapping("decision", "la décision du recteur, une fois prise", DecisionView.decision) { $0.dossier.decision },
        .mapping("certificat", "le certificat, pour le certificat seulement", certificate) { $0.certificate },
    ])

    private static let electronicSignature = ContextView<String>([
        .value("signataire", "le nom du certificat qui signe (son « common name »)") { $0 },
    ])

    private static let label = ContextView<LabelRequest>([
        .value("intitule", "l'intitulé du label demandé") { $0.intitule },
        .value("ensemble_de_metiers", "l'ensemble de métiers") { $0.ensembleDeMetiers },
        .mapping("precedent", "le label précédent, pour un renouvellement", previousLabel) { $0.precedent },
    ])

    private static let previousLabel = ContextView<PreviousLabel>([
        .value("intitule", "l'intitulé du label précédent") { $0.intitule },
        .date("date_decision", "la date de la décision précédente") { $0.dateDecision },
        .date("date_fin", "la fin du label précédent") { $0.dateFin },
    ])

    private static let partnership = ContextView<Partnership>([
        .value("nom", "le nom du partenaire") { $0.nom },
        .value("type", "le type de partenaire (code)") { $0.type.rawValue },
        .value("type_libelle", "le type de partenaire en toutes lettres") { partnerKindLabel($0.type) },
        .value("objet", "l'objet du partenariat") { $0.objet },
        .date("convention", "la date de la convention, s'il y en a une") { $0.convention },
    ])

    private static let businessService = ContextView<BusinessService>([
        .value("intitule", "l'intitulé du service") { $0.intitule },
        .value("description", "sa description") { $0.description },
    ])

    private static let plannedAction = ContextView<PlannedAction>([
        .value("action", "l'action") { $0.action },
        .date("echeance", "son échéance") { $0.echeance },
        .value("indicateur", "son indicateur, s'il est indiqué") { $0.indicateur },
        .value("responsable", "son responsable, s'il est indiqué") { $0.responsable },
    ])

    private static let board = ContextView<BoardDeliberation>([
        .date("date", "la date du conseil") { $0.date },
        .value("deliberation", "le numéro de la délibération") { $0.deliberation },
        .mapping("votes", "les votes", votes) { $0.votes },
    ])

    private static let votes = ContextView<Votes>([
        .value("pour", "les voix pour") { $0.pour },
        .value("contre", "les voix contre") { $0.contre },
        .value("abstention", "les abstentions") { $0.abstention },
    ])

    private static let placeAndDate = ContextView<PlaceAndDate>([
        .value("lieu", "le lieu de signature") { $0.lieu },
        .date("date", "la date de signature") { $0.date },
    ])

    private static let certificate = ContextView<CertificateIdentity>([
        .value("numero", "le numéro du certificat (« CLM-2026-0060034E »)") { $0.number },
        .value("code", "le code de vérification") { $0.code },
        .value("qr", "ce que code le QR code : l'adresse de vérification, ou le numéro et le code") { $0.qrText },
    ])

    /// The criteria set the dossier answers, as documents name it: a national set by its title; an
    /// académie's set extending a national one as « Critères de l'article D. 335-1 … (décret n° 2023-763),
    /// complétés par les critères de l'académie de Nice », never by the national decree alone.
    private static func criteriaTitle(_ set: CriteriaSet?, campaign: Campaign) -> String {
        guard let set else { return campaign.criteria.titre ?? campaign.criteria.id }
        if let national = set.nationalTitre {
            return "\(national), complétés par les critères de l'\(FrenchFormat.academie(campaign.academie))"
        }
        return set.titre ?? set.id
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
}
