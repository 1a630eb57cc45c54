/// Checks across the sections of a decoded dossier: the order of dates, the stages of the procedure,
/// and what is legal but suspicious (warnings).
struct DossierRules {
    let log: DiagnosticLog
    let positions: PositionTable
    let top: MappingReader

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
                      "the application is signed on \(dossier.signature.date), before the conseil d'administration's deliberation of \(board.date)",
                      .note("the conseil d'administration agrees to the application before the head of school signs it"))
        }
        if dossier.partenariats.isEmpty {
            log.warning(dossier.location, "no partnership listed in `partenariats`",
                        .note("an active partnership with local businesses and organisations is a criterion of the label"))
        }
        for action in dossier.planActions where action.echeance < dossier.signature.date {
            log.warning(positions["plan_actions.echeance"] ?? top.keyLocation("plan_actions"),
                        "the action « \(action.action) » is due on \(action.echeance), before the application is signed")
        }
    }

    private func checkRenewal(_ dossier: Dossier) {
        switch (dossier.type, dossier.label.precedent) {
        case (.renouvellement, nil):
            log.error(top.keyLocation("label"), "a renewal needs `label.precedent`, the label held until now",
                      .hint("add `precedent: { intitule: \"…\", date_decision: YYYY-MM-DD, date_fin: YYYY-MM-DD }` under `label`"))
        case (.candidature, .some):
            log.warning(at("label.precedent"), "a first application (`type: candidature`) has a previous label",
                        .hint("use `type: renouvellement` for a renewal"))
        default:
            break
        }
    }

    private func checkEvaluation(_ evaluation: Evaluation, _ dossier: Dossier) {
        if evaluation.dateVisite < dossier.signature.date {
            log.error(at("evaluation.date_visite"),
                      "the visit (\(evaluation.dateVisite)) comes before the application was signed (\(dossier.signature.date))")
        }
        if evaluation.date < evaluation.dateVisite {
            log.error(at("evaluation.date"), "the evaluation is dated \(evaluation.date), before the visit of \(evaluation.dateVisite)")
        }
        if evaluation.avis.isFavorable,
           let unmet = evaluation.criteres.first(where: { $0.appreciation == .nonSatisfait }) {
            log.warning(at("evaluation.avis"), "the opinion is « \(evaluation.avis.libelle.lowercased()) » while criterion \(unmet.id) is « non satisfait »")
        }
    }

    private func checkDecision(_ decision: Decision, _ dossier: Dossier) {
        guard let evaluation = dossier.evaluation else {
            log.error(top.keyLocation("decision"), "a decision needs the `evaluation` of the groupe régional it follows")
            return
        }
        if decision.date < evaluation.date {
            log.error(at("decision.date"), "the decision (\(decision.date)) comes before the evaluation (\(evaluation.date))")
        }
        if let caen = decision.avisCaen, caen > decision.date {
            log.error(at("decision.avis_caen"), "the CAEN's opinion (\(caen)) comes after the decision (\(decision.date))")
        }
        if let start = decision.debut, start < decision.date {
            log.error(at("decision.debut"), "the label's validity starts (\(start)) before the decision (\(decision.date))")
        }
        checkOutcome(decision, evaluation, dossier)
    }

    private func checkOutcome(_ decision: Decision, _ evaluation: Evaluation, _ dossier: Dossier) {
        let issue = at("decision.issue")
        switch (decision.issue, dossier.type) {
        case (.renouvellement, .candidature), (.renouvellementAvecModification, .candidature):
            log.error(issue, "`\(decision.issue.rawValue)` decides a renewal, but the dossier is a first application",
                      .hint("use `issue: attribution`, or `type: renouvellement` with `label.precedent`"))
        case (.attribution, .renouvellement):
            log.warning(issue, "`attribution` for a renewal", .hint("use `renouvellement` or `renouvellement_avec_modification`"))
        default:
            break
        }
        if let previous = dossier.label.precedent {
            let same = previous.intitule == dossier.label.intitule
            if decision.issue == .renouvellement && !same {
                log.warning(issue, "the wording changes from the previous label, but `issue` is `renouvellement`",
                            .hint("use `renouvellement_avec_modification`"))
            } else if decision.issue == .renouvellementAvecModification && same {
                log.warning(issue, "`renouvellement_avec_modification` but the wording is the previous label's",
                            .hint("use `renouvellement`"))
            }
            if let start = decision.debut, decision.issue.grantsLabel, start != previous.dateFin.nextDay {
                log.warning(at("decision.debut"),
                            "the renewed label starts on \(start), not the day after the previous one ends (\(previous.dateFin))")
            }
        }
        if decision.issue.grantsLabel && !evaluation.avis.isFavorable {
            log.warning(issue, "the label is granted although the groupe régional's opinion is « \(evaluation.avis.libelle.lowercased()) »")
        } else if decision.issue == .refus && evaluation.avis == .favorable {
            log.warning(issue, "the label is refused although the groupe régional's opinion is « favorable »")
        }
    }
}
