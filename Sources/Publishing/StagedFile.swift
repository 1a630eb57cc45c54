import Native
import Foundation

/// A file written bit by bit under a temporary name beside its target, then hashed and renamed into
/// place, or removed: the atomic write of a file too large to build in memory.
final class StagedFile: @unchecked Sendable {
    let target: URL
    let temporary: URL
    let handle: FileHandle
    private(set) var sha256 = ""
    private(set) var size = 0

    init(for target: URL) throws {
        self.target = target
        temporary = AtomicFile.temporaryURL(for: target)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary.path) else {
            throw PublishingError("impossible d'écrire \(target.path) : impossible de créer \(temporary.lastPathComponent)")
        }
        self.handle = handle
    }

    /// Flushes the file and computes its SHA-256, reading it back a megabyte at a time.
    func close() throws {
        try handle.synchronize()
        try handle.close()
        let reader = try FileHandle(forReadingFrom: temporary)
        defer { try? reader.close() }
        let hasher = SHA256()
        while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(chunk)
            size += chunk.count
        }
        sha256 = hasher.finalizeHex()
    }

    func commit() throws {
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            discard()
            throw PublishingError("impossible d'écrire \(target.path) : \(reason)")
        }
    }

    func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }
}
