import Foundation

/// Writes files whole or not at all: the bytes go to a temporary file in the same folder, which is
/// then renamed over the target. A failure leaves no partial file and never replaces a good one.
public enum AtomicFile {
    /// `.<name>.<UUID>.tmp` beside the target: hidden, and recognised by a later batch as the leftover
    /// of an interrupted one (`OutputFolder.removeLeftovers`).
    static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    }

    /// Whether `name` is one of `temporaryURL`'s.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let stem = name.dropLast(4)
        guard let dot = stem.lastIndex(of: ".") else { return false }
        return UUID(uuidString: String(stem[stem.index(after: dot)...])) != nil
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        try FileSystem.makeFolder(url.deletingLastPathComponent(), for: url.path)
        let temporary = temporaryURL(for: url)
        do {
            let descriptor = try FileSystem.create(temporary.path, reported: url.path)
            do {
                try bytes.withUnsafeBytes { try FileSystem.write($0, to: descriptor, reported: url.path) }
            } catch {
                close(descriptor)
                throw error
            }
            try FileSystem.finish(descriptor, reported: url.path)
            try FileSystem.rename(temporary.path, to: url.path)
        } catch {
            unlink(temporary.path)
            throw error
        }
    }
}
