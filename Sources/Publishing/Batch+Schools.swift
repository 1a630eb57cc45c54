import DocumentTree
import Foundation
import Label
import Layout
import Native
import Pages
import Registry
import Render
import Synchronization
import Templates

/// What is kept of one school's file once it is rendered, besides its entries in `BatchEntries`. Ten
/// thousand of these are held until the end, so each is a few words, and those of a valid school are empty.
struct SchoolResult: Sendable {
    /// The file's diagnostics (and those of criteria files it names), not sorted.
    var diagnostics: [Diagnostic] = []
    var failure: Batch.Failure?
    /// The template mistakes that stopped this school's documents, without the data file, and its layout
    /// errors at a template's line: reported once for all the schools they stopped (see `Batch.templateDiagnostics`).
    var templateErrors: [TemplateError] = []
    /// The dossier reduced to what the campaign summary reads, when the summary is made and the file
    /// is valid. Boxed: inline, a `Dossier` would make every result, even empty, the size of one.
    var summary: SummaryBox?

    final class SummaryBox: Sendable {
        let dossier: Dossier
        init(_ dossier: Dossier) { self.dossier = dossier }
    }
}

/// The manifest's entries of the documents written other than certificates, and the certificates
/// written, gathered as each school finishes, in whichever order the workers finish them (the batch
/// sorts them at the end): one array of each for the batch rather than small ones a school.
final class BatchEntries: Sendable {
    struct Entries {
        var files: [Manifest.File] = []
        var certificates: [WrittenCertificate] = []
        /// The labels' wordings already met: a few hundred, which ten thousand certificates share
        /// rather than each holding its own copy of a long text.
        var labels: Set<String> = []
    }
    private let entries: Mutex<Entries>

    /// Room for `schools` schools' entries of `kinds` kinds made at once: arrays that double as they grow
    /// would, for a moment at each doubling, hold both their old and new storage.
    init(schools: Int, kinds: [DocumentKind]) {
        var entries = Entries()
        entries.files.reserveCapacity(schools * kinds.filter { $0 != .certificat }.count)
        if kinds.contains(.certificat) { entries.certificates.reserveCapacity(schools) }
        self.entries = Mutex(entries)
    }

    func add(_ file: Manifest.File) { entries.withLock { $0.files.append(file) } }

    func add(_ certificate: WrittenCertificate) {
        entries.withLock { entries in
            var certificate = certificate
            certificate.issued.label = entries.labels.insert(certificate.issued.label).memberAfterInsert
            entries.certificates.append(certificate)
        }
    }

    /// Everything gathered, handed over: the arrays are moved out, not copied.
    func take() -> Entries {
        entries.withLock { entries in
            defer { entries = Entries() }
            return entries
        }
    }
}

/// Results in the order of the data files (for valid files, named by their UAI: UAI order), the entries
/// of what was written, and the merged certificates file (finished, not yet in place) when certificates were made.
struct SchoolResults: Sequence {
    var results: [SchoolResult]
    var entries: BatchEntries.Entries
    var mergedCertificates: (file: StagedFile, digest: StagedFile.Digest)?
    func makeIterator() -> IndexingIterator<[SchoolResult]> { results.makeIterator() }
}

extension Batch {
    /// Workers (one publisher each: Pango is not shared between threads; see `SharedWork`) take the data files in name
    /// order, that is schools in UAI order; each reads and validates its school, renders it, and keeps
    /// only its `SchoolResult`. Certificates go into the merged file in that order: a worker appends its
    /// certificate when the files before it have had their turn.
    func renderSchools(_ opened: OpenedCampaign, campaign: Campaign, kinds: [DocumentKind], keepSummaries: Bool,
                       progress: @escaping @Sendable (Event) -> Void) throws -> SchoolResults {
        let names = opened.dossierNames
        let done = Mutex(0)
        let entries = BatchEntries(schools: names.count, kinds: kinds)
        let merged = kinds.contains(.certificat)
            ? try OrderedCertificates(campaign: campaign, file: StagedFile(for: output.appendingPathComponent("certificats.pdf")))
            : nil
        let workers = min(jobs, max(names.count, 1))
        // The workers share the processors; a lone worker lays out on all of them.
        var publisher = try Publisher(layoutThreads: workers > 1 ? 1 : nil)
        let archival = self.archival, signer = self.signer
        // The summary reads each school's formations (levels and routes).
        let sections = publisher.sectionsRead(by: kinds, campaignFolder: campaign.folder)
            .union(keepSummaries ? [.formations] : [])
        publisher.archival = archival
        publisher.signer = signer
        let (results, _) = SharedWork.run(names.count, helpers: workers - 1, local: &publisher, make: {
            let helper = try? Publisher(layoutThreads: 1)
            helper?.archival = archival
            helper?.signer = signer
            return helper
        }) { index, publisher in
            let load = CampaignLoader.loadDossier(file: opened.dossierFile(index), of: opened, sections: sections)
            var result = SchoolResult()
            if let dossier = load.dossier {
                result = renderSchool(dossier, index: index, campaign: campaign, kinds: kinds,
                                      publisher: publisher, merged: merged, entries: entries, progress: progress)
                if keepSummaries { result.summary = SchoolResult.SummaryBox(TemplateContext.summaryFields(of: dossier)) }
            } else {
                merged?.skip(index)
            }
            result.diagnostics = load.diagnostics
            let count = done.withLock { value -> Int in value += 1; return value }
            let school = load.dossier?.etablissement.uai.code ?? (names[index] as NSString).deletingPathExtension
            progress(.schoolFinished(uai: school, done: count, total: names.count))
            return result
        }
        let mergedFile = try merged?.finish()
        return SchoolResults(results: results, entries: entries.take(), mergedCertificates: mergedFile)
    }

    private func renderSchool(_ dossier: Dossier, index: Int, campaign: Campaign, kinds: [DocumentKind],
                              publisher: Publisher, merged: OrderedCertificates?, entries: BatchEntries,
                              progress: (Event) -> Void) -> SchoolResult {
        var result = SchoolResult()
        let uai = dossier.etablissement.uai.code
        var tookTurn = false
        defer { if !tookTurn { merged?.skip(index) } }
        for kind in kinds where kind.isAvailable(for: dossier) {
            let path = kind.path(school: uai)
            do {
                let document = try publisher.layout(kind, dossier: dossier, campaign: campaign)
                let identity = kind == .certificat ? try CertificateIdentity(dossier: dossier, campaign: campaign) : nil
                let file = try write(publisher.pdf(document, kind: kind), to: path, progress: progress)
                guard let identity else {
                    entries.add(file)
                    continue
                }
                entries.add(WrittenCertificate(issued: IssuedCertificate(identity: identity, dossier: dossier, campaign: campaign,
                                                                         sha256: file.sha256),
                                               bytes: file.bytes))
                // The turn is taken even when appending fails: the schools after this one must not wait.
                tookTurn = true
                try merged?.append(document, at: index)
            } catch {
                if let mistake = Self.templateMistake(error) {
                    if !result.templateErrors.contains(mistake) { result.templateErrors.append(mistake) }
                    if result.failure == nil { result.failure = Batch.Failure(school: uai, firstError: "\(path): \(Batch.reference(to: mistake))") }
                } else if result.failure == nil {
                    result.failure = Batch.Failure(school: uai, firstError: "\(path): \(error)")
                }
            }
        }
        return result
    }

    /// A failure at a template's line, without the data file: a template's own mistake, or a layout error
    /// there (this school's long name over a placed block), reported once with its fix for all the schools
    /// it stops.
    private static func templateMistake(_ error: Error) -> TemplateError? {
        if var mistake = error as? TemplateError {
            mistake.dataFile = nil
            return mistake
        }
        guard let layout = error as? LayoutError, let site = layout.source else { return nil }
        return TemplateError(path: site.path, line: site.line, column: site.column, message: layout.message,
                             hints: layout.hint.map { [$0] } ?? [])
    }
}

/// The merged print file of certificates, appended in school order by whichever worker holds the
/// next school: each school takes its turn, with a certificate or without. Pages go straight to a
/// staged file, so that ten thousand certificates are never held in memory.
final class OrderedCertificates: Sendable {
    /// Wakes the workers waiting for their turn; what it guards is in `state`.
    private let condition = NSCondition()
    private struct State {
        var turn = 0
        var writer: PDFWriter
        var failure: Error?
    }
    private let state: Mutex<State>
    private let file: StagedFile

    init(campaign: Campaign, file: StagedFile) throws {
        self.file = file
        let information = CertificatesPrintFile(campaign: campaign)
        var metadata = Metadata()
        metadata.title = information.title
        metadata.author = information.author
        metadata.creationDate = information.creationDate
        // For the printer only: untagged, so that memory does not grow with the number of pages.
        // Fonts of its own: the writer draws on whichever worker's thread holds the turn.
        let writer = try PDFWriter(metadata: metadata, fonts: FontRegistry(fonts: FontSet()), output: { try file.write($0) },
                                     tagged: false)
        state = Mutex(State(writer: writer))
    }

    func append(_ document: LaidOutDocument, at index: Int) throws {
        try takeTurn(index) { state in
            do { try state.writer.append(document) } catch {
                let error = WriteError(path: file.target.path, from: error) ?? error
                state.failure = state.failure ?? error
                throw error
            }
        }
    }

    func skip(_ index: Int) { takeTurn(index) { _ in } }

    /// Waits for turn `index`, does `work`, then hands the turn on, even when `work` throws.
    private func takeTurn(_ index: Int, _ work: (inout State) throws -> Void) rethrows {
        condition.lock()
        defer { condition.unlock() }
        while state.withLock({ $0.turn }) != index { condition.wait() }
        defer {
            state.withLock { $0.turn += 1 }
            condition.broadcast()
        }
        try state.withLock { try work(&$0) }
    }

    /// The finished file, or nil (and nothing left behind) when no certificate was made or one failed.
    func finish() throws -> (file: StagedFile, digest: StagedFile.Digest)? {
        do {
            return try state.withLock { state in
                if let failure = state.failure { throw failure }
                guard state.writer.pagesWritten > 0 else { file.discard(); return nil }
                _ = try state.writer.finish()
                return (file, try file.close())
            }
        } catch {
            file.discard()
            throw WriteError(path: file.target.path, from: error) ?? error
        }
    }
}
