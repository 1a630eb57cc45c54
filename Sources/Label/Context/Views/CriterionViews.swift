/// The school's answers to the criteria, and the auditors' appraisal of each.
enum CriterionViews {
    /// A criterion answered in a dossier: the answer, its order number from 1, and the dossier (its
    /// criteria set and evaluation).
    typealias Answer = (answer: CriterionAnswer, number: Int, dossier: Dossier)

    static let answer = ContextView<Answer>([
        .value("id", "l'identifiant du critère") { $0.answer.id },
        .value("numero", "son numéro d'ordre, à partir de 1") { $0.number },
        .value("intitule", "son intitulé") { $0.answer.intitule },
        .value("etat_des_lieux", "l'état des lieux (CommonMark)") { $0.answer.etatDesLieux },
        .texts("preuves", "les preuves, une par ligne") { $0.answer.preuves },
        .list("indicateurs", "les indicateurs du critère", indicator) { $0.answer.indicateurs },
        .value("academique", "vrai pour un critère propre à l'académie") { isAcademic($0.answer.id, in: $0.dossier) },
        .value("auto_evaluation", "l'auto-évaluation en toutes lettres") { $0.answer.autoEvaluation.libelle },
        .value("auto_evaluation_code", "l'auto-évaluation (code)") { $0.answer.autoEvaluation.rawValue },
        .value("axes_de_progres", "les axes de progrès, s'ils sont indiqués (CommonMark)") { $0.answer.axesDeProgres },
        .mapping("evaluation", "l'appréciation des évaluateurs sur ce critère, une fois évalué", appraisal) { answer in
            answer.dossier.evaluation?.criteres.first { $0.id == answer.answer.id }
        },
    ])

    static func answers(_ dossier: Dossier) -> [Answer] {
        dossier.criteres.enumerated().map { ($1, $0 + 1, dossier) }
    }

    private static let indicator = ContextView<Indicator>([
        .value("libelle", "le libellé de l'indicateur") { $0.libelle },
        .value("valeur", "sa valeur") { $0.valeur },
        .value("cible", "sa cible, si elle est indiquée") { $0.cible },
    ])

    static let appraisal = ContextView<CriterionAppraisal>([
        .value("id", "l'identifiant du critère") { $0.id },
        .value("intitule", "l'intitulé du critère") { $0.intitule },
        .value("appreciation", "l'appréciation en toutes lettres") { $0.appreciation.libelle },
        .value("appreciation_code", "l'appréciation (code)") { $0.appreciation.rawValue },
        .value("note", "l'appréciation en points, de 1 (non satisfait) à 4 (point fort)") {
            Appreciation.allCases.count - (Appreciation.allCases.firstIndex(of: $0.appreciation) ?? 0)
        },
        .value("constats", "les constats des évaluateurs (CommonMark)") { $0.constats },
        .value("fiche_ecart", "vrai quand l'appréciation demande une fiche d'écart") { $0.appreciation.needsGapSheet },
        .value("recommandations", "les recommandations, s'il y en a (CommonMark)") { $0.recommandations },
        .date("echeance", "l'échéance des recommandations, s'il y en a une") { $0.echeance },
    ])

    /// An appraisal in the report's lists: with its order number and whether its criterion is the académie's.
    typealias Numbered = (appraisal: CriterionAppraisal, number: Int, academic: Bool)

    static let numbered = appraisal.reading { (item: Numbered) in item.appraisal } + ContextView<Numbered>([
        .value("numero", "le numéro d'ordre du critère") { $0.number },
        .value("academique", "vrai pour un critère propre à l'académie") { $0.academic },
    ])

    static func numbered(_ evaluation: Evaluation, of dossier: Dossier) -> [Numbered] {
        evaluation.criteres.enumerated().map { ($1, $0 + 1, isAcademic($1.id, in: dossier)) }
    }

    /// Whether a criterion is the académie's own (not one of a national set), to be named by its id.
    private static func isAcademic(_ id: String, in dossier: Dossier) -> Bool {
        !((dossier.referentiel?.criterion(id)?.national) ?? true)
    }
}
