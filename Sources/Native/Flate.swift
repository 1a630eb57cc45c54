import CDeflateLevel
import CZlib

/// zlib's deflate, for the streams the finishing steps write (PDF's FlateDecode filter).
public enum Flate {
    /// `bytes` compressed at the level of every stream of the process (2, see deflate_level.c): on a
    /// certificate's page content, 45 % of the instructions of zlib's level 6, for 15 % more bytes
    /// (5,880 instead of 5,102; the file 1.3 %).
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, bytes, uLong(bytes.count), LDM_DEFLATE_LEVEL)
        precondition(status == Z_OK, "zlib compress2: \(status)")  // only fails for lack of memory or room
        output.removeLast(output.count - Int(length))
        return output
    }
}
