import CZlib

/// zlib's deflate, for the streams the finishing steps write (PDF's FlateDecode filter).
public enum Flate {
    /// `bytes` compressed at zlib's default level, the one cairo uses for its own streams.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, bytes, uLong(bytes.count), Z_DEFAULT_COMPRESSION)
        precondition(status == Z_OK, "zlib compress2: \(status)")  // only fails for lack of memory or room
        output.removeLast(output.count - Int(length))
        return output
    }
}
