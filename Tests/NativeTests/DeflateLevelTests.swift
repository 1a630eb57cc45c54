import CCairo
import CZlib
import Foundation
import Native
import Testing

/// zlib's default level is 2 for the whole process (Sources/CDeflateLevel), cairo's streams included.
@Suite("Deflate level")
struct DeflateLevelTests {
    /// Text that compresses differently at levels 2 and 6.
    static let sample = Array((0..<400).map { "Ligne \($0) : lycée des métiers, \($0 * 7919 % 1000) établissements\n" }.joined().utf8)

    static func compressed(_ bytes: [UInt8], level: Int32) -> [UInt8] {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        #expect(compress2(&output, &length, bytes, uLong(bytes.count), level) == Z_OK)
        return Array(output.prefix(Int(length)))
    }

    static func inflated(_ bytes: [UInt8]) -> [UInt8] {
        var length = uLong(1 << 22)
        var output = [UInt8](repeating: 0, count: Int(length))
        #expect(uncompress(&output, &length, bytes, uLong(bytes.count)) == Z_OK)
        return Array(output.prefix(Int(length)))
    }

    @Test("a stream asked at zlib's default level is compressed at level 2; an explicit level is kept")
    func defaultLevel() throws {
        var stream = z_stream()
        #expect(deflateInit_(&stream, Z_DEFAULT_COMPRESSION, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK)
        var output = [UInt8](repeating: 0, count: Self.sample.count + 1024)
        var input = Self.sample
        let produced = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = uInt(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = uInt(target.count)
                #expect(deflate(&stream, Z_FINISH) == Z_STREAM_END)
                return Int(stream.total_out)
            }
        }
        deflateEnd(&stream)
        let level2 = SHA256.hex(Self.compressed(Self.sample, level: 2)), level6 = SHA256.hex(Self.compressed(Self.sample, level: 6))
        #expect(level2 != level6)
        #expect(SHA256.hex(output.prefix(produced)) == level2)
        #expect(SHA256.hex(Flate.compress(Self.sample)) == level2)
    }

    @Test("cairo's page content is compressed at level 2")
    func cairoContent() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("deflate-level-\(getpid()).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let surface = cairo_pdf_surface_create(path, 595, 842)!
        let cr = cairo_create(surface)!
        for row in 0..<60 {
            for column in 0..<40 where (row * 31 + column * 17) % 3 == 0 {
                cairo_rectangle(cr, 20 + Double(column) * 13.7, 20 + Double(row) * 13.1, 9.3, 8.7)
            }
        }
        cairo_fill(cr)
        cairo_destroy(cr)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)

        let file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        // The first stream of cairo's file is the page's content.
        let start = try #require(file.firstRange(of: Array("stream\n".utf8))).upperBound
        let end = try #require(file[start...].firstRange(of: Array("\nendstream".utf8))).lowerBound
        let content = Array(file[start..<end])
        let plain = Self.inflated(content)
        #expect(plain.count > 10_000)
        // Compared by digest: a failure shows two lines, not the bytes.
        #expect(SHA256.hex(content) == SHA256.hex(Self.compressed(plain, level: 2)))
        #expect(SHA256.hex(content) != SHA256.hex(Self.compressed(plain, level: 6)))
    }
}
