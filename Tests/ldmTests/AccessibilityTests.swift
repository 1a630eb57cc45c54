import Foundation
import Testing

/// The example campaign rendered once by the built ldm, as `make demo` does.
private let exampleOutput: URL = {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-ua-\(UUID().uuidString)")
    let run = try! LDMBinary.run(["batch", LDMBinary.exampleCampaign.path, "-o", output.path, "--quiet"])
    precondition(run.status == 0, run.stderr)
    return output
}()

/// Every document of the example campaign, but the merged print file (untagged, for the printer only).
private let exampleDocuments: [String] = {
    let files = FileManager.default.enumerator(at: exampleOutput, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
    return files.filter { $0.pathExtension == "pdf" && $0.lastPathComponent != "certificats.pdf" }
        .map { String($0.path.dropFirst(exampleOutput.path.count + 1)) }.sorted()
}()

private func exampleFile(_ name: String) throws -> PDFObjects { try PDFObjects(file: exampleOutput.appendingPathComponent(name)) }

/// A copy of the example campaign whose certificate's heading block is `entete`, rendered by ldm.
private func certificate(entete: String, pdfa: String = "1b") throws -> (run: Run, file: URL) {
    let campaign = try LDMBinary.copyOfExample()
    let template = "{% extends \"certificat.xml\" %}\n{% block entete %}\n\(entete)\n{% endblock %}\n"
    try template.write(to: campaign.appendingPathComponent("templates/certificat.xml"), atomically: true, encoding: .utf8)
    let output = campaign.appendingPathComponent("certificat.pdf")
    let run = try LDMBinary.run(["render", "certificat", campaign.appendingPathComponent("dossiers/0060034E.yaml").path,
                                 "-o", output.path, "--pdfa", pdfa])
    return (run, output)
}

private func rules(_ pdf: PDFObjects) -> Set<AccessibilityRule> { Set(AccessibilityCheck(pdf).violations.map(\.rule)) }

/// A change that makes a valid file break one rule, with the rule.
struct Breakage: CustomTestStringConvertible, Sendable {
    let name: String
    let rule: AccessibilityRule
    let change: @Sendable (inout PDFObjects) -> Void
    var testDescription: String { name }

    static func first(_ pdf: PDFObjects, _ key: String, _ value: String) -> String { pdf.references(where: key, is: value)[0] }

    /// The first element of `role` in document order.
    static func firstElement(_ pdf: PDFObjects, _ role: String) -> String {
        AccessibilityCheck(pdf).elements.first { $0.role == role }!.reference!
    }

    static let all: [Breakage] = [
        Breakage(name: "no structure tree", rule: .structureTree) { pdf in
            pdf.change(pdf.trailer["/Root"] as! String) { $0["/StructTreeRoot"] = nil }
        },
        Breakage(name: "no /Lang", rule: .language) { pdf in pdf.change(pdf.trailer["/Root"] as! String) { $0["/Lang"] = nil } },
        Breakage(name: "a page without /Tabs", rule: .pageTabs) { pdf in pdf.change(pdf.pages[0]) { $0["/Tabs"] = nil } },
        Breakage(name: "a Figure without /Alt", rule: .figureAlternative) { pdf in
            pdf.change(first(pdf, "/S", "Figure")) { $0["/Alt"] = nil }
        },
        Breakage(name: "a Figure with an empty /Alt", rule: .figureAlternative) { pdf in
            pdf.change(first(pdf, "/S", "Figure")) { $0["/Alt"] = "u: " }
        },
        Breakage(name: "a TH without /Scope", rule: .headerScope) { pdf in pdf.change(first(pdf, "/S", "TH")) { $0["/A"] = nil } },
        Breakage(name: "the first H2 become H3", rule: .headingOrder) { pdf in pdf.change(firstElement(pdf, "H2")) { $0["/S"] = "/H3" } },
        Breakage(name: "the first H1 become H2", rule: .headingOrder) { pdf in pdf.change(firstElement(pdf, "H1")) { $0["/S"] = "/H2" } },
        Breakage(name: "an LI become P", rule: .listItems) { pdf in pdf.change(first(pdf, "/S", "LI")) { $0["/S"] = "/P" } },
        Breakage(name: "an L become Div", rule: .listItems) { pdf in pdf.change(first(pdf, "/S", "L")) { $0["/S"] = "/Div" } },
        Breakage(name: "a link without /Contents", rule: .linkContents) { pdf in
            pdf.change(first(pdf, "/Subtype", "Link")) { $0["/Contents"] = nil }
        },
        Breakage(name: "a Link element become Span", rule: .linkStructure) { pdf in
            pdf.change(first(pdf, "/S", "Link")) { $0["/S"] = "/Span" }
        },
        Breakage(name: "a Link element without its text", rule: .linkText) { pdf in
            let link = first(pdf, "/S", "Link")
            let annotations = (pdf.dictionary(link)!["/K"] as! [Any]).filter { pdf.integer($0) == nil }
            pdf.change(link) { $0["/K"] = annotations }
        },
        Breakage(name: "a header cell's span widened", rule: .tableShape) { pdf in
            pdf.change(first(pdf, "/S", "TH")) { $0["/A"] = ["/O": "/Table", "/Scope": "/Column", "/ColSpan": 3] }
        },
        Breakage(name: "a rule drawn outside marked content", rule: .markedContent) { pdf in
            let page = pdf.dictionary(pdf.pages[0])!
            let stream = (page["/Contents"] as? String) ?? (page["/Contents"] as! [Any])[0] as! String
            pdf.setData(stream, Array("0 0 m 10 10 l S\n".utf8) + pdf.streams[stream]!)
        },
        Breakage(name: "an artifact's marking left as an MCID", rule: .markedContent) { pdf in
            let page = pdf.dictionary(pdf.pages[0])!
            let stream = (page["/Contents"] as? String) ?? (page["/Contents"] as! [Any])[0] as! String
            pdf.setData(stream, Array("/Private << /MCID 999 >> BDC 0 0 m 10 10 l S EMC\n".utf8) + pdf.streams[stream]!)
        },
    ]
}

@Suite("PDF/UA-1 structure of the files ldm writes, by a structural checker")
struct AccessibilityTests {
    @Test("every document of the example campaign passes every rule of the checker", arguments: exampleDocuments)
    func exampleDocument(name: String) throws {
        let violations = AccessibilityCheck(try exampleFile(name)).violations
        #expect(violations.isEmpty, "\(name): \(violations)")
    }

    @Test("the example documents hold what the rules look at", arguments: ["Figure", "TH", "H1", "H2", "L", "LI", "Link"])
    func rulesHaveMatter(role: String) throws {
        let count = try exampleDocuments.reduce(0) { $0 + (try exampleFile($1)).references(where: "/S", is: role).count }
        #expect(count > 0, "no \(role) in the example campaign: the rules on it would check nothing")
    }

    @Test("the checker catches each rule broken in a valid dossier", arguments: Breakage.all)
    func checkerCatches(breakage: Breakage) throws {
        var pdf = try exampleFile("0060034E/dossier.pdf")
        #expect(rules(pdf).isEmpty)
        breakage.change(&pdf)
        #expect(rules(pdf).contains(breakage.rule), "\(AccessibilityCheck(pdf).violations)")
    }

    @Test("a signed décision keeps a structure that passes every rule")
    func signedDecision() throws {
        let pki = try TestPKI()
        let output = pki.folder.appendingPathComponent("decision.pdf")
        let run = try LDMBinary.run(["render", "decision", LDMBinary.exampleCampaign.appendingPathComponent("dossiers/0060034E.yaml").path,
                                     "-o", output.path, "--sign-key", pki.path("signer.key"), "--sign-cert", pki.path("chain.pem")])
        #expect(run.status == 0, "\(run.stderr)")
        var pdf = try PDFObjects(file: output)
        let check = AccessibilityCheck(pdf)
        #expect(check.violations.isEmpty, "\(check.violations)")
        // The signature field's widget is the content of a Form element, the document's last child.
        let form = try #require(check.elements.first { $0.role == "Form" })
        #expect(form.parent == "Document")
        #expect(check.elements.last?.role == "Form")
        // A widget the parent tree does not map back to its Form breaks the rule.
        pdf.change(Breakage.first(pdf, "/Subtype", "Widget")) { $0["/StructParent"] = nil }
        #expect(rules(pdf) == [.widgetStructure], "\(AccessibilityCheck(pdf).violations)")
    }

    @Test("a file left as cairo writes it (--pdfa none) fails the rules finishing satisfies")
    func unfinished() throws {
        let (run, file) = try certificate(entete: "<table columns=\"1fr 1fr\" header-rows=\"1\"><row><cell>Académie</cell><cell>Région</cell></row>"
                                          + "<row><cell>Nice</cell><cell>Provence-Alpes-Côte d’Azur</cell></row></table>", pdfa: "none")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(rules(try PDFObjects(file: file)).isSuperset(of: [.language, .pageTabs, .figureAlternative, .headerScope]))
    }

    @Test("headings must start at H1 and never skip a level", arguments: [
        ("<h1>Titre</h1><h2>Partie</h2><h3>Section</h3><h1>Autre titre</h1>", true),
        ("<h1>Titre</h1><h3>Section</h3>", false),
        ("<h2>Partie</h2>", false),
    ])
    func headings(entete: String, valid: Bool) throws {
        let (run, file) = try certificate(entete: entete)
        #expect(run.status == 0, "\(run.stderr)")
        let violations = AccessibilityCheck(try PDFObjects(file: file)).violations
        #expect(violations.isEmpty == valid, "\(violations)")
        #expect(violations.allSatisfy { $0.rule == .headingOrder }, "\(violations)")
    }

    @Test("a Figure's /Alt is the image's alt, a chart's its title and values, a QR code's its text")
    func alternatives() throws {
        let certificate = try exampleFile("0060034E/certificat.pdf")
        let alternatives = certificate.references(where: "/S", is: "Figure").compactMap { certificate.text(certificate.dictionary($0)?["/Alt"]) }
        #expect(alternatives.contains("Logo de l’académie de Nice"))
        #expect(alternatives.contains { $0.hasPrefix("Code QR\u{00A0}: https://") })
        let report = try exampleFile("0060034E/rapport.pdf")
        let chart = report.references(where: "/S", is: "Figure").compactMap { report.text(report.dictionary($0)?["/Alt"]) }
        #expect(chart.contains { $0.hasPrefix("Graphique en radar\u{00A0}: ") && $0.contains("satisfait") }, "\(chart)")
    }

    @Test("header cells are column headers")
    func scopes() throws {
        let dossier = try exampleFile("0060034E/dossier.pdf")
        let headers = dossier.references(where: "/S", is: "TH")
        #expect(!headers.isEmpty)
        for header in headers {
            #expect(dossier.name(dossier.dictionary(dossier.dictionary(header)?["/A"])?["/Scope"]) == "Column")
        }
    }

    @Test("cells that span rows or columns say so: the formations table's two header rows")
    func spans() throws {
        let dossier = try exampleFile("0060034E/dossier.pdf")
        let spans = dossier.references(where: "/S", is: "TH").compactMap { header -> String? in
            guard let attributes = dossier.dictionary(dossier.dictionary(header)?["/A"]) else { return nil }
            let rows = dossier.integer(attributes["/RowSpan"]).map { "R\($0)" } ?? ""
            let columns = dossier.integer(attributes["/ColSpan"]).map { "C\($0)" } ?? ""
            return rows + columns
        }
        // Diplôme, Spécialité, Niveau (two rows each), the routes (four columns), Total (two rows), then the routes' names.
        #expect(spans.prefix(9) == ["R2", "R2", "R2", "C4", "R2", "", "", "", ""], "\(spans)")
    }

    @Test("running footers and page frames are artifacts, out of the structure tree")
    func artifacts() throws {
        for name in ["0060034E/certificat.pdf", "0060034E/decision.pdf"] {
            let pdf = try exampleFile(name)
            #expect(pdf.references(where: "/S", is: "Private").isEmpty, "\(name)")
            let artifacts = ContentTokens.operations(pdf.content(ofPage: pdf.pages[0])).filter { $0.operatorName == "BMC" && $0.operands == ["/Artifact"] }
            #expect(!artifacts.isEmpty, "\(name)")
        }
        let decision = try tool("pdftotext", ["-layout", exampleOutput.appendingPathComponent("0060034E/decision.pdf").path, "-"])
        #expect(decision.contains("page 1 sur"), "the footer is still drawn")
    }

    @Test("an image with alt=\"\" is decorative: an artifact, no Figure")
    func decorativeImage() throws {
        let (run, file) = try certificate(entete: "<image src=\"{{ campagne.logo }}\" height=\"1cm\" alt=\"\"/>")
        #expect(run.status == 0, "\(run.stderr)")
        let pdf = try PDFObjects(file: file)
        #expect(AccessibilityCheck(pdf).violations.isEmpty, "\(AccessibilityCheck(pdf).violations)")
        #expect(pdf.references(where: "/S", is: "Figure").count == 1, "only the QR code is a Figure")
    }

    @Test("an image without alt is a template error at its position, and nothing is written")
    func imageWithoutAlternative() throws {
        let (run, file) = try certificate(entete: "<p>En-tête</p>\n  <image src=\"{{ campagne.logo }}\" height=\"1cm\"/>")
        #expect(run.status == 1)
        let campaign = file.deletingLastPathComponent().path
        #expect(run.stderr.hasPrefix("\(campaign)/templates/certificat.xml:4:3: erreur : l’image « \(campaign)/logo.svg » n’a pas de texte de remplacement (attribut alt)\n"),
                "\(run.stderr)")
        #expect(run.stderr.contains("suggestion : décrivez-la en quelques mots dans alt=\"…\", ou écrivez alt=\"\" si elle est purement décorative"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }
}
