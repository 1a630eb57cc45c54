import ArgumentParser
import Foundation
import Publishing
import Registry

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Renders every document of a whole campaign.",
        discussion: """
        For every school: its dossier; its evaluation report once evaluated; its decision and, unless
        refused, its certificate once decided; into DIR/<UAI>/<kind>.pdf. Also DIR/certificats.pdf (every
        certificate in UAI order, for printing), DIR/synthese.pdf (the campaign summary) and
        DIR/manifest.json (each file's SHA-256, each certificate's number and verification code).
        A school whose data has errors is reported and skipped; the others are still made (exit status 1).

        Example:
          ldm batch examples/campagne-2026
          ldm batch campagne-2026 -o impression --only certificat
        """
    )

    @Argument(help: "The campaign folder (holding campagne.yaml and dossiers/).", completion: .directory)
    var campaign: String

    @Option(name: .shortAndLong, help: "Output folder (default: output/<campaign folder name>).")
    var output: String?

    @Option(help: "Schools rendered at once (default: one per core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Only this kind of document (dossier, rapport, decision, certificat); repeatable.")
    var only: [DocumentKind] = []

    @Option(help: "Archival form of PDF files: 1b (PDF/A-1b, the default) or none.")
    var pdfa: ArchivalForm = .b1

    @Flag(name: .shortAndLong, help: "No progress output.")
    var quiet = false

    @Option(help: "Registre des certificats : un fichier SQLite ou une adresse postgres://… (par défaut : DIR/registre.sqlite).")
    var registry: String?

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: campaign)
        try runBatch(folder: folder, output: output, jobs: jobs, only: only, quiet: quiet, registry: registry,
                     archival: pdfa == .b1)
    }
}

/// Shared by `batch` and `demo`.
func runBatch(folder: URL, output: String?, jobs: Int, only: [DocumentKind], quiet: Bool, registry registryOption: String? = nil,
              archival: Bool = true) throws {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("\(folder.relativePath) is not a folder: give a campaign folder holding campagne.yaml")
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
        Output.error("erreur : \(error)")
        throw ExitCode.failure
    }
    var batch = Publishing.Batch(campaignFolder: folder, output: target, jobs: jobs, only: Set(only))
    batch.archival = archival
    let progress = Progress(quiet: quiet)
    let started = Date()
    let report: Publishing.Batch.Report
    do {
        report = try batch.run { event in progress.show(event) }
    } catch {
        progress.finish()
        Output.error(error is OutputRefused ? "erreur : \(error)" : "error: \(error)")
        throw error is OutputRefused ? ExitCode(2) : ExitCode.failure
    }
    progress.finish()
    do { try recordIssued(report.certificatesIssued, in: registry, at: location) } catch {
        Output.error("erreur : les certificats n'ont pas été inscrits au registre : \(error)")
        throw ExitCode.failure
    }
    for diagnostic in report.diagnostics { Output.error(diagnostic.description) }
    let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
    Output.print("\(plural(report.written.count, "file")) written to \(target.relativePath) in \(seconds) s")
    if !report.failures.isEmpty {
        Output.error("\(plural(report.failures.count, "school")) failed:")
        for failure in report.failures { Output.error("  \(failure.school): \(failure.firstError)") }
        throw ExitCode.failure
    }
}

/// A bar on a terminal, plain lines otherwise, nothing with --quiet.
final class Progress: @unchecked Sendable {
    private let quiet: Bool
    private let terminal = Output.stderrIsTerminal
    private let lock = NSLock()

    init(quiet: Bool) { self.quiet = quiet }

    func show(_ event: Publishing.Batch.Event) {
        guard !quiet, case .schoolFinished(let uai, let done, let total) = event else { return }
        lock.lock()
        defer { lock.unlock() }
        if terminal {
            let width = 30
            let filled = total == 0 ? width : done * width / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total) établissements".utf8))
        } else {
            Output.error("[\(done)/\(total)] \(uai)")
        }
    }

    func finish() {
        if !quiet, terminal { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
