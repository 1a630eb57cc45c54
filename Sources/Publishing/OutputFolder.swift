import Foundation
import Label

/// A batch's output folder, held for the length of the batch so that what it holds stays coherent:
/// - a lock (`flock` on `.ldm-batch.lock`, released by the system even after kill -9): a second batch
///   into the same folder is refused;
/// - the temporary files an interrupted batch left are removed first;
/// - manifest.json is set aside while the batch runs (as `.manifest.json.precedent`), so that a batch
///   cut short leaves no manifest that disagrees with the files; the new one is written last;
/// - at the end, the documents no longer valid are removed: those of a kind this batch made for a
///   school that did not get it this time (its data now fail, or no longer allow it). The other
///   entries of the earlier manifest (kinds this batch did not make, with `--only`) are kept when
///   their file is still there, with the file's present digest.
final class OutputFolder {
    let url: URL
    private let lock: Int32
    /// Of the last finished batch's manifest, only the entries this batch may keep (see `keptEntries`):
    /// not the whole manifest of a ten-thousand-school folder for the length of the batch.
    private let previous: Manifest?

    static let lockName = ".ldm-batch.lock"
    static let setAsideName = ".manifest.json.precedent"
    /// The documents a batch writes in a school's folder.
    static let documentNames = Set(DocumentKind.allCases.map(\.fileName))
    static let campaignDocuments: Set<String> = ["certificats.pdf", "synthese.pdf"]

    /// For a batch that makes documents of `kinds`, and the campaign summary when `summaryMade`.
    init(_ url: URL, kinds: [DocumentKind], summaryMade: Bool) throws {
        self.url = url
        try FileSystem.makeFolder(url, for: url.path)
        let lockPath = url.appendingPathComponent(Self.lockName).path
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: lockPath, code: errno) }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            Glibc.close(descriptor)
            throw OutputRefused("un autre « ldm batch » écrit déjà dans « \(url.relativePath) » : attendez qu’il ait fini, "
                + "ou choisissez un autre dossier de sortie avec -o")
        }
        lock = descriptor
        Self.removeLeftovers(in: url)
        let manifest = url.appendingPathComponent("manifest.json"), aside = url.appendingPathComponent(Self.setAsideName)
        // A manifest already set aside is the last finished batch's: a newer manifest.json would have replaced it.
        if FileManager.default.fileExists(atPath: manifest.path) {
            try FileSystem.rename(manifest.path, to: aside.path)
        }
        // What this batch may keep: documents of a kind not in `kinds`, the merged certificates when
        // certificates are not made, the summary when it is not made; and the certificates, when their
        // files may be kept.
        let madeNames = Set(kinds.map(\.fileName))
        previous = Manifest.read(contentsOf: aside.path, keepingFiles: { entry in
            let name = (entry.path as NSString).lastPathComponent
            switch entry.path {
            case "certificats.pdf": return !kinds.contains(.certificat)
            case "synthese.pdf": return !summaryMade
            default: return Self.documentNames.contains(name) && !madeNames.contains(name) && Self.isSchoolPath(entry.path)
            }
        }, certificates: !kinds.contains(.certificat))
    }

    deinit { Glibc.close(lock) }

    /// The earlier manifest's entries this batch did not remake and must keep (see `previous`), each only
    /// while its file is there, with its digest now.
    func keptEntries(written: Set<String>) -> (files: [Manifest.File], certificates: [Manifest.Certificate]) {
        var files: [Manifest.File] = []
        for entry in previous?.files ?? [] where !written.contains(entry.path) {
            guard let bytes = FileManager.default.contents(atPath: url.appendingPathComponent(entry.path).path) else { continue }
            files.append(Manifest.File(path: entry.path, sha256: Manifest.sha256([UInt8](bytes)), bytes: bytes.count))
        }
        let kept = Set(files.map(\.path))
        return (files, (previous?.certificats ?? []).filter { kept.contains($0.fichier) })
    }

    /// Removes the documents a batch makes that `listed` does not hold: the stale files of the schools
    /// that did not get them this time, and those an interrupted batch wrote. Then empty school folders.
    func removeUnlisted(_ listed: Set<String>) {
        let manager = FileManager.default
        for name in Self.campaignDocuments where !listed.contains(name) {
            unlink(url.appendingPathComponent(name).path)
        }
        for folder in (try? manager.contentsOfDirectory(atPath: url.path)) ?? [] where Self.isSchoolFolder(folder) {
            let school = url.appendingPathComponent(folder)
            for name in (try? manager.contentsOfDirectory(atPath: school.path)) ?? []
            where Self.documentNames.contains(name) && !listed.contains("\(folder)/\(name)") {
                unlink(school.appendingPathComponent(name).path)
            }
            rmdir(school.path)  // only when empty
        }
    }

    /// Once the new manifest is in place, the earlier one is no longer needed.
    func finish() {
        unlink(url.appendingPathComponent(Self.setAsideName).path)
    }

    /// The temporary files of `AtomicFile` and `StagedFile` in the folder and its school folders.
    static func removeLeftovers(in url: URL) {
        let manager = FileManager.default
        let top = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
        for name in top where AtomicFile.isTemporaryName(name) { unlink(url.appendingPathComponent(name).path) }
        for folder in top where isSchoolFolder(folder) {
            let school = url.appendingPathComponent(folder)
            for name in (try? manager.contentsOfDirectory(atPath: school.path)) ?? [] where AtomicFile.isTemporaryName(name) {
                unlink(school.appendingPathComponent(name).path)
            }
        }
    }

    /// A school's folder is named by its UAI: seven digits and a letter.
    static func isSchoolFolder(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return scalars.count == 8 && scalars.prefix(7).allSatisfy { ("0"..."9").contains($0) }
            && ("A"..."Z").contains(scalars[7])
    }

    private static func isSchoolPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        return parts.count == 2 && isSchoolFolder(String(parts[0]))
    }
}
