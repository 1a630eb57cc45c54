import Foundation
import Testing
@testable import Label

/// One test per rule of the data format: the base fixture with one change, and the exact diagnostics.
@Suite("Dossier rules")
struct DossierRuleTests {
    private func briefs(replacing old: String, with new: String, name: String = "0060034E.yaml") -> [String] {
        TestCampaign.diagnostics(replacing: old, with: new, name: name).map(\.brief)
    }

    /// One typo, one error: the key it was taken for is not reported missing as well.
    @Test func unknownKeyGetsTheNearestKnownKey() {
        #expect(briefs(replacing: "  nom: \"Lycée Test\"", with: "  nmo: \"Lycée Test\"") == [
            "5:3: error: unknown key `nmo` in `etablissement`\n  hint: did you mean `nom`?",
        ])
    }

    @Test func duplicateKeyNamesTheFirstOne() {
        #expect(briefs(replacing: "  nature: LP", with: "  nom: \"Autre\"") == [
            "3:1: error: missing required key `nature` in `etablissement`",
            "6:3: error: duplicate key `nom`\n  note: first defined at line 5, column 3",
        ])
    }

    @Test func missingRequiredSectionIsReportedAtTheTop() {
        #expect(briefs(replacing: "signature: { lieu: \"Nice\", date: 2026-03-20 }", with: "# pas de signature") == [
            "1:1: error: missing required key `signature`",
        ])
    }

    @Test func uaiCheckLetterIsVerified() {
        #expect(briefs(replacing: "uai: \"0060034E\"", with: "uai: \"0060034F\"") == [
            "4:8: error: wrong check letter in UAI `0060034F`\n  hint: the letter for 0060034 is E",
        ])
    }

    @Test func fileNameMustBeTheUAI() {
        #expect(briefs(replacing: "type: candidature", with: "type: candidature", name: "0671509B.yaml") == [
            "4:8: error: the file is named 0671509B.yaml but the school's UAI is 0060034E\n  hint: name the file 0060034E.yaml",
        ])
    }

    @Test func levelMustFitTheDiploma() {
        #expect(briefs(replacing: "    niveau: 4", with: "    niveau: 5") == [
            "16:13: error: a Bac pro is a level 4 diploma, not level 5",
        ])
    }

    @Test func levelMustBeAWholeNumber() {
        #expect(briefs(replacing: "    niveau: 4", with: "    niveau: quatre") == [
            "16:13: error: expected a whole number for `formations.niveau`, found `quatre`",
        ])
    }

    @Test func headcountRoutesMustBeAmongTheRoutes() {
        #expect(briefs(replacing: "{ scolaire: 48, apprentissage: 12 }", with: "{ scolaire: 48, vae: 12 }") == [
            "18:32: error: headcount for `vae`, which is not among the formation's `voies`\n  hint: add `vae` to `voies` or remove this headcount",
        ])
    }

    @Test func duplicateFormationIsAnError() {
        let formation = "  - diplome: \"Bac pro\"\n    specialite: \"Cuisine\"\n    niveau: 4\n    voies: [scolaire]\n"
        #expect(briefs(replacing: "partenariats:\n", with: formation + "partenariats:\n") == [
            "19:5: error: duplicate formation Bac pro Cuisine\n  note: first listed at line 14, column 5",
        ])
    }

    @Test func boardDeliberatesBeforeTheSignature() {
        #expect(briefs(replacing: "  date: 2026-03-14", with: "  date: 2026-03-24") == [
            "28:34: error: the application is signed on 2026-03-20, before the conseil d'administration's deliberation of 2026-03-24\n  note: the conseil d'administration agrees to the application before the head of school signs it",
        ])
    }

    @Test func boardMustApprove() {
        #expect(briefs(replacing: "pour: 24, contre: 0", with: "pour: 3, contre: 5") == [
            "27:3: error: the conseil d'administration did not approve the application (3 for, 5 against)\n  note: the head of school applies with the agreement of the conseil d'administration",
        ])
    }

    @Test func evaluationComesBeforeTheDecision() {
        #expect(briefs(replacing: "  date: 2026-06-15", with: "  date: 2026-04-15") == [
            "40:9: error: the decision (2026-04-15) comes before the evaluation (2026-05-02)",
        ])
    }

    @Test func validityStartsOnOrAfterTheDecision() {
        #expect(briefs(replacing: "  debut: 2026-09-01", with: "  debut: 2026-06-01") == [
            "42:10: error: the label's validity starts (2026-06-01) before the decision (2026-06-15)",
        ])
    }

    @Test func invalidCalendarDateIsRejected() {
        #expect(briefs(replacing: "  date: 2026-03-14", with: "  date: 2026-02-30") == [
            "25:9: error: 2026-02-30 is not a date: February 2026 has 28 days",
        ])
    }

    @Test func renewalNamesItsPreviousLabel() {
        #expect(briefs(replacing: "type: candidature", with: "type: renouvellement") == [
            "10:1: error: a renewal needs `label.precedent`, the label held until now\n  hint: add `precedent: { intitule: \"…\", date_decision: YYYY-MM-DD, date_fin: YYYY-MM-DD }` under `label`",
            "41:10: warning: `attribution` for a renewal\n  hint: use `renouvellement` or `renouvellement_avec_modification`",
        ])
    }

    @Test func renewalOutcomeNeedsARenewalDossier() {
        #expect(briefs(replacing: "issue: attribution", with: "issue: renouvellement") == [
            "41:10: error: `renouvellement` decides a renewal, but the dossier is a first application\n  hint: use `issue: attribution`, or `type: renouvellement` with `label.precedent`",
        ])
    }

    @Test func criteriaMustMatchTheReferentielExactly() {
        #expect(briefs(replacing: "  C2: { etat_des_lieux", with: "  C3: { etat_des_lieux") == [
            "21:1: error: missing criterion C2 in `criteres`\n  note: C2: Second critère",
            "23:3: error: unknown criterion `C3` in `criteres`\n  hint: did you mean `C1`?",
        ])
    }

    @Test func enumValueGetsTheNearestValue() {
        #expect(briefs(replacing: "  nature: LP", with: "  nature: PL") == [
            "6:11: error: invalid value `PL` for `etablissement.nature`\n  hint: did you mean `LP`?",
        ])
    }

    @Test func rawHTMLCannotBePrinted() {
        #expect(briefs(replacing: "\"Cuisine et service.\"", with: "\"Cuisine <b>et</b> service.\"") == [
            "12:24: error: raw HTML in `label.ensemble_de_metiers` cannot be printed\n  hint: write the text in CommonMark (*emphasis*, **strong**, lists, [links](https://…)) without HTML tags",
        ])
    }

    @Test func imagesCannotBePrinted() {
        #expect(briefs(replacing: "\"Cuisine et service.\"", with: "\"Cuisine ![plat](plat.png)\"") == [
            "12:24: error: image in `label.ensemble_de_metiers` cannot be printed\n  hint: list pictures as annexes instead",
        ])
    }

    @Test func favourableOpinionWithAnUnmetCriterionIsSuspicious() {
        #expect(briefs(replacing: "    C2: { appreciation: satisfait", with: "    C2: { appreciation: non_satisfait") == [
            "34:5: warning: criterion C2 is « non satisfait » but has no `recommandations`\n  note: each partial or unmet criterion gets a fiche d'écart with recommendations",
            "36:9: warning: the opinion is « favorable » while criterion C2 is « non satisfait »",
        ])
    }

    @Test func allZeroHeadcountsAreSuspicious() {
        #expect(briefs(replacing: "{ scolaire: 48, apprentissage: 12 }", with: "{ scolaire: 0, apprentissage: 0 }") == [
            "18:5: warning: all headcounts of this formation are zero",
        ])
    }

    @Test func noPartnershipIsSuspicious() {
        let partnerships = "partenariats:\n  - { nom: \"UMIH\", type: branche_professionnelle, objet: \"Stages.\" }"
        #expect(briefs(replacing: partnerships, with: "partenariats: []\n# aucun") == [
            "1:1: warning: no partnership listed in `partenariats`\n  note: an active partnership with local businesses and organisations is a criterion of the label",
        ])
    }

    @Test func everyProblemIsReportedInOneRunSortedByPosition() {
        let text = TestCampaign.baseDossier
            .replacingOccurrences(of: "  debut: 2026-09-01", with: "  debut: 2026-06-01")
            .replacingOccurrences(of: "  nature: LP", with: "  nature: PL")
            .replacingOccurrences(of: "    niveau: 4", with: "    niveau: 5")
        let lines = TestCampaign.diagnostics(text).map { $0.location.line }
        #expect(lines == [6, 16])  // a file with structural errors is not checked across sections
    }
}
