import Foundation

/// Writes files whole or not at all: the bytes go to a temporary file in the same folder, which is
/// then renamed over the target. A failure leaves no partial file and never replaces a good one.
public enum AtomicFile {
    static func temporaryURL(for url: URL) -> URL {
        url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = temporaryURL(for: url)
        do {
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw PublishingError("impossible d'écrire \(url.path) : \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if error is PublishingError { throw error }
            throw PublishingError("impossible d'écrire \(url.path) : \(error.localizedDescription)")
        }
    }
}
