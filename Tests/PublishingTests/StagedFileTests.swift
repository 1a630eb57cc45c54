import Foundation
import Native
import Testing
@testable import Publishing

/// `StagedFile` gathers the pieces cairo hands over in a buffer: what lands on disk, and the digest the
/// manifest gives, must be every byte in order, whatever the sizes of the pieces.
@Suite("staged file")
struct StagedFileTests {
    @Test("pieces small and large, past several buffers: the file and its digest are every byte in order")
    func piecesOfEverySize() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-staged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("certificats.pdf")
        let file = try StagedFile(for: target)
        var expected: [UInt8] = []
        var generator = SystemRandomNumberGenerator()
        // A few bytes at a time as cairo writes them, a piece larger than the buffer among them, and a
        // piece that exactly fills what the buffer has left.
        let sizes = Array(repeating: 7, count: 5_000) + [150_000] + (1...900).map { $0 % 97 + 1 } + [65_536, 1, 0, 3]
        for size in sizes {
            let piece = (0..<size).map { _ in UInt8.random(in: 0...255, using: &generator) }
            try piece.withUnsafeBytes { try file.write($0) }
            expected += piece
        }
        let digest = try file.close()
        try file.commit()
        let written = try [UInt8](Data(contentsOf: target))
        #expect(written.count == expected.count)
        let firstDifference = zip(written, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(firstDifference == nil, "the file differs from what was written from byte \(firstDifference ?? 0)")
        #expect(digest.size == expected.count)
        #expect(digest.sha256 == SHA256.hex(expected))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["certificats.pdf"])
    }
}
