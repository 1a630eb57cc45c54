import DocumentTree
import Foundation
import Label
import Registry
import Render
import Sign
import Synchronization
import Templates

/// Renders a whole campaign: for every school each document its data allow, the merged print file
/// of certificates, the campaign summary and the manifest. Schools render in parallel; one
/// school's bad data does not stop the others.
public struct Batch: Sendable {
    public var campaignFolder: URL
    public var output: URL
    public var jobs: Int
    /// The kinds to make; all of them when empty.
    public var only: Set<DocumentKind>
    /// Whether documents are finished as PDF/A-1b (see `Publisher.archival`).
    public var archival = true
    /// Who signs décisions and certificates (see `Publisher.signer`).
    public var signer: SigningIdentity?

    public init(campaignFolder: URL, output: URL, jobs: Int, only: Set<DocumentKind> = []) {
        self.campaignFolder = campaignFolder; self.output = output; self.jobs = max(1, jobs); self.only = only
    }

    public enum Event: Sendable {
        /// A school's data file is finished (rendered, failed, or invalid): how many of how many files.
        /// `uai` is the file's name without extension when the file is invalid.
        case schoolFinished(uai: String, done: Int, total: Int)
        case written(path: String)
    }

    public struct Failure: Sendable, Equatable {
        /// The school's UAI, or the data file when it could not be read.
        public var school: String
        public var firstError: String
    }

    public struct Report: Sendable {
        public var written: [String] = []
        public var failures: [Failure] = []
        public var diagnostics: [Diagnostic] = []
        /// The certificates written, in UAI order, for a registry (`ldm batch` records them once the batch is done).
        public var certificatesIssued = IssuedCertificates()
    }

    /// Reads campagne.yaml once, then each school's file in the worker that renders it: a worker holds
    /// one school at a time, and only what the end needs is kept of each (diagnostics, manifest
    /// entries, and what the summary reads), so that memory does not grow with the campaign's texts.
    public func run(progress: @escaping @Sendable (Event) -> Void = { _ in }) throws -> Report {
        let opened = CampaignLoader.open(folder: campaignFolder)
        guard let campaign = opened.campaign else {
            // Nothing can be made; the dossiers are still read, for a report as complete as `ldm check`'s.
            let diagnostics = (opened.diagnostics + opened.dossierFiles.flatMap {
                CampaignLoader.loadDossier(file: $0, of: opened).diagnostics
            }).sortedByPosition()
            return Report(failures: [Failure(school: "campagne.yaml", firstError: diagnostics.first { $0.isError }?.description
                                             ?? "la campagne n'a pas pu être lue")],
                          diagnostics: diagnostics)
        }
        let kinds = DocumentKind.allCases.filter { only.isEmpty || only.contains($0) }
        let folder = try OutputFolder(output, kinds: kinds, summaryMade: only.isEmpty)
        var results = try renderSchools(opened, campaign: campaign, kinds: kinds, keepSummaries: only.isEmpty,
                                        progress: progress)
        let diagnostics = (opened.diagnostics + results.flatMap(\.diagnostics)).sortedByPosition()
        var report = Report(diagnostics: diagnostics)
        report.failures += invalidFiles(diagnostics)
        var templateErrors = results.flatMap { result in result.templateErrors.map { ($0, result.failure?.school ?? "") } }
        report.failures += results.compactMap(\.failure)
        // Moved out of the results, not copied (the results let go of them): these are the batch's largest arrays.
        var (files, written) = (results.entries.files, results.entries.certificates)
        results.entries = BatchEntries.Entries()
        written.sort { $0.issued.uai < $1.issued.uai }
        report.certificatesIssued = IssuedCertificates(written)
        // Each certificate's manifest entries, made only now that the schools are rendered (see `WrittenCertificate`).
        var certificates: [Manifest.Certificate] = []
        certificates.reserveCapacity(written.count)
        files.reserveCapacity(files.count + written.count + 2)
        for certificate in written {
            let path = certificate.path, issued = certificate.issued
            files.append(Manifest.File(path: path, sha256: issued.sha256, bytes: certificate.bytes))
            certificates.append(Manifest.Certificate(uai: issued.uai, numero: issued.number, code: issued.code, fichier: path))
        }
        if let merged = results.mergedCertificates {
            try merged.file.commit()
            progress(.written(path: "certificats.pdf"))
            files.append(Manifest.File(path: "certificats.pdf", sha256: merged.digest.sha256, bytes: merged.digest.size))
        }
        if only.isEmpty {
            do {
                // Made only now: the workers' publishers are gone, and a batch without the summary needs none.
                let publisher = try Publisher()
                publisher.archival = archival
                let dossiers = results.compactMap { $0.summary?.dossier }
                let summary = try publisher.pdf(publisher.layoutSummary(campaign: campaign, dossiers: dossiers))
                files.append(try write(summary, to: "synthese.pdf", progress: progress))
            } catch let error as TemplateError {
                templateErrors.append((error, "synthese.pdf"))
                report.failures.append(Failure(school: "synthese.pdf", firstError: Self.reference(to: error)))
            } catch {
                report.failures.append(Failure(school: "synthese.pdf", firstError: "\(error)"))
            }
        }
        report.diagnostics = (report.diagnostics + Self.templateDiagnostics(templateErrors)).sortedByPosition()
        files.sort { $0.path < $1.path }
        report.written = files.map(\.path) + ["manifest.json"]
        var listed = Set(files.map(\.path))
        let kept = folder.keptEntries(written: listed)
        listed.formUnion(kept.files.map(\.path))
        folder.removeUnlisted(listed)
        files += kept.files
        certificates += kept.certificates
        files.sort { $0.path < $1.path }
        certificates.sort { $0.uai < $1.uai }
        let manifest = Manifest(campagne: campaign.campagne.description, files: files, certificats: certificates)
        let staged = try StagedFile(for: output.appendingPathComponent("manifest.json"))
        do {
            try manifest.write { bytes in try bytes.withUnsafeBytes { try staged.write($0) } }
            _ = try staged.close()
            try staged.commit()
        } catch {
            staged.discard()
            throw WriteError(path: staged.target.path, from: error) ?? error
        }
        folder.finish()
        progress(.written(path: "manifest.json"))
        return report
    }

    /// A template's mistake met while rendering (one the check without data cannot see, such as a
    /// filter refusing a value) is the template's: one diagnostic at its position, naming the schools
    /// it stopped, however many they are.
    static func templateDiagnostics(_ errors: [(error: TemplateError, school: String)]) -> [Diagnostic] {
        // Few distinct mistakes, each met by many schools.
        var grouped: [(error: TemplateError, schools: [String])] = []
        for (error, school) in errors {
            if let index = grouped.firstIndex(where: { $0.error == error }) {
                if !grouped[index].schools.contains(school) { grouped[index].schools.append(school) }
            } else {
                grouped.append((error, [school]))
            }
        }
        return grouped.map { error, names in
            let shown = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? " et \(names.count - 5) autres" : "")
            var error = error
            error.notes.append(names == ["synthese.pdf"] ? "en produisant la synthèse de la campagne"
                               : "rencontrée en produisant les documents de \(names.count == 1 ? "l’établissement" : "\(names.count) établissements") : \(shown)")
            return Diagnostic(failure: error)
        }
    }

    /// What a school's failure says of the template mistake reported once for all (`templateDiagnostics`).
    static func reference(to error: TemplateError) -> String {
        let position = error.line > 0 ? "\(error.path):\(error.line):\(error.column)" : error.path
        return "erreur du modèle \(position), signalée plus haut"
    }

    /// Data files that failed validation, each with its first error (`diagnostics` sorted).
    private func invalidFiles(_ diagnostics: [Diagnostic]) -> [Failure] {
        var seen: Set<String> = []
        return diagnostics.filter(\.isError).compactMap { diagnostic in
            let file = diagnostic.location.file
            guard !seen.contains(file) else { return nil }
            seen.insert(file)
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            return Failure(school: name, firstError: diagnostic.description)
        }
    }

    func write(_ bytes: [UInt8], to relativePath: String, progress: (Event) -> Void) throws -> Manifest.File {
        try AtomicFile.write(bytes, to: output.appendingPathComponent(relativePath))
        progress(.written(path: relativePath))
        return Manifest.File(path: relativePath, sha256: Manifest.sha256(bytes), bytes: bytes.count)
    }
}
