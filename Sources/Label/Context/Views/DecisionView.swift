/// The recteur's decision, `decision`.
enum DecisionView {
    static let decision = ContextView<Decision>([
        .value("numero", "le numéro de la décision") { $0.numero },
        .date("date", "la date de la décision") { $0.date },
        .value("issue", "l'issue (code)") { $0.issue.rawValue },
        .value("issue_libelle", "l'issue en toutes lettres") { $0.issue.libelle },
        .value("est_refus", "vrai pour un refus") { $0.issue == .refus },
        .value("duree_ans", "la durée du label, en années") { $0.dureeAns },
        .date("debut", "le début du label") { $0.debut },
        .date("fin", "la fin du label") { $0.fin },
        .date("avis_caen", "la date de l'avis du CAEN, s'il est indiqué") { $0.avisCaen },
    ])
}
