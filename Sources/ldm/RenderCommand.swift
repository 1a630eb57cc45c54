import ArgumentParser
import Foundation
import Label
import Publishing

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Renders one document of one school.",
        discussion: """
        KIND is dossier, rapport, decision or certificat. The campaign is the campagne.yaml found in the
        dossier's folder or its parents, unless --campagne names one. PNG writes one file per page
        (name-1.png, name-2.png, …).

        Example:
          ldm render certificat examples/campagne-2026/dossiers/0060034E.yaml -o certificat.pdf
          ldm render dossier examples/campagne-2026/dossiers/0060034E.yaml --format png -o apercu.png
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case pdf, png }

    @Argument(help: "dossier, rapport, decision or certificat.")
    var kind: DocumentKind

    @Argument(help: "The school's data file.", completion: .file(extensions: ["yaml", "yml", "json"]))
    var dossier: String

    @Option(help: "The campaign file (default: campagne.yaml in the dossier's folder or its parents).",
            completion: .file(extensions: ["yaml", "yml", "json"]))
    var campagne: String?

    @Option(name: .shortAndLong, help: "Where to write (default: output/<campaign folder>/<UAI>/<kind>.pdf).")
    var output: String?

    @Option(help: "Archival form of PDF files: 1b (PDF/A-1b, the default) or none.")
    var pdfa: ArchivalForm = .b1

    @Option(help: "pdf or png.")
    var format: Format = .pdf

    @Option(help: "Resolution of PNG pages, in dots per inch.")
    var dpi: Double = 96

    func validate() throws {
        guard dpi.isFinite, (1...2400).contains(dpi) else {
            throw ValidationError("--dpi doit être une résolution entre 1 et 2400 points par pouce, pas « \(dpiText) »")
        }
    }

    /// The resolution as the user wrote it, near enough (nan, inf, -3).
    private var dpiText: String { dpi.isNaN ? "nan" : dpi == dpi.rounded() && dpi.isFinite ? String(Int(dpi)) : "\(dpi)" }

    func run() throws {
        // The publisher (fonts, Pango, libhyphen) is made, and the template read, while the data are read.
        let file = URL(fileURLWithPath: dossier)
        let campaignFile = campagne.map { URL(fileURLWithPath: $0) }
        let publisher = PendingPublisher { [kind] publisher in
            if let folder = CampaignLoader.campaignFolder(forDossier: file, campaignFile: campaignFile) {
                publisher.prepare(kind, campaignFolder: folder)
            }
        }
        let load = CampaignLoader.loadDossier(file: file, campaignFile: campaignFile)
        for diagnostic in load.diagnostics { Output.error(diagnostic.description) }
        guard !load.hasErrors, let campaign = load.campaign, let school = load.dossiers.first else {
            Output.error("no document written: the data has errors")
            throw ExitCode.failure
        }
        let target = output.map { URL(fileURLWithPath: $0) } ?? URL(fileURLWithPath: "output")
            .appendingPathComponent(campaign.folder.lastPathComponent)
            .appendingPathComponent(school.etablissement.uai.code)
            .appendingPathComponent("\(kind.rawValue).\(format.rawValue)")
        let pageFile = { (index: Int) -> URL in
            let base = target.deletingPathExtension()
            return base.deletingLastPathComponent().appendingPathComponent("\(base.lastPathComponent)-\(index + 1).png")
        }
        do {
            // PNG pages are not counted yet: their names are checked as they come, before any is written.
            if format == .pdf { try OutputGuard.checkFile(target, written: output ?? target.relativePath, campaign: campaign, dossier: file) }
        } catch {
            Output.error("erreur : \(error)")
            throw ExitCode(2)
        }
        do {
            let publisher = try publisher.value()
            publisher.archival = pdfa == .b1
            let document = try publisher.layout(kind, dossier: school, campaign: campaign)
            switch format {
            case .pdf:
                try AtomicFile.write(publisher.pdf(document), to: target)
                Output.print(target.relativePath)
            case .png:
                let pages = try publisher.png(document, resolution: dpi)
                do {
                    for index in pages.indices {
                        try OutputGuard.checkFile(pageFile(index), written: pageFile(index).relativePath, campaign: campaign, dossier: file)
                    }
                } catch let refused as OutputRefused {
                    Output.error("erreur : \(refused)")
                    throw ExitCode(2)
                }
                for (index, page) in pages.enumerated() {
                    let path = pageFile(index)
                    try AtomicFile.write(page, to: path)
                    Output.print(path.relativePath)
                }
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Output.error("error: \(error)")
            Output.error("no document written")
            throw ExitCode.failure
        }
    }
}

extension DocumentKind: ExpressibleByArgument {}
