import Foundation
import Label
import Testing
@testable import Publishing

/// A certificate batch reads of each dossier only the sections its certificate templates may read.
@Suite("Sections a batch reads", .serialized)
struct SectionsReadTests {
    @Test("the national certificate reads no optional section; the dossier reads them all")
    func nationalTemplates() throws {
        let publisher = try Publisher()
        #expect(publisher.sectionsRead(by: [.certificat], campaignFolder: exampleFolder) == [])
        #expect(publisher.sectionsRead(by: [.decision, .certificat], campaignFolder: exampleFolder) == [.evaluation])
        #expect(publisher.sectionsRead(by: [.dossier], campaignFolder: exampleFolder) == Set(DossierSection.allCases))
    }

    @Test("an académie's certificate that reads the formations and the evaluation gets them in a certificate batch")
    func customCertificateGetsItsSections() throws {
        let copy = try CampaignCopy("certificat-sections")
        try copy.write("templates/certificat.xml", """
            {% extends "certificat.xml" %}
            {% block label %}<p style="cert-delivre">{{ formations.count }} formations, d’abord {{ formations.first.specialite }} ; avis {{ evaluation.avis }}</p>{% endblock %}
            """)
        #expect(try Publisher().sectionsRead(by: [.certificat], campaignFolder: copy.folder) == [.formations, .evaluation])
        let output = try temporaryFolder("certificat-sections-out")
        let report = try Batch(campaignFolder: copy.folder, output: output, jobs: 1, only: [.certificat]).run()
        #expect(report.failures == [])
        let file = output.appendingPathComponent("0060034E/certificat.pdf")
        let text = try RenderedPDF(bytes: Array(Data(contentsOf: file)), name: "certificat.pdf").text().flattened
        #expect(text.contains("7 formations, d'abord Cuisine ; avis Favorable"), "\(text)")
    }
}
