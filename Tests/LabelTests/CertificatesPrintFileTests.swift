import Testing
@testable import Label

@Suite("The print file of certificates")
struct CertificatesPrintFileTests {
    @Test("its title names the label and the campaign, its author the académie, its date the campaign's first day")
    func informationOfTheExampleCampaign() throws {
        let folder = TestCampaign.repository.appendingPathComponent("examples/campagne-2026")
        let campaign = try #require(CampaignLoader.load(folder: folder, resources: TestCampaign.templates).campaign)
        let information = CertificatesPrintFile(campaign: campaign)
        #expect(information.title == "Certificats « lycée des métiers » — campagne 2026-2027")
        #expect(information.author == "académie de Nice")
        #expect(information.creationDate == "2026-09-01T00:00:00Z")
    }
}
