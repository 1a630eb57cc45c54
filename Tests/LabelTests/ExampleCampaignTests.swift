import Foundation
import Testing
@testable import Label

@Suite("The shipped data")
struct ExampleCampaignTests {
    @Test func theBaseFixtureHasNoDiagnostic() {
        #expect(TestCampaign.diagnostics(TestCampaign.baseDossier).map(\.brief) == [])
    }

    @Test func theExampleCampaignValidatesWithoutError() {
        let folder = TestCampaign.repository.appendingPathComponent("examples/campagne-2026")
        let load = CampaignLoader.load(folder: folder, resources: TestCampaign.templates)
        #expect(load.diagnostics.filter(\.isError).map(\.description) == [])
        #expect(load.campaign?.academie == "Nice")
        #expect(load.dossiers.count >= 4)
        let outcomes = Set(load.dossiers.compactMap { $0.decision?.issue })
        #expect(outcomes.isSuperset(of: [.attribution, .renouvellementAvecModification]))
        let custom = load.dossiers.first { $0.criteres.contains { $0.id == "A1" } }
        #expect(custom?.criteres.map(\.id) == ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "A1"])
    }

    @Test(arguments: [("national-2023", 8), ("national-2016", 7), ("national-2005", 9)])
    func builtInSetsHaveTheirCriteriaInOrder(name: String, count: Int) throws {
        let log = DiagnosticLog()
        let loader = CriteriaSetLoader(builtInFolder: TestCampaign.templates.appendingPathComponent("criteres"),
                                       log: log, display: { $0.lastPathComponent })
        let set = try #require(loader.load(name, at: .start(of: "test"), relativeTo: TestCampaign.repository))
        #expect(log.diagnostics.isEmpty)
        #expect(set.ids == (1...count).map { "C\($0)" })
    }

    @Test func national2023WordingIsTheDecree() throws {
        let log = DiagnosticLog()
        let loader = CriteriaSetLoader(builtInFolder: TestCampaign.templates.appendingPathComponent("criteres"),
                                       log: log, display: { $0.lastPathComponent })
        let set = try #require(loader.load("national-2023", at: .start(of: "test"), relativeTo: TestCampaign.repository))
        #expect(set.criterion("C6")?.intitule == "Mise en œuvre d'actions visant à l'ouverture internationale")
        #expect(set.criterion("C4")?.intitule.contains("les établissements partenaires") == true)
    }
}
