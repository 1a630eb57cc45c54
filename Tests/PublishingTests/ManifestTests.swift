import Foundation
import Testing
@testable import Publishing

@Suite("manifest.json")
struct ManifestTests {
    let manifest = Manifest(
        campagne: "2026-2027",
        files: [Manifest.File(path: "0060001A/certificat.pdf", sha256: String(repeating: "ab", count: 32), bytes: 48_213),
                Manifest.File(path: "certificats \"à part\"\\\t.pdf", sha256: "00", bytes: 0)],
        certificats: [Manifest.Certificate(uai: "0060001A", numero: "CLM-2026-0060001A", code: "7K2Q-9XMA",
                                           fichier: "0060001A/certificat.pdf")])

    @Test("written entry by entry, it is the text JSONEncoder prints with sorted keys")
    func sameTextAsFoundation() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let foundation = Array(try encoder.encode(manifest)) + [0x0A]
        #expect(String(decoding: manifest.encoded(), as: UTF8.self) == String(decoding: foundation, as: UTF8.self))
    }

    @Test("it reads back as the same manifest, accents, quotes and control characters included")
    func roundTrip() throws {
        #expect(try JSONDecoder().decode(Manifest.self, from: Data(manifest.encoded())) == manifest)
        var empty = manifest
        empty.certificats = []
        #expect(try JSONDecoder().decode(Manifest.self, from: Data(empty.encoded())) == empty)
    }

    @Test("a large manifest is handed out in pieces of about 64 KiB that make the same text")
    func writtenInPieces() throws {
        var large = manifest
        large.files = (0..<3000).map { Manifest.File(path: "\(1_000_000 + $0)A/certificat.pdf", sha256: String(repeating: "0f", count: 32), bytes: $0) }
        var pieces: [[UInt8]] = []
        large.write { pieces.append($0) }
        #expect(pieces.count > 4)
        #expect(pieces.dropLast().allSatisfy { $0.count > 1 << 16 && $0.count < (1 << 16) + 400 })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        #expect(pieces.flatMap { $0 } == Array(try encoder.encode(large)) + [0x0A])
    }
}
