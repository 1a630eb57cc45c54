import Foundation
import Testing
@testable import Label

@Suite("Campaign file and criteria sets")
struct CampaignFileTests {
    private let base = try! String(contentsOf: TestCampaign.fixtures.appendingPathComponent("campaign/campagne.yaml"),
                                   encoding: .utf8)

    private func campaignBriefs(replacing old: String, with new: String) -> [String] {
        precondition(base.contains(old))
        return TestCampaign.diagnostics(TestCampaign.baseDossier, campaign: base.replacingOccurrences(of: old, with: new))
            .map(\.brief)
    }

    @Test func unknownBuiltInReferentielGetsAHint() {
        #expect(campaignBriefs(replacing: "referentiel: criteres.yaml", with: "referentiel: national-2024") == [
            "5:14: erreur : référentiel « national-2024 » inconnu\n  suggestion : vouliez-vous dire « national-2023 » ?",
        ])
    }

    /// A swap of two letters is one typo: « 2032 » is taken for « 2023 », not for « 2005 ».
    @Test func swappedLettersAreOneTypo() {
        #expect(campaignBriefs(replacing: "referentiel: criteres.yaml", with: "referentiel: national-2032") == [
            "5:14: erreur : référentiel « national-2032 » inconnu\n  suggestion : vouliez-vous dire « national-2023 » ?",
        ])
    }

    /// Delegation written but invalid: its error alone, not warnings as if there were no delegation.
    @Test func invalidDelegationIsNotTakenForNone() {
        let signatory = "titre: \"Le recteur de l'académie de Nice\" }"
        #expect(campaignBriefs(replacing: signatory, with: "titre: \"Le secrétaire général\", delegation: oui, autorite: \"le recteur\" }") == [
            "7:104: erreur : « true » ou « false » est attendu pour « signataire.delegation » (trouvé : « oui »)",
        ])
    }

    @Test func schoolYearIsTwoConsecutiveYears() {
        #expect(campaignBriefs(replacing: "campagne: \"2026-2027\"", with: "campagne: \"2026-2028\"") == [
            "2:11: erreur : « campagne » doit être une année scolaire comme « 2026-2027 » (trouvé : « 2026-2028 »)",
        ])
    }

    @Test func academieMustBelongToTheRegion() {
        #expect(campaignBriefs(replacing: "academie: \"Nice\"", with: "academie: \"Lyon\"") == [
            "3:20: avertissement : l'académie de Lyon appartient à la région académique Auvergne-Rhône-Alpes, pas à Provence-Alpes-Côte d'Azur",
        ])
    }

    @Test func logoMustExist() {
        #expect(campaignBriefs(replacing: "lieu: \"Nice\"", with: "lieu: \"Nice\"\nlogo: absent.svg") == [
            "7:7: erreur : fichier de logo « absent.svg » introuvable\n  note : les chemins sont relatifs au dossier de campagne.yaml",
        ])
    }

    @Test func customSetExtendsAndRejectsDuplicateIds() {
        let folder = TestCampaign.folder(dossier: Data(TestCampaign.baseDossier.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let custom = "format: ldm/1\nid: aix-2026\netend: national-2023\ncriteres:\n  - { id: A1, intitule: \"Développement durable\" }\n  - { id: C8, intitule: \"Doublon\" }\n"
        try! custom.write(to: folder.appendingPathComponent("aix.yaml"), atomically: true, encoding: .utf8)
        let log = DiagnosticLog()
        let loader = CriteriaSetLoader(builtInFolder: TestCampaign.templates.appendingPathComponent("criteres"),
                                       log: log, display: { $0.lastPathComponent })
        let set = loader.load("aix.yaml", at: .start(of: "campagne.yaml"), relativeTo: folder)
        #expect(set == nil)
        #expect(log.diagnostics.map(\.description) == ["aix.yaml:6:11: erreur : identifiant de critère « C8 » en double (dans « national-2023 »)"])
    }

    @Test func dossierAloneFindsItsCampaignInParentFolders() {
        let folder = TestCampaign.folder(dossier: Data(TestCampaign.baseDossier.utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let load = CampaignLoader.loadDossier(file: folder.appendingPathComponent("dossiers/0060034E.yaml"),
                                              resources: TestCampaign.templates)
        #expect(load.diagnostics.isEmpty)
        #expect(load.dossiers.first?.decision?.fin == LocalDate(year: 2031, month: 8, day: 31))
        #expect(load.dossiers.first?.criteres.map(\.intitule) == ["Premier critère", "Second critère"])
    }

    @Test func checkReportsMissingPaths() {
        let diagnostics = CampaignLoader.check(paths: [URL(fileURLWithPath: "/nonexistent/campagne")])
        #expect(diagnostics.map(\.description) == ["/nonexistent/campagne:1:1: erreur : fichier ou dossier introuvable"])
    }
}
