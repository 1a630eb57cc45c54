import Finish
import Foundation
import Label
import Native
import Publishing
import Testing

/// The example campaign's documents, each rendered once for the suite.
private let documents: [(name: String, pdf: [UInt8])] = {
    let root = try! ProjectResources.root()
    let load = CampaignLoader.load(folder: root.appendingPathComponent("examples/campagne-2026"))
    let publisher = try! Publisher(resources: root)
    var result: [(String, [UInt8])] = []
    for dossier in load.dossiers {
        for kind in DocumentKind.allCases where kind.isAvailable(for: dossier) {
            let document = try! publisher.layout(kind, dossier: dossier, campaign: load.campaign!)
            result.append(("\(dossier.etablissement.uai.code)/\(kind.rawValue).pdf", try! publisher.pdf(document)))
        }
    }
    result.append(("synthese.pdf", try! publisher.pdf(publisher.layoutSummary(campaign: load.campaign!, dossiers: load.dossiers))))
    return result
}()

private func temporaryFile(_ bytes: [UInt8]) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-finish-\(UUID().uuidString).pdf")
    try Data(bytes).write(to: url)
    return url
}

/// Runs a program and returns its standard output (standard error joined).
private func run(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
}

@Suite("Documents are finished as PDF/A-1b with PDF/UA-1 markers")
struct ArchivalFinishTests {
    @Test("PDFBox Preflight finds every example document a valid PDF/A-1b file", arguments: documents.map(\.name))
    func preflight(name: String) throws {
        let file = try temporaryFile(documents.first { $0.name == name }!.pdf)
        let jars = ["preflight", "pdfbox2", "fontbox2", "xmpbox", "commons-logging", "javax.activation", "jaxb-api"]
            .map { "/usr/share/java/\($0).jar" }.joined(separator: ":")
        let output = try run("/usr/bin/java", ["-cp", jars, "org.apache.pdfbox.preflight.Validator_A1b", file.path])
        #expect(output.contains("is a valid PDF/A-1b file"), "\(name): \(output)")
    }

    @Test("qpdf finds the cross-reference table, the objects and the streams of every document sound", arguments: documents.map(\.name))
    func structure(name: String) throws {
        let output = try run("/usr/bin/qpdf", ["--check", try temporaryFile(documents.first { $0.name == name }!.pdf).path])
        #expect(output.contains("No syntax or stream encoding errors found") && !output.contains("WARNING"), "\(name): \(output)")
    }

    @Test("the catalogue, pages and metadata carry what PDF/A-1b and PDF/UA-1 ask", arguments: documents.map(\.name))
    func markers(name: String) throws {
        let pdf = documents.first { $0.name == name }!.pdf
        #expect(String(decoding: pdf.prefix(8), as: UTF8.self) == "%PDF-1.4")
        let editor = try PDFEditor(pdf: pdf)
        #expect(editor.text(editor.value(editor.root, "Lang")) == "fr")
        #expect(editor.value(editor.trailer, "ID") != nil)
        let preferences = try #require(editor.value(editor.root, "ViewerPreferences"))
        #expect(editor.value(preferences, "DisplayDocTitle").map { _ in true } == true)
        for page in editor.pages {
            #expect(editor.name(editor.value(page, "Tabs")) == "S")
            #expect(editor.value(page, "Group") == nil)
        }
        let xmp = String(decoding: try editor.streamData(try #require(editor.value(editor.root, "Metadata"))), as: UTF8.self)
        #expect(xmp.contains("<pdfaid:part>1</pdfaid:part>") && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"))
        #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
        let info = try #require(editor.value(editor.trailer, "Info"))
        let title = try #require(editor.text(editor.value(info, "Title")))
        #expect(!title.isEmpty && xmp.contains("<rdf:li xml:lang=\"x-default\">\(title)</rdf:li>"))
        #expect(editor.text(editor.value(info, "CreationDate"))?.hasPrefix("D:") == true)
    }

    @Test("every link says where it leads in its /Contents, as PDF/UA-1 asks")
    func linkContents() throws {
        var links = 0
        for document in documents {
            let editor = try PDFEditor(pdf: document.pdf)
            for link in editor.objects where editor.isDictionary(link, type: "Annot", subtype: "Link") {
                links += 1
                let contents = try #require(editor.text(editor.value(link, "Contents")), "\(document.name)")
                if let uri = editor.value(link, "A").flatMap({ editor.text(editor.value($0, "URI")) }) {
                    #expect(contents == "Lien vers \(uri)")
                } else {
                    #expect(contents == "Lien interne au document")
                }
            }
        }
        #expect(links > 0, "the example campaign has links (table of contents, addresses)")
    }

    @Test("every embedded CID font has an identity glyph map and a CID set")
    func cidFonts() throws {
        let editor = try PDFEditor(pdf: documents[0].pdf)
        let fonts = editor.objects.filter { editor.isDictionary($0, type: "Font", subtype: "CIDFontType2") }
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(editor.name(editor.value(font, "CIDToGIDMap")) == "Identity")
            let descriptor = try #require(editor.value(font, "FontDescriptor"))
            let set = try editor.streamData(try #require(editor.value(descriptor, "CIDSet")))
            #expect(set.first.map { $0 & 0x80 } == 0x80, "glyph 0 is in every subset")
        }
    }

    @Test("finishing the same rendering twice gives the same bytes")
    func deterministic() throws {
        let root = try ProjectResources.root()
        let load = CampaignLoader.load(folder: root.appendingPathComponent("examples/campagne-2026"))
        let first = try Publisher(resources: root), second = try Publisher(resources: root)
        let dossier = load.dossiers[0]
        let a = try first.pdf(first.layout(.certificat, dossier: dossier, campaign: load.campaign!))
        let b = try second.pdf(second.layout(.certificat, dossier: dossier, campaign: load.campaign!))
        #expect(a == b)
    }

    @Test("without finishing, cairo's own PDF 1.5 is kept")
    func optOut() throws {
        let root = try ProjectResources.root()
        let load = CampaignLoader.load(folder: root.appendingPathComponent("examples/campagne-2026"))
        let publisher = try Publisher(resources: root)
        publisher.archival = false
        let pdf = try publisher.pdf(publisher.layout(.certificat, dossier: load.dossiers[0], campaign: load.campaign!))
        #expect(String(decoding: pdf.prefix(8), as: UTF8.self) == "%PDF-1.5")
        #expect(try PDFEditor(pdf: pdf).value(PDFEditor(pdf: pdf).root, "Metadata") == nil)
    }

    @Test("a missing colour profile is an error naming the Debian package")
    func missingProfile() throws {
        #expect(throws: NativeError("profil de couleur sRGB introuvable (/nonexistent/sRGB.icc) : installez le paquet Debian icc-profiles-free")) {
            try ArchivalFinish.finish(documents[0].pdf, language: "fr", figureAlternatives: [], profile: URL(fileURLWithPath: "/nonexistent/sRGB.icc"))
        }
    }
}
