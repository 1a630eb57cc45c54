import Foundation
import Native

/// A file written bit by bit under a temporary name beside its target, hashed on the way, then renamed
/// into place, or removed: the atomic write of a file too large to build in memory.
final class StagedFile: @unchecked Sendable {
    let target: URL
    let temporary: URL
    private let descriptor: Int32
    private var open = true
    private let hasher = SHA256()
    private(set) var sha256 = ""
    private(set) var size = 0

    init(for target: URL) throws {
        self.target = target
        temporary = AtomicFile.temporaryURL(for: target)
        try FileSystem.makeFolder(target.deletingLastPathComponent(), for: target.path)
        descriptor = try FileSystem.create(temporary.path, reported: target.path)
    }

    deinit { if open { Glibc.close(descriptor) } }

    /// Appends `bytes` and hashes them while they are in memory: the file is never read back.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try FileSystem.write(bytes, to: descriptor, reported: target.path)
        hasher.update(bytes)
        size += bytes.count
    }

    /// Flushes the file to disk (a full disk may show only there) and closes it.
    func close() throws {
        open = false
        if fsync(descriptor) != 0 {
            let code = errno
            Glibc.close(descriptor)
            throw WriteError(path: target.path, code: code)
        }
        try FileSystem.finish(descriptor, reported: target.path)
        sha256 = hasher.finalizeHex()
    }

    func commit() throws {
        do { try FileSystem.rename(temporary.path, to: target.path) } catch {
            discard()
            throw error
        }
    }

    func discard() {
        if open { Glibc.close(descriptor); open = false }
        unlink(temporary.path)
    }
}
