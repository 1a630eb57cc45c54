import CPango

/// SHA-256 from GLib's GChecksum (GLib is loaded for Pango anyway; OpenSSL's libcrypto cost a
/// batch 3.4 MB of memory for this alone): fed in pieces, so that a large file is hashed without
/// being held in memory. Owns its checksum.
public final class SHA256 {
    private let checksum: OpaquePointer

    public init() {
        checksum = g_checksum_new(G_CHECKSUM_SHA256)
    }

    deinit { g_checksum_free(checksum) }

    public func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let chunk = Array(bytes)
        chunk.withUnsafeBufferPointer { g_checksum_update(checksum, $0.baseAddress, $0.count) }
    }

    /// The 32-byte digest; the hasher is spent afterwards.
    public func finalize() -> [UInt8] {
        var digest = [UInt8](repeating: 0, count: 32)
        var length = digest.count
        g_checksum_get_digest(checksum, &digest, &length)
        return Array(digest.prefix(length))
    }

    /// The digest in lower-case hexadecimal, as `sha256sum` prints it.
    public func finalizeHex() -> String {
        let digits = Array("0123456789abcdef")
        return String(finalize().flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        let hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalizeHex()
    }
}
