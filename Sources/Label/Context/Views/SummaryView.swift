/// What the campaign summary (synthese.xml) reads: the decisions by outcome, the schools still
/// waiting, and the campaign's formations counted for the charts.
enum SummaryView {
    struct Model {
        var campaign: Campaign
        var dossiers: [Dossier]
        /// The dossiers with a decision, by UAI.
        var decided: [Dossier]

        init(campaign: Campaign, dossiers: [Dossier]) {
            self.campaign = campaign
            self.dossiers = dossiers
            decided = dossiers.filter { $0.decision != nil }.sorted { $0.etablissement.uai.code < $1.etablissement.uai.code }
        }

        func decided(_ outcome: DecisionOutcome) -> [Dossier] { decided.filter { $0.decision?.issue == outcome } }
        var pending: [Dossier] { dossiers.filter { $0.decision == nil } }
        var formations: [Formation] { dossiers.flatMap(\.formations) }
    }

    static let summary = ContextView<Model>([
        .mapping("campagne", "la campagne", CampaignView.campaign) { $0.campaign },
        .list("categories", "les décisions favorables, par catégorie", category) { model in
            favourable.map { (outcome: $0, schools: model.decided($0)) }
        },
        .list("refus", "les établissements à qui le label est refusé", decidedSchool) { $0.decided(.refus) },
        .value("nombre_dossiers", "le nombre de dossiers de la campagne") { $0.dossiers.count },
        .value("nombre_decisions", "le nombre de décisions prises") { $0.decided.count },
        .list("en_attente", "les établissements sans décision", school) { $0.pending },
        .list("niveaux", "le nombre de formations par niveau, de 3 à 6 et plus", FormationViews.level) { FormationViews.levels($0.formations) },
        .list("voies", "le nombre de formations par voie", route) { FormationViews.byRoute($0.formations) },
        .value("nombre_formations", "le nombre de formations de la campagne") { $0.formations.count },
        // Tops of the charts' scales, so that their graduations fall on whole numbers.
        .mapping("echelles", "le haut de l'échelle des graphiques", scales) { $0 },
        // The summary is dated by the campaign's last decision (never the clock: same data, same file).
        .date("date", "la date de la dernière décision de la campagne") { $0.decided.compactMap { $0.decision?.date }.max() },
    ])

    /// The outcomes that grant the label, in the order of the national list.
    private static let favourable: [DecisionOutcome] = [.attribution, .renouvellement, .renouvellementAvecModification]

    private static let category = ContextView<(outcome: DecisionOutcome, schools: [Dossier])>([
        .value("libelle", "le nom de la catégorie") { $0.outcome.libelle },
        .value("code", "la catégorie (code)") { $0.outcome.rawValue },
        .value("nombre", "le nombre d'établissements de la catégorie") { $0.schools.count },
        .list("etablissements", "les établissements de la catégorie", decidedSchool) { $0.schools },
    ])

    private static let school = ContextView<Dossier>([
        .value("uai", "le code UAI") { $0.etablissement.uai.code },
        .value("nom", "le nom de l'établissement") { $0.etablissement.nom },
        .value("commune", "la commune") { $0.etablissement.adresse.commune },
    ])

    private static let decidedSchool = school + ContextView<Dossier>([
        .value("intitule", "l'intitulé du label") { $0.label.intitule },
        .mapping("decision", "la décision", DecisionView.decision) { $0.decision },
    ])

    private static let route = ContextView<(route: Route, formations: [Formation])>([
        .value("libelle", "le nom de la voie") { $0.route.libelle },
        .value("valeur", "le nombre de formations ouvertes à la voie") { FormationViews.openTo($0.route, $0.formations) },
    ])

    private static let scales = ContextView<Model>([
        .value("categories", "le haut de l'échelle du graphique des décisions") { model in
            FormationViews.chartMaximum(favourable.map { model.decided($0).count }
                                        + [model.decided(.refus).count, model.pending.count])
        },
    ]) + FormationViews.scales.reading { $0.formations }
}
