import Foundation
import Native
import Synchronization

/// A file written bit by bit under a temporary name beside its target, hashed on the way, then renamed
/// into place, or removed: the atomic write of a file too large to build in memory. cairo hands its
/// output over in pieces of a few bytes (about a hundred a page): they are gathered in a buffer and
/// written, and hashed, a buffer at a time.
final class StagedFile: Sendable {
    let target: URL
    let temporary: URL
    private let descriptor: Int32
    /// Whether the descriptor is still open, the bytes not yet written, and the hash and size of what
    /// was written so far.
    private struct State {
        var open = true
        var pending: [UInt8] = []
        var hasher = SHA256()
        var size = 0
    }
    private static let bufferSize = 1 << 16
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

    /// Appends `bytes`, hashed while they are in memory: the file is never read back.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        try state.withLock { state in
            if state.pending.count + bytes.count > Self.bufferSize { try flush(&state) }
            if bytes.count >= Self.bufferSize {
                try output(bytes, &state)
            } else {
                state.pending.append(contentsOf: bytes)
            }
        }
    }

    private func flush(_ state: inout State) throws {
        guard !state.pending.isEmpty else { return }
        var pending: [UInt8] = []
        swap(&pending, &state.pending)  // the buffer kept, not copied, while `output` changes `state`
        try pending.withUnsafeBytes { try output($0, &state) }
        pending.removeAll(keepingCapacity: true)
        state.pending = pending
    }

    private func output(_ bytes: UnsafeRawBufferPointer, _ state: inout State) throws {
        try FileSystem.write(bytes, to: descriptor, reported: target.path)
        state.hasher.update(bytes)
        state.size += bytes.count
    }

    /// Writes what is left and flushes the file to disk (a full disk may show only there), then closes it.
    func close() throws -> Digest {
        try state.withLock { state in
            state.open = false
            do {
                try flush(&state)
                guard fsync(descriptor) == 0 else { throw WriteError(path: target.path, code: errno) }
            } catch {
                Glibc.close(descriptor)
                throw error
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
