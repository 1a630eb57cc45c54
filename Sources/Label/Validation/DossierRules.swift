/// Checks across the sections of a decoded dossier: the order of dates, the stages of the procedure,
/// and what is legal but suspicious (warnings). A check that needs a section left unread is not made.
struct DossierRules {
    let log: DiagnosticLog
    let positions: PositionTable
    let top: MappingReader
    let sections: Set<DossierSection>

    private func at(_ path: String) -> SourceLocation { positions[path] ?? top.keyLocation(String(path.split(separator: ".")[0])) }

    func check(_ dossier: Dossier) {
        checkApplication(dossier)
        checkRenewal(dossier)
        if let evaluation = dossier.evaluation { checkEvaluation(evaluation, dossier) }
        if let decision = dossier.decision { checkDecision(decision, dossier) }
    }

    private func checkApplication(_ dossier: Dossier) {
        let board = dossier.conseilAdministration
        if board.date > dossier.signature.date {
            log.error(at("signature.date"),
                      "la candidature est signée le \(dossier.signature.date), avant la délibération du conseil d'administration du \(board.date)",
                      .note("le conseil d'administration donne son accord avant que le chef d'établissement signe la candidature"))
        }
        if dossier.partenariats.isEmpty && sections.contains(.partenariats) {
            log.warning(dossier.location, "aucun partenariat dans « partenariats »",
                        .note("un partenariat actif avec le tissu économique et les organismes locaux est un critère du label"))
        }
        for action in dossier.planActions where action.echeance < dossier.signature.date {
            log.warning(positions["plan_actions.echeance"] ?? top.keyLocation("plan_actions"),
                        "l'action « \(action.action) » a pour échéance le \(action.echeance), avant la signature de la candidature")
        }
    }

    private func checkRenewal(_ dossier: Dossier) {
        switch (dossier.type, dossier.label.precedent) {
        // A previous label that is written but invalid has had its own errors: it is not also reported missing.
        case (.renouvellement, nil) where positions["label.precedent"] == nil:
            log.error(top.keyLocation("label"), "un renouvellement a besoin de « label.precedent », le label détenu jusqu'ici",
                      .hint("ajoutez « precedent: { intitule: \"…\", date_decision: AAAA-MM-JJ, date_fin: AAAA-MM-JJ } » sous « label »"))
        case (.candidature, .some):
            log.warning(at("label.precedent"), "une première candidature (« type: candidature ») a un label précédent",
                        .hint("écrivez « type: renouvellement » pour un renouvellement"))
        default:
            break
        }
    }

    private func checkEvaluation(_ evaluation: Evaluation, _ dossier: Dossier) {
        if evaluation.dateVisite < dossier.signature.date {
            log.error(at("evaluation.date_visite"),
                      "la visite (\(evaluation.dateVisite)) a lieu avant la signature de la candidature (\(dossier.signature.date))")
        }
        if evaluation.date < evaluation.dateVisite {
            log.error(at("evaluation.date"), "l'évaluation est datée du \(evaluation.date), avant la visite du \(evaluation.dateVisite)")
        }
        if evaluation.avis.isFavorable,
           let unmet = evaluation.criteres.first(where: { $0.appreciation == .nonSatisfait }) {
            log.warning(at("evaluation.avis"), "l'avis est « \(evaluation.avis.libelle.lowercased()) » alors que le critère \(unmet.id) est « non satisfait »")
        }
    }

    private func checkDecision(_ decision: Decision, _ dossier: Dossier) {
        // Whether the evaluation is written, even when its section is unread or has had its own errors.
        let evaluation = dossier.evaluation
        if !top.hasValue("evaluation") {
            log.error(top.keyLocation("decision"), "une décision a besoin de l'« evaluation » du groupe régional qui la précède")
            return
        }
        if let evaluation, decision.date < evaluation.date {
            log.error(at("decision.date"), "la décision (\(decision.date)) précède l'évaluation (\(evaluation.date))")
        }
        if let caen = decision.avisCaen, caen > decision.date {
            log.error(at("decision.avis_caen"), "l'avis du CAEN (\(caen)) suit la décision (\(decision.date))")
        }
        if let start = decision.debut, start < decision.date {
            log.error(at("decision.debut"), "la validité du label commence (\(start)) avant la décision (\(decision.date))")
        }
        checkOutcome(decision, evaluation, dossier)
    }

    /// `evaluation` is nil when its section is left unread or has had its own errors.
    private func checkOutcome(_ decision: Decision, _ evaluation: Evaluation?, _ dossier: Dossier) {
        let issue = at("decision.issue")
        switch (decision.issue, dossier.type) {
        case (.renouvellement, .candidature), (.renouvellementAvecModification, .candidature):
            log.error(issue, "« \(decision.issue.rawValue) » décide un renouvellement, mais le dossier est une première candidature",
                      .hint("écrivez « issue: attribution », ou « type: renouvellement » avec « label.precedent »"))
        case (.attribution, .renouvellement):
            log.warning(issue, "« attribution » pour un renouvellement", .hint("écrivez « renouvellement » ou « renouvellement_avec_modification »"))
        default:
            break
        }
        if let previous = dossier.label.precedent {
            let same = previous.intitule == dossier.label.intitule
            if decision.issue == .renouvellement && !same {
                log.warning(issue, "l'intitulé change par rapport au label précédent, mais « issue » vaut « renouvellement »",
                            .hint("écrivez « renouvellement_avec_modification »"))
            } else if decision.issue == .renouvellementAvecModification && same {
                log.warning(issue, "« renouvellement_avec_modification » alors que l'intitulé est celui du label précédent",
                            .hint("écrivez « renouvellement »"))
            }
            if let start = decision.debut, decision.issue.grantsLabel, start != previous.dateFin.nextDay {
                log.warning(at("decision.debut"),
                            "le label renouvelé commence le \(start), et non le lendemain de la fin du précédent (\(previous.dateFin))")
            }
        }
        guard let evaluation else { return }
        if decision.issue.grantsLabel && !evaluation.avis.isFavorable {
            log.warning(issue, "le label est attribué alors que l'avis du groupe régional est « \(evaluation.avis.libelle.lowercased()) »")
        } else if decision.issue == .refus && evaluation.avis == .favorable {
            log.warning(issue, "le label est refusé alors que l'avis du groupe régional est « favorable »")
        }
    }
}
