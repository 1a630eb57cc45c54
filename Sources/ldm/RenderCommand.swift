import ArgumentParser
import Foundation
import Label
import Pages
import Publishing
import Synchronization

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: fr("Produit un document d'un établissement."),
        discussion: fr("""
        GENRE est dossier, rapport, decision ou certificat. La campagne est le campagne.yaml du dossier \
        de l'établissement ou de l'un de ses parents, sauf si --campagne en désigne un autre. En PNG, \
        chaque page donne un fichier (nom-1.png, nom-2.png, …), ou seulement la page choisie avec --page.

        Exemples :
          ldm render certificat examples/campagne-2026/dossiers/0060034E.yaml -o certificat.pdf
          ldm render dossier examples/campagne-2026/dossiers/0060034E.yaml --format png -o apercu.png
          ldm render dossier campagne-2026/dossiers/0060034E.yaml --format png --page 3
        """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case pdf, png }

    @Argument(help: ArgumentHelp(fr("Le document : dossier, rapport, decision ou certificat."), valueName: "genre"))
    var kind: DocumentKind

    @Argument(help: ArgumentHelp(fr("Le fichier de l'établissement (dossiers/UAI.yaml)."), valueName: "dossier"),
              completion: .file(extensions: ["yaml", "yml", "json"]))
    var dossier: String

    @Option(help: ArgumentHelp(fr("Le fichier de la campagne (par défaut : le campagne.yaml du dossier ou de ses parents)."),
                               valueName: "fichier"),
            completion: .file(extensions: ["yaml", "yml", "json"]))
    var campagne: String?

    @Option(name: .shortAndLong, help: ArgumentHelp(fr("Où écrire (par défaut : output/<campagne>/<UAI>/<genre>.pdf)."),
                                                    valueName: "fichier"))
    var output: String?

    @Option(help: ArgumentHelp(fr("Forme d'archivage : 1b (PDF/A-1b) ou none."), valueName: "forme"))
    var pdfa: ArchivalForm = .b1

    @Option(help: ArgumentHelp(fr("pdf ou png."), valueName: "format"))
    var format: Format = .pdf

    @Option(help: ArgumentHelp(fr("Résolution des pages PNG, en points par pouce."), valueName: "ppp"))
    var dpi: Double = 96

    /// For the benchmark (bench/run): total-fit (the default) or greedy breaking of justified text.
    @Option(name: .customLong("line-breaking"), help: .hidden)
    var lineBreaking: Publisher.LineBreaking = .totalFit

    @Option(help: ArgumentHelp(fr("En PNG, la seule page à produire (la première est 1)."), valueName: "n"))
    var page: Int?

    @OptionGroup var signing: SigningOptions

    @OptionGroup var options: DiagnosticOptions

    func validate() throws {
        if let page {
            guard page >= 1 else { throw ValidationError("--page doit valoir au moins 1") }
            guard format == .png else { throw ValidationError("--page ne s'emploie qu'avec --format png") }
        }
        guard dpi.isFinite, (1...2400).contains(dpi) else {
            throw ValidationError("--dpi doit être une résolution entre 1 et 2400 points par pouce, pas « \(dpiText) »")
        }
    }

    /// The resolution as the user wrote it, near enough (nan, inf, -3).
    private var dpiText: String { dpi.isNaN ? "nan" : dpi == dpi.rounded() && dpi.isFinite ? String(Int(dpi)) : "\(dpi)" }

    func run() throws {
        let reporter = Reporter(options)
        defer { reporter.finish() }
        guard try render(reporter: reporter) else { throw ExitCode.failure }
    }

    /// Renders once; false when nothing was written (the reasons reported), exit status 2 thrown when
    /// the output would overwrite an input. Shared with `watch`.
    func render(reporter: Reporter) throws -> Bool {
        // The publisher (fonts, Pango, libhyphen) is made, and the template read, while the data are read.
        let file = URL(fileURLWithPath: dossier)
        let campaignFile = campagne.map { URL(fileURLWithPath: $0) }
        let started = Self.early.withLock { $0.take() } ?? PendingPublisher()
        let publisher = started.then { [kind] publisher in
            if let folder = CampaignLoader.campaignFolder(forDossier: file, campaignFile: campaignFile) {
                publisher.prepare(kind, campaignFolder: folder)
            }
        }
        let load = CampaignLoader.loadDossier(file: file, campaignFile: campaignFile)
        reporter.report(load.diagnostics)
        guard !load.hasErrors, let campaign = load.campaign, let school = load.dossiers.first else {
            reporter.say("aucun document écrit : les données ont des erreurs", error: true)
            return false
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
            publisher.lineBreaking = lineBreaking
            publisher.archival = pdfa == .b1
            if kind.isSigned { publisher.signer = try signing.identity(campaign: campaign) }
            var document = try publisher.layout(kind, dossier: school, campaign: campaign)
            switch format {
            case .pdf:
                try AtomicFile.write(publisher.pdf(document, kind: kind), to: target)
                reporter.wrote(target.relativePath)
            case .png:
                var first = 1
                if let page {
                    guard page <= document.pages.count else {
                        throw PublishingError("la page \(page) n'existe pas : le document a \(plural(document.pages.count, "page"))")
                    }
                    document = LaidOutDocument(metadata: document.metadata, pages: [document.pages[page - 1]])
                    first = page
                }
                // One page asked for: written where -o says; else one file per page, numbered.
                let path = { (index: Int) -> URL in self.page != nil ? target : pageFile(first - 1 + index) }
                let images = try publisher.png(document, resolution: dpi)
                do {
                    for index in images.indices {
                        try OutputGuard.checkFile(path(index), written: path(index).relativePath, campaign: campaign, dossier: file)
                    }
                } catch let refused as OutputRefused {
                    Output.error("erreur : \(refused)")
                    throw ExitCode(2)
                }
                for (index, image) in images.enumerated() {
                    try AtomicFile.write(image, to: path(index))
                    reporter.wrote(path(index).relativePath)
                }
            }
            return true
        } catch let exit as ExitCode {
            throw exit
        } catch {
            reporter.report(failure: error)
            reporter.say("aucun document écrit", error: true)
            return false
        }
    }
}

extension DocumentKind: ExpressibleByArgument {}
extension RenderCommand {
    /// The publisher `LDM.main` starts for `ldm render` before the command line is read: argument-parser's
    /// reflection takes about 38 million instructions there, more than twice what fonts and Pango take.
    static let early = Mutex<PendingPublisher?>(nil)

    static func startPublisher(arguments: [String]) {
        if arguments.dropFirst().first == "render" { early.withLock { $0 = PendingPublisher() } }
    }
}

extension Publisher.LineBreaking: ExpressibleByArgument {}
