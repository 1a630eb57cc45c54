import Native
import Foundation

/// A file written bit by bit under a temporary name beside its target, then hashed and renamed into
/// place, or removed: the atomic write of a file too large to build in memory.
final class StagedFile: Sendable {
    let target: URL
    let temporary: URL
    let handle: FileHandle

    /// What `close` reads back: the file's SHA-256 (hexadecimal) and its size in bytes.
    struct Digest: Sendable {
        var sha256: String
        var size: Int
    }

    init(for target: URL) throws {
        self.target = target
        temporary = AtomicFile.temporaryURL(for: target)
        try FileSystem.makeFolder(target.deletingLastPathComponent(), for: target.path)
        handle = FileHandle(fileDescriptor: try FileSystem.create(temporary.path, reported: target.path), closeOnDealloc: true)
    }

    /// Flushes the file and computes its SHA-256, reading it back a megabyte at a time.
    func close() throws -> Digest {
        do {
            try handle.synchronize()
            try handle.close()
            let reader = try FileHandle(forReadingFrom: temporary)
            defer { try? reader.close() }
            let hasher = SHA256()
            var size = 0
            while let chunk = try reader.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(chunk)
                size += chunk.count
            }
            return Digest(sha256: hasher.finalizeHex(), size: size)
        } catch {
            throw WriteError(path: target.path, from: error) ?? error
        }
    }

    func commit() throws {
        do { try FileSystem.rename(temporary.path, to: target.path) } catch {
            discard()
            throw error
        }
    }

    func discard() {
        try? handle.close()
        unlink(temporary.path)
    }
}
