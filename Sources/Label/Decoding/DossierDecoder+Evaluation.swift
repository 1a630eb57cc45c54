/// The audit and the decision, the later stages of a dossier.
extension DossierDecoder {
    func decodeEvaluation(_ evaluation: MappingReader) -> Evaluation? {
        let auditors = evaluation.mappings("auditeurs", keys: Self.format.keys("evaluation.auditeurs"))?
            .compactMap { $0.asPerson(withQualite: true) }
        if auditors?.isEmpty == true && evaluation.list("auditeurs", required: false)?.isEmpty == true {
            log.error(evaluation.keyLocation("auditeurs"), "« evaluation.auditeurs » ne nomme aucun auditeur")
        }
        let visit = evaluation.date("date_visite")
        let documents = evaluation.texts("documents_examines", required: false) ?? []
        let appraisals = evaluation.mapping("criteres", keys: nil).map(decodeAppraisals)
        let synthesis = evaluation.markdown("synthese")
        let opinion = evaluation.choice("avis", as: Opinion.self)
        let date = evaluation.date("date")
        guard let auditors, !auditors.isEmpty, let visit, let appraisals, let synthesis, let opinion, let date else { return nil }
        return Evaluation(auditeurs: auditors, dateVisite: visit, documentsExamines: documents, criteres: appraisals,
                          synthese: synthesis, avis: opinion, date: date, location: evaluation.location)
    }

    func decodeDecision(_ decision: MappingReader) -> Decision? {
        let number = decision.text("numero")
        let date = decision.date("date")
        let outcome = decision.choice("issue", as: DecisionOutcome.self)
        let start = decision.date("debut", required: outcome != nil && outcome != .refus)
        if outcome == .refus && start != nil {
            log.warning(decision.keyLocation("debut"), "un refus n'attribue pas de label : « debut » est ignoré")
        }
        let years = decision.integer("duree_ans", required: false)
        if let years {
            if years < 1 {
                log.error(decision.positionOfValue("duree_ans"), "« duree_ans » doit valoir au moins 1 (trouvé : \(years))")
            } else if years != 5 {
                log.warning(decision.positionOfValue("duree_ans"), "le label est attribué pour 5 ans, pas \(years)",
                            .note("article D. 335-3 du code de l'éducation"))
            }
        }
        let caen = decision.date("avis_caen", required: false)
        let ownSignatory = decision.mapping("signataire", keys: Self.format.keys("decision.signataire"), required: false)
        let signatory = ownSignatory?.asSignatory()
        guard let number, let date, let outcome, (years ?? 5) >= 1 else { return nil }
        if ownSignatory != nil && signatory == nil { return nil }
        if outcome != .refus && start == nil { return nil }
        return Decision(numero: number, date: date, issue: outcome, debut: outcome == .refus ? nil : start,
                        dureeAns: years ?? 5, avisCaen: caen, signataire: signatory, location: decision.location)
    }
}
