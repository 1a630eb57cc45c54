/// The groupe régional's evaluation, `evaluation`: the report's matter.
enum EvaluationView {
    static let evaluation = ContextView<(evaluation: Evaluation, dossier: Dossier)>([
        .list("auditeurs", "les auditeurs", PersonViews.person) { $0.evaluation.auditeurs },
        .date("date_visite", "la date de la visite") { $0.evaluation.dateVisite },
        .texts("documents_examines", "les documents examinés") { $0.evaluation.documentsExamines },
        .list("criteres", "l'appréciation de chaque critère", CriterionViews.numbered) { appraisals($0) },
        .list("ecarts", "les critères qui demandent une fiche d'écart", CriterionViews.numbered) {
            appraisals($0).filter { $0.appraisal.appreciation.needsGapSheet }
        },
        .list("non_satisfaits", "les critères appréciés « non satisfait »", CriterionViews.numbered) {
            appraisals($0).filter { $0.appraisal.appreciation == .nonSatisfait }
        },
        .list("partiels", "les critères appréciés « partiellement satisfait »", CriterionViews.numbered) {
            appraisals($0).filter { $0.appraisal.appreciation == .partiellementSatisfait }
        },
        .value("synthese", "la synthèse de l'évaluation (CommonMark)") { $0.evaluation.synthese },
        .value("avis", "l'avis en toutes lettres") { $0.evaluation.avis.libelle },
        .value("avis_code", "l'avis (code)") { $0.evaluation.avis.rawValue },
        .value("avis_favorable", "vrai pour un avis favorable") { $0.evaluation.avis.isFavorable },
        .date("date", "la date du rapport") { $0.evaluation.date },
    ])

    private static func appraisals(_ model: (evaluation: Evaluation, dossier: Dossier)) -> [CriterionViews.Numbered] {
        CriterionViews.numbered(model.evaluation, of: model.dossier)
    }
}
