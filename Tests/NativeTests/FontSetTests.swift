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

    @Test("a missing font file is an error naming the family and the Debian package that provides it")
    func missingFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fonts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let manifest = folder.appendingPathComponent("manifest.tsv")
        try "Noto Serif\tRegular\t/nonexistent/NotoSerif-Regular.ttf\tfonts-noto-core\tOFL-1.1\n"
            .write(to: manifest, atomically: true, encoding: .utf8)
        let configuration = try ProjectResources.folder("fonts").appendingPathComponent("fonts.conf")
        #expect(throws: NativeError("font family « Noto Serif » (Regular) is missing: /nonexistent/NotoSerif-Regular.ttf not found; install the Debian package fonts-noto-core")) {
            _ = try FontSet(configuration: configuration, manifest: manifest)
        }
    }
}
