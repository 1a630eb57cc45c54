import Foundation
import Native
import Testing

@Suite("Private font set")
struct FontSetTests {
    @Test("the manifest's families are loaded, and nothing else")
    func familiesFromManifest() throws {
        let fonts = try FontSet()
        #expect(fonts.families == ["Noto Sans", "Noto Serif", "DejaVu Sans"])
        try fonts.requireFamily("Noto Serif")
        #expect(throws: NativeError.self) { try fonts.requireFamily("Liberation Sans") }
    }

    @Test("an unknown family is an error naming it and the families available")
    func unknownFamily() throws {
        let fonts = try FontSet()
        do {
            try fonts.requireFamily("Marianne")
            Issue.record("Marianne is not in the manifest")
        } catch let error as NativeError {
            #expect(error.message.contains("« Marianne »"))
            #expect(error.message.contains("Noto Serif"))
        }
    }

    @Test("each font loaded is its Debian file without hinting: the same metrics, shaping and characters")
    func outlinesKeepTheLayoutTables() throws {
        let fonts = try FontSet()
        #expect(fonts.files.count == 10)
        for file in fonts.files {
            #expect(file.path.hasSuffix("fonts/outlines/" + URL(fileURLWithPath: file.source).lastPathComponent))
            let source = try SFNTTables(file.source), outline = try SFNTTables(file.path)
            #expect(source.tags.contains("fpgm") && !outline.tags.contains("fpgm"), "\(file.path)")
            #expect(outline.tags.isDisjoint(with: ["prep", "cvt "]), "\(file.path)")
            for tag in ["hmtx", "hhea", "OS/2", "cmap", "GSUB", "GPOS", "GDEF", "kern", "name", "post"] where source.tags.contains(tag) {
                #expect(outline.table(tag) == source.table(tag), "\(tag) of \(file.path) changed")
            }
        }
    }

    @Test("a font not prepared by make fonts is an error naming the family, the command and the Debian package")
    func missingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fonts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let manifest = folder.appendingPathComponent("manifest.tsv")
        try "Noto Serif\tRegular\t/nonexistent/NotoSerif-Regular.ttf\tfonts-noto-core\tOFL-1.1\n"
            .write(to: manifest, atomically: true, encoding: .utf8)
        let configuration = try ProjectResources.folder("fonts").appendingPathComponent("fonts.conf")
        let outline = folder.appendingPathComponent("outlines/NotoSerif-Regular.ttf").path
        #expect(throws: NativeError("police « Noto Serif » (Regular) non préparée : \(outline) introuvable ; lancez « make fonts », "
                                    + "qui la tire de /nonexistent/NotoSerif-Regular.ttf (paquet Debian fonts-noto-core)")) {
            _ = try FontSet(configuration: configuration, manifest: manifest)
        }
    }
}

/// The tables of a TrueType file, read from its table directory (tag, checksum, offset, length).
private struct SFNTTables {
    let bytes: [UInt8]
    let entries: [String: Range<Int>]
    var tags: Set<String> { Set(entries.keys) }

    init(_ path: String) throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        func number(_ at: Int, _ size: Int) -> Int { (at..<at + size).reduce(0) { $0 << 8 | Int(bytes[$1]) } }
        var entries: [String: Range<Int>] = [:]
        for index in 0..<number(4, 2) {
            let entry = 12 + 16 * index
            let offset = number(entry + 8, 4)
            entries[String(decoding: bytes[entry..<entry + 4], as: UTF8.self)] = offset..<offset + number(entry + 12, 4)
        }
        self.bytes = bytes
        self.entries = entries
    }

    func table(_ tag: String) -> ArraySlice<UInt8>? { entries[tag].map { bytes[$0] } }
}
