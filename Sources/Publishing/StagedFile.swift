import Foundation
import Native
import Synchronization

/// A file written bit by bit under a temporary name beside its target, hashed on the way, then renamed
/// into place, or removed: the atomic write of a file too large to build in memory.
final class StagedFile: Sendable {
    let target: URL
    let temporary: URL
    private let descriptor: Int32
    /// Whether the descriptor is still open, and the hash and size of what was written so far.
    private struct State {
        var open = true
        var hasher = SHA256()
        var size = 0
    }
    private let state = Mutex(State())

    /// What `close` gives: the file's SHA-256 (hexadecimal) and its size in bytes.
    struct Digest: Sendable {
        var sha256: String
        var size: Int
    }

    init(for target: URL) throws {
        self.target = target
        temporary = AtomicFile.temporaryURL(for: target)
        try FileSystem.makeFolder(target.deletingLastPathComponent(), for: target.path)
        descriptor = try FileSystem.create(temporary.path, reported: target.path)
    }

    deinit { state.withLock { if $0.open { Glibc.close(descriptor) } } }

    /// Appends `bytes` and hashes them while they are in memory: the file is never read back.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try state.withLock { state in
            try FileSystem.write(bytes, to: descriptor, reported: target.path)
            state.hasher.update(bytes)
            state.size += bytes.count
        }
    }

    /// Flushes the file to disk (a full disk may show only there) and closes it.
    func close() throws -> Digest {
        try state.withLock { state in
            state.open = false
            if fsync(descriptor) != 0 {
                let code = errno
                Glibc.close(descriptor)
                throw WriteError(path: target.path, code: code)
            }
            try FileSystem.finish(descriptor, reported: target.path)
            return Digest(sha256: state.hasher.finalizeHex(), size: state.size)
        }
    }

    func commit() throws {
        do { try FileSystem.rename(temporary.path, to: target.path) } catch {
            discard()
            throw error
        }
    }

    func discard() {
        state.withLock { state in
            if state.open { Glibc.close(descriptor); state.open = false }
        }
        unlink(temporary.path)
    }
}
