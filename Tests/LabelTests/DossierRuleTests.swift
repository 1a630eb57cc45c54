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
            "5:3: erreur : clé inconnue « nmo » dans « etablissement »\n  suggestion : vouliez-vous dire « nom » ?",
        ])
    }

    @Test func duplicateKeyNamesTheFirstOne() {
        #expect(briefs(replacing: "  nature: LP", with: "  nom: \"Autre\"") == [
            "3:1: erreur : clé obligatoire « nature » absente dans « etablissement »",
            "6:3: erreur : clé « nom » en double\n  note : déjà définie ligne 5, colonne 3",
        ])
    }

    @Test func missingRequiredSectionIsReportedAtTheTop() {
        #expect(briefs(replacing: "signature: { lieu: \"Nice\", date: 2026-03-20 }", with: "# pas de signature") == [
            "1:1: erreur : clé obligatoire « signature » absente",
        ])
    }

    @Test func uaiCheckLetterIsVerified() {
        #expect(briefs(replacing: "uai: \"0060034E\"", with: "uai: \"0060034F\"") == [
            "4:8: erreur : lettre de contrôle erronée dans l'UAI « 0060034F »\n  suggestion : la lettre de 0060034 est E",
        ])
    }

    @Test func fileNameMustBeTheUAI() {
        #expect(briefs(replacing: "type: candidature", with: "type: candidature", name: "0671509B.yaml") == [
            "4:8: erreur : le fichier s'appelle 0671509B.yaml mais l'UAI de l'établissement est 0060034E\n  suggestion : nommez le fichier 0060034E.yaml",
        ])
    }

    @Test func levelMustFitTheDiploma() {
        #expect(briefs(replacing: "    niveau: 4", with: "    niveau: 5") == [
            "16:13: erreur : un diplôme Bac pro est de niveau 4, pas de niveau 5",
        ])
    }

    @Test func levelMustBeAWholeNumber() {
        #expect(briefs(replacing: "    niveau: 4", with: "    niveau: quatre") == [
            "16:13: erreur : un nombre entier est attendu pour « formations.niveau » (trouvé : « quatre »)",
        ])
    }

    @Test func headcountRoutesMustBeAmongTheRoutes() {
        #expect(briefs(replacing: "{ scolaire: 48, apprentissage: 12 }", with: "{ scolaire: 48, vae: 12 }") == [
            "18:32: erreur : effectif pour « vae », qui n'est pas parmi les « voies » de la formation\n  suggestion : ajoutez « vae » à « voies » ou retirez cet effectif",
        ])
    }

    @Test func duplicateFormationIsAnError() {
        let formation = "  - diplome: \"Bac pro\"\n    specialite: \"Cuisine\"\n    niveau: 4\n    voies: [scolaire]\n"
        #expect(briefs(replacing: "partenariats:\n", with: formation + "partenariats:\n") == [
            "19:5: erreur : formation Bac pro Cuisine en double\n  note : déjà listée ligne 14, colonne 5",
        ])
    }

    @Test func boardDeliberatesBeforeTheSignature() {
        #expect(briefs(replacing: "  date: 2026-03-14", with: "  date: 2026-03-24") == [
            "28:34: erreur : la candidature est signée le 2026-03-20, avant la délibération du conseil d'administration du 2026-03-24\n  note : le conseil d'administration donne son accord avant que le chef d'établissement signe la candidature",
        ])
    }

    @Test func boardMustApprove() {
        #expect(briefs(replacing: "pour: 24, contre: 0", with: "pour: 3, contre: 5") == [
            "27:3: erreur : le conseil d'administration n'a pas approuvé la candidature (3 pour, 5 contre)\n  note : le chef d'établissement présente la candidature avec l'accord du conseil d'administration",
        ])
    }

    @Test func evaluationComesBeforeTheDecision() {
        #expect(briefs(replacing: "  date: 2026-06-15", with: "  date: 2026-04-15") == [
            "40:9: erreur : la décision (2026-04-15) précède l'évaluation (2026-05-02)",
        ])
    }

    @Test func validityStartsOnOrAfterTheDecision() {
        #expect(briefs(replacing: "  debut: 2026-09-01", with: "  debut: 2026-06-01") == [
            "42:10: erreur : la validité du label commence (2026-06-01) avant la décision (2026-06-15)",
        ])
    }

    @Test func invalidCalendarDateIsRejected() {
        #expect(briefs(replacing: "  date: 2026-03-14", with: "  date: 2026-02-30") == [
            "25:9: erreur : 2026-02-30 n'est pas une date : février 2026 a 28 jours",
        ])
    }

    @Test func renewalNamesItsPreviousLabel() {
        #expect(briefs(replacing: "type: candidature", with: "type: renouvellement") == [
            "10:1: erreur : un renouvellement a besoin de « label.precedent », le label détenu jusqu'ici\n  suggestion : ajoutez « precedent: { intitule: \"…\", date_decision: AAAA-MM-JJ, date_fin: AAAA-MM-JJ } » sous « label »",
            "41:10: avertissement : « attribution » pour un renouvellement\n  suggestion : écrivez « renouvellement » ou « renouvellement_avec_modification »",
        ])
    }

    /// A section that is written but invalid has its own errors; the rules that need it do not report it missing.
    @Test func invalidPreviousLabelIsNotAlsoReportedMissing() {
        let text = TestCampaign.baseDossier
            .replacingOccurrences(of: "type: candidature", with: "type: renouvellement")
            .replacingOccurrences(of: "  ensemble_de_metiers: \"Cuisine et service.\"\n", with: """
                  ensemble_de_metiers: "Cuisine et service."
                  precedent: { date_fin: 2026-02-31, intitule: "Ancien", date_decision: 2021-06-15 }

                """)
        #expect(TestCampaign.diagnostics(text).map(\.brief) == [
            "13:26: erreur : 2026-02-31 n'est pas une date : février 2026 a 28 jours",
            "42:10: avertissement : « attribution » pour un renouvellement\n  suggestion : écrivez « renouvellement » ou « renouvellement_avec_modification »",
        ])
    }

    @Test func invalidEvaluationIsNotAlsoReportedMissing() {
        #expect(briefs(replacing: "  date_visite: 2026-04-10", with: "  date_visite: 2026-04-31") == [
            "31:16: erreur : 2026-04-31 n'est pas une date : avril 2026 a 30 jours",
        ])
    }

    @Test func renewalOutcomeNeedsARenewalDossier() {
        #expect(briefs(replacing: "issue: attribution", with: "issue: renouvellement") == [
            "41:10: erreur : « renouvellement » décide un renouvellement, mais le dossier est une première candidature\n  suggestion : écrivez « issue: attribution », ou « type: renouvellement » avec « label.precedent »",
        ])
    }

    @Test func criteriaMustMatchTheReferentielExactly() {
        #expect(briefs(replacing: "  C2: { etat_des_lieux", with: "  C3: { etat_des_lieux") == [
            "21:1: erreur : critère C2 absent de « criteres »\n  note : C2: Second critère",
            "23:3: erreur : critère « C3 » inconnu dans « criteres »\n  suggestion : vouliez-vous dire « C1 » ?",
        ])
    }

    @Test func enumValueGetsTheNearestValue() {
        #expect(briefs(replacing: "  nature: LP", with: "  nature: PL") == [
            "6:11: erreur : valeur « PL » invalide pour « etablissement.nature »\n  suggestion : vouliez-vous dire « LP » ?",
        ])
    }

    @Test func rawHTMLCannotBePrinted() {
        #expect(briefs(replacing: "\"Cuisine et service.\"", with: "\"Cuisine <b>et</b> service.\"") == [
            "12:24: erreur : le HTML de « label.ensemble_de_metiers » ne peut pas être imprimé\n  suggestion : écrivez le texte en CommonMark (*italique*, **gras**, listes, [liens](https://…)) sans balises HTML",
        ])
    }

    @Test func imagesCannotBePrinted() {
        #expect(briefs(replacing: "\"Cuisine et service.\"", with: "\"Cuisine ![plat](plat.png)\"") == [
            "12:24: erreur : l'image de « label.ensemble_de_metiers » ne peut pas être imprimée\n  suggestion : listez plutôt les images en annexe",
        ])
    }

    @Test func favourableOpinionWithAnUnmetCriterionIsSuspicious() {
        #expect(briefs(replacing: "    C2: { appreciation: satisfait", with: "    C2: { appreciation: non_satisfait") == [
            "34:5: avertissement : le critère C2 est « non satisfait » mais n'a pas de « recommandations »\n  note : chaque critère partiellement satisfait ou non satisfait reçoit une fiche d'écart avec des recommandations",
            "36:9: avertissement : l'avis est « favorable » alors que le critère C2 est « non satisfait »",
        ])
    }

    @Test func allZeroHeadcountsAreSuspicious() {
        #expect(briefs(replacing: "{ scolaire: 48, apprentissage: 12 }", with: "{ scolaire: 0, apprentissage: 0 }") == [
            "18:5: avertissement : tous les effectifs de cette formation sont nuls",
        ])
    }

    @Test func noPartnershipIsSuspicious() {
        let partnerships = "partenariats:\n  - { nom: \"UMIH\", type: branche_professionnelle, objet: \"Stages.\" }"
        #expect(briefs(replacing: partnerships, with: "partenariats: []\n# aucun") == [
            "1:1: avertissement : aucun partenariat dans « partenariats »\n  note : un partenariat actif avec le tissu économique et les organismes locaux est un critère du label",
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
