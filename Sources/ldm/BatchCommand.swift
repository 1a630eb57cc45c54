import ArgumentParser
import Foundation
import Label
import Native
import Publishing
import Registry

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: fr("Produit tous les documents d'une campagne."),
        discussion: fr("""
        Pour chaque établissement : son dossier ; son rapport d'évaluation une fois évalué ; sa décision \
        et, sauf refus, son certificat une fois décidé ; dans SORTIE/<UAI>/<genre>.pdf. Et aussi \
        SORTIE/certificats.pdf (tous les certificats par ordre d'UAI, pour l'impression), SORTIE/synthese.pdf \
        (la synthèse de la campagne) et SORTIE/manifest.json (l'empreinte SHA-256 de chaque fichier, le numéro \
        et le code de vérification de chaque certificat).
        Un établissement dont les données ont des erreurs est signalé et passé ; les autres sont quand même \
        produits (code de sortie 1). Avec --only, un dossier n'est lu et vérifié que pour ce que ces documents \
        en impriment (voir docs/limites.md) ; « ldm check » vérifie tout.

        Exemples :
          ldm batch examples/campagne-2026
          ldm batch campagne-2026 -o impression --only certificat
          ldm batch campagne-2026 --quiet --diagnostics json
        """)
    )

    @Argument(help: ArgumentHelp(fr("Le dossier de la campagne (qui contient campagne.yaml et dossiers/)."), valueName: "campagne"),
              completion: .directory)
    var campaign: String

    @Option(name: .shortAndLong, help: ArgumentHelp(fr("Dossier de sortie (par défaut : output/<nom du dossier de la campagne>)."),
                                                    valueName: "dossier"))
    var output: String?

    @Option(help: ArgumentHelp(fr("Établissements produits en même temps (par défaut : un par processeur)."), valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: ArgumentHelp(fr("Seulement ce genre de document (dossier, rapport, decision, certificat) ; répétable."),
                               valueName: "genre"))
    var only: [DocumentKind] = []

    @OptionGroup var progress: ProgressOptions

    @OptionGroup var options: DiagnosticOptions

    @Option(help: ArgumentHelp(fr("Forme d'archivage : 1b (PDF/A-1b) ou none."), valueName: "forme"))
    var pdfa: ArchivalForm = .b1

    @Option(help: ArgumentHelp(fr("Registre des certificats : un fichier SQLite ou une adresse postgres://… (par défaut : DOSSIER/registre.sqlite)."),
                               valueName: "registre"))
    var registry: String?

    @OptionGroup var signing: SigningOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs doit valoir au moins 1") }
        try progress.validate()
    }

    func run() throws {
        try runBatch(folder: URL(fileURLWithPath: campaign), output: output, jobs: jobs, only: only,
                     progress: progress, reporter: Reporter(options), registry: registry, archival: pdfa == .b1,
                     signing: signing)
    }
}

/// Shared by `batch` and `demo`.
func runBatch(folder: URL, output: String?, jobs: Int, only: [DocumentKind], progress options: ProgressOptions,
              reporter: Reporter, registry registryOption: String? = nil, archival: Bool = true,
              signing: SigningOptions = SigningOptions()) throws {
    defer { reporter.finish() }
    FreedMemory.keepForReuse()
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("\(folder.relativePath) n'est pas un dossier : donnez le dossier d'une campagne, qui contient campagne.yaml")
    }
    let target = output.map { URL(fileURLWithPath: $0) }
        ?? URL(fileURLWithPath: "output").appendingPathComponent(folder.standardizedFileURL.lastPathComponent)
    do { try OutputGuard.checkFolder(target, written: output ?? target.relativePath, campaignFolder: folder) } catch {
        Output.error("erreur : \(error)")
        throw ExitCode(2)
    }
    let location: RegistryLocation, registry: Registry
    do {
        location = try batchRegistry(registryOption, output: target)
        registry = try openBatchRegistry(location)
    } catch {
        reporter.report(failure: error)
        throw ExitCode.failure
    }
    // A template's mistake is the campaign's: reported once, before any school is rendered.
    let templateErrors = TemplateCheck.diagnostics(campaignFolder: folder, kinds: only.isEmpty ? DocumentKind.allCases : only,
                                                   summary: only.isEmpty)
    if !templateErrors.isEmpty {
        reporter.report(templateErrors)
        reporter.say("\(plural(templateErrors.count, "erreur")) dans les modèles de la campagne : aucun document n'est produit", error: true)
        throw ExitCode.failure
    }
    var batch = Publishing.Batch(campaignFolder: folder, output: target, jobs: jobs, only: Set(only))
    batch.archival = archival
    do { batch.signer = try signing.identity(campaign: CampaignLoader.open(folder: folder).campaign) } catch {
        reporter.report(failure: error)
        reporter.say("aucun document écrit", error: true)
        throw ExitCode.failure
    }
    let progress = BatchProgress(options, silent: reporter.json)
    let started = Date()
    let report: Publishing.Batch.Report
    do {
        report = try batch.run { event in progress.show(event) }
    } catch {
        progress.finish()
        reporter.report(failure: error)
        throw error is OutputRefused ? ExitCode(2) : ExitCode.failure
    }
    progress.finish()
    do {
        if let recorded = try recordIssued(report.certificatesIssued, in: registry, at: location) { reporter.say(recorded) }
    } catch {
        reporter.say("erreur : les certificats n'ont pas été inscrits au registre : \(error)", error: true)
        throw ExitCode.failure
    }
    reporter.report(report.diagnostics)
    reporter.wroteQuietly(report.written)
    if !options.quiet {
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started)).replacingOccurrences(of: ".", with: ",")
        reporter.say("\(plural(report.written.count, "fichier écrit", "fichiers écrits")) dans \(target.relativePath) en \(seconds) s")
    }
    if !report.failures.isEmpty {
        reporter.say("\(plural(report.failures.count, "établissement en échec", "établissements en échec")) :", error: true)
        for failure in report.failures {
            reporter.failed(school: failure.school, firstError: failure.firstError)
            reporter.say("  \(failure.school) : \(failure.firstError)", error: true)
        }
        throw ExitCode.failure
    }
}
