import Foundation
import Label
import Testing
@testable import Publishing

/// Every document of the example campaign, rendered through `Publisher` and read back from the PDF.
@Suite("Example campaign documents", .serialized)
struct ExampleDocumentTests {
    let example: LoadedCampaign
    let render: Render

    init() throws {
        example = try LoadedCampaign()
        render = try Render()
    }

    @Test("every document of every school renders, with a footer « page X sur Y »")
    func everyDocumentRenders() throws {
        for dossier in example.dossiers {
            for kind in DocumentKind.allCases where kind.isAvailable(for: dossier) {
                let pdf = try render.pdf(kind, dossier, example.campaign)
                let pages = try pdf.pages()
                #expect(!pages.isEmpty)
                let uai = dossier.etablissement.uai.code
                #expect(try pdf.text().contains(uai), "\(kind) \(uai) names the school's UAI")
                if kind != .certificat {
                    // The dossier's cover has no footer; every other page has one.
                    for (index, page) in pages.enumerated() where !(kind == .dossier && index == 0) {
                        #expect(page.flattened.contains("page \(index + 1) sur \(pages.count)"), "\(kind) \(uai) page \(index + 1)")
                    }
                }
            }
        }
        let summary = try render.summary(example)
        #expect(try summary.pages().count >= 2)
    }

    @Test("decision: number, visas, « DÉCIDE : », « Article 1er », wording, UAI, dates in words")
    func decisionTexts() throws {
        let dossier = try example.dossier("0060034E")
        let pdf = try render.pdf(.decision, dossier, example.campaign)
        let text = try pdf.text()
        let flat = text.flattened
        #expect(flat.contains("Décision n° 2026-LDM-011"))
        #expect(flat.contains("portant renouvellement, avec modification de son intitulé, du label « lycée des métiers »"))
        #expect(flat.contains("Vu le code de l'éducation, notamment ses articles L. 335-1 et D. 335-1 à D. 335-4 ;"))
        #expect(flat.contains("Vu l'avis du conseil académique de l'éducation nationale en date du 4 juin 2026"))
        #expect(flat.contains("délibération n° 2026-08 du conseil d'administration de l'établissement en date du 27 janvier 2026"))
        #expect(try render.lines(.decision, dossier, example.campaign).contains("DÉCIDE\u{00A0}:"), "a no-break space before the colon")
        #expect(flat.contains("Article 1er"))
        #expect(flat.contains("Lycée des métiers du tourisme, de l'hôtellerie et de la restauration"))
        #expect(flat.contains("attribué jusqu'ici sous l'intitulé « Lycée des métiers de l'hôtellerie et de la restauration »"))
        #expect(flat.contains("(UAI 0060034E)"))
        #expect(flat.contains("pour une durée de cinq ans à compter du 1er septembre 2026"))
        #expect(flat.contains("valable jusqu'au 31 août 2031"))
        #expect(flat.contains("Nice, le 12 juin 2026"))
        #expect(flat.contains("Pour le recteur de la région académique Provence-Alpes-Côte d'Azur et par délégation,"))
        #expect(flat.contains("La rectrice de l'académie de Nice, chancelière des universités"))
        #expect(flat.contains("Hélène Marchetti"))
        #expect(!flat.contains("2026-06-12") && !flat.contains("2026-09-01"), "no ISO date in an official document")
        #expect(try pdf.info()["Title"]?.contains("2026-LDM-011") == true)
    }

    @Test("decision of a first application: « portant attribution », « Article 1er » grants the wording")
    func attributionDecision() throws {
        let dossier = try example.dossier("0061987C")
        let flat = try render.pdf(.decision, dossier, example.campaign).text().flattened
        #expect(flat.contains("portant attribution du label « lycée des métiers »"))
        #expect(flat.contains("Le label « lycée des métiers » est attribué au Lycée polyvalent privé Saint-Exupéry-les-Oliviers"))
        #expect(flat.contains("Lycée des métiers de la maintenance des systèmes industriels et de la production"))
        #expect(flat.contains("à compter du 1er septembre 2026"))
    }

    @Test("certificate: one A4 landscape page whose QR code gives the verification URL with the printed code")
    func certificate() throws {
        let dossier = try example.dossier("0060034E")
        let identity = try CertificateIdentity(dossier: dossier, campaign: example.campaign)
        let pdf = try render.pdf(.certificat, dossier, example.campaign)
        let info = try pdf.info()
        #expect(info["Pages"] == "1")
        let size = info["Page size"] ?? ""
        #expect(size.hasPrefix("841.89 x 595.276") || size.hasPrefix("842 x 595"), "landscape A4, got \(size)")
        let flat = try pdf.text().flattened
        #expect(flat.contains("Label « lycée des métiers »"))
        #expect(flat.contains("Lycée Jeanne et Paul Augier"))
        #expect(flat.contains("Lycée des métiers du tourisme, de l'hôtellerie et de la restauration"))
        #expect(flat.contains("du 1er septembre 2026 au 31 août 2031"))
        #expect(flat.contains("Décision n° 2026-LDM-011 du 12 juin 2026"))
        #expect(flat.contains("Certificat n° CLM-2026-0060034E"))
        #expect(flat.contains(identity.code))
        let codes = try pdf.qrCodes()
        #expect(codes == ["https://label.ac-nice.example.fr/verifier/\(identity.code)"])
    }

    @Test("report: a fiche d'écart for each partial or unmet criterion, and for no other")
    func gapSheets() throws {
        for dossier in example.dossiers {
            guard let evaluation = dossier.evaluation else { continue }
            let flat = try render.pdf(.rapport, dossier, example.campaign).text().flattened
            let expected = evaluation.criteres.enumerated().filter { $0.element.appreciation.needsGapSheet }
            #expect(flat.occurrences(of: "Fiche d'écart n° ") == expected.count, "\(dossier.etablissement.uai)")
            for (sheet, (index, _)) in expected.enumerated() {
                #expect(flat.contains("Fiche d'écart n° \(sheet + 1) – critère \(index + 1)"), "\(dossier.etablissement.uai)")
            }
            #expect(flat.contains("Rapport d'évaluation"))
            // pdftotext writes no-break spaces as spaces.
            #expect(flat.contains(FrenchFormat.date(evaluation.dateVisite).replacingOccurrences(of: "\u{00A0}", with: " ")))
            for auditor in evaluation.auditeurs { #expect(flat.contains(auditor.name)) }
        }
    }

    @Test("dossier: cover, contents, previous label, formation table with totals, criteria, CA votes")
    func dossierTexts() throws {
        let dossier = try example.dossier("0060034E")
        let pdf = try render.pdf(.dossier, dossier, example.campaign)
        let pages = try pdf.pages()
        #expect(pages[0].flattened.contains("Dossier de renouvellement"))
        #expect(!pages[0].contains("page 1 sur"), "no footer on the cover")
        #expect(pages[1].contains("Sommaire"))
        let flat = try pdf.text().flattened
        #expect(flat.contains("Label en vigueur"))
        #expect(flat.contains("15 juin 2021") && flat.contains("31 août 2026"))
        #expect(flat.contains("Spécialité (code CFD)"))
        #expect(flat.contains("✓ 96"), "routes checked, with their headcount")
        #expect(flat.contains("Total (7 formations)"))
        #expect(flat.contains("Critère 7 : Prévention du décrochage scolaire"))
        #expect(flat.contains("délibération n° 2026-08"))
        #expect(flat.contains("Fait à Nice, le 2 février 2026"))
        #expect(flat.contains("La proviseure"))
    }

    @Test("campaign summary: the three categories of the national list, refusals apart, charts")
    func summary() throws {
        let pdf = try render.summary(example)
        let flat = try pdf.text().flattened
        for category in ["Nouvellement labellisé", "Renouvellement", "Renouvellement avec modification"] {
            #expect(flat.contains(category))
        }
        #expect(flat.contains("3. Refus"))
        #expect(flat.contains("Dossiers en attente de décision"))
        for dossier in example.dossiers where dossier.decision != nil {
            #expect(flat.contains(dossier.etablissement.uai.code))
        }
        #expect(flat.contains("Formations par niveau de qualification"))
        #expect(flat.contains("Formations par voie d'accès"))
    }

    @Test("the summary from dossiers reduced to what it reads (as a batch keeps them) is the same file")
    func summaryFromReducedDossiers() throws {
        let publisher = render.publisher
        let whole = try publisher.pdf(publisher.layoutSummary(campaign: example.campaign, dossiers: example.dossiers))
        let reduced = try publisher.pdf(publisher.layoutSummary(campaign: example.campaign,
                                                                dossiers: example.dossiers.map(TemplateContext.summaryFields)))
        #expect(whole == reduced, "TemplateContext.summaryFields must keep whatever TemplateContext.summary reads")
    }
}
