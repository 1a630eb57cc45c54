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
        #expect(try read(manifest.encoded()) == manifest)
        var empty = manifest
        empty.certificats = []
        #expect(try read(empty.encoded()) == empty)
    }

    @Test("only the files asked for are kept, and the certificates only when asked")
    func readKeepingSome() throws {
        let kept = try read(manifest.encoded(), keepingFiles: { $0.path.hasPrefix("certificats") }, certificates: false)
        #expect(kept?.files == [manifest.files[1]])
        #expect(kept?.certificats == [])
        #expect(kept?.campagne == "2026-2027")
    }

    @Test("a manifest as JSONEncoder wrote it (escaped slashes, other key order), with a key of a later version, reads the same")
    func readsFoundationText() throws {
        let text = #"""
            {"files":[{"sha256":"00","path":"certificats \"\u00e0 part\"\\\t.pdf","bytes":0},
            {"path":"0060001A\/certificat.pdf","bytes":48213,"sha256":"\#(String(repeating: "ab", count: 32))","signe":{"par":["x"]}}],
            "plus tard":[{"a":[1,{"b":2}]}],"campagne":"2026-2027",
            "certificats":[{"uai":"0060001A","numero":"CLM-2026-0060001A","code":"7K2Q-9XMA","fichier":"0060001A\/certificat.pdf"}]}
            """#
        let read = try read(Array(text.utf8))
        #expect(read?.campagne == manifest.campagne)
        #expect(read?.files.sorted { $0.path < $1.path } == manifest.files.sorted { $0.path < $1.path })
        #expect(read?.certificats == manifest.certificats)
    }

    @Test("what is not a manifest reads as none", arguments: ["", "[]", "{\"campagne\": \"2026-2027\", \"files\": [", "{\"files\": [{\"path\": \"a.pdf\"}]}",
                                                          "campagne: 2026-2027\nfiles: {}"])
    func notAManifest(text: String) throws {
        #expect(try read(Array(text.utf8)) == nil)
    }

    @Test("a missing file reads as none")
    func missing() {
        #expect(Manifest.read(contentsOf: "/nonexistent/manifest.json", keepingFiles: { _ in true }, certificates: true) == nil)
    }

    private func read(_ bytes: [UInt8], keepingFiles keepsFile: (Manifest.File) -> Bool = { _ in true },
                      certificates: Bool = true) throws -> Manifest? {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("manifest-\(UUID().uuidString).json")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return Manifest.read(contentsOf: file.path, keepingFiles: keepsFile, certificates: certificates)
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
