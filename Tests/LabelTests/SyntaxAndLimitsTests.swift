import Foundation
import Testing
@testable import Label

/// Malformed files: a positioned diagnostic, never a crash, a hang or unbounded memory.
@Suite("Syntax errors and limits")
struct SyntaxAndLimitsTests {
    private func briefs(_ text: String) -> [String] {
        TestCampaign.diagnostics(text).map(\.brief)
    }

    private func briefs(bytes: [UInt8]) -> [String] {
        let folder = TestCampaign.folder(dossier: Data(bytes))
        defer { try? FileManager.default.removeItem(at: folder) }
        return CampaignLoader.load(folder: folder, resources: TestCampaign.templates).diagnostics.map(\.brief)
    }

    @Test func tabInIndentation() {
        #expect(briefs("format: ldm/1\netablissement:\n\tuai: \"0060034E\"\n") == [
            "3:1: error: tab character in indentation\n  hint: YAML indents with spaces only: replace the tab with spaces",
        ])
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() {
        #expect(briefs("format: ldm/1\ntype: \"candidature\netablissement: {}\n") == [
            "2:7: error: unclosed quote\n  hint: end the text with the same quote; inside it write `\\\"` for \" (or `''` for ' in single quotes)",
        ])
    }

    @Test func badIndentation() {
        #expect(briefs("format: ldm/1\netablissement:\n    uai: \"0060034E\"\n  nom: \"Lycée\"\n") == [
            "4:3: error: bad indentation\n  note: while parsing a block mapping at line 1, column 1\n  hint: align this line with the other entries of the same mapping or list",
        ])
    }

    @Test func colonInAPlainValue() {
        #expect(briefs("format: ldm/1\ntype: candidature: oui\n") == [
            "2:18: error: unexpected `:` here\n  hint: check the indentation of this line, or put a value containing « : » in quotes",
        ])
    }

    @Test func emptyFile() {
        #expect(briefs("") == ["1:1: error: file is empty\n  hint: a data file starts with `format: ldm/1`"])
        #expect(briefs("# rien\n") == ["1:1: error: file is empty\n  hint: a data file starts with `format: ldm/1`"])
    }

    @Test func topLevelMustBeAMapping() {
        #expect(briefs("- format\n") == ["1:1: error: expected a mapping of keys and values, found a list"])
    }

    @Test func invalidUTF8IsPositioned() {
        #expect(briefs(bytes: Array("format: ldm/1\nnom: Lyc".utf8) + [0xE9] + Array("e\n".utf8)) == [
            "2:9: error: invalid UTF-8 byte 0xE9\n  hint: save the file as UTF-8 (it may be in Latin-1 or Windows-1252)",
        ])
    }

    @Test func fileOverTheSizeLimitIsNotRead() {
        #expect(briefs(bytes: Array(repeating: 0x20, count: 50 * 1024 * 1024)) == [
            "1:1: error: file is too large (50.0 MB); ldm reads data files of at most 10 MB\n  hint: a campaign's data files are a few kilobytes: is this the right file?",
        ])
    }

    @Test func aliasBombIsStopped() {
        var text = "a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            let refs = Array(repeating: "*\(previous)", count: 9).joined(separator: ", ")
            text += "\(name): &\(name) [\(refs)]\n"
        }
        let result = briefs(text)
        #expect(result.count == 1)
        #expect(result.first?.contains("error: the document expands to more than 200000 nodes through its aliases") == true)
    }

    @Test func deepNestingIsRefusedBeforeParsing() {
        #expect(briefs(String(repeating: "[", count: 1_000_000)) == [
            "1:199: error: the data nests too deeply here (ldm reads at most 200 levels of nesting or indentation)",
        ])
        // A column counts characters, accented ones included.
        #expect(briefs("é: " + String(repeating: "[", count: 1_000)) == [
            "1:202: error: the data nests too deeply here (ldm reads at most 200 levels of nesting or indentation)",
        ])
        // Lines of text before it, quoted or not, move the position by their lines only.
        let text = "texte: Le lycée des métiers accueille des élèves\nautre: \"il a dit \\\"oui\\\" puis (non)\"\n"
        #expect(briefs(text + "b: " + String(repeating: "[", count: 1_000)) == [
            "3:202: error: the data nests too deeply here (ldm reads at most 200 levels of nesting or indentation)",
        ])
    }

    @Test func jsonDossierIsReadLikeYAML() throws {
        let json = try Data(contentsOf: TestCampaign.fixtures.appendingPathComponent("campaign/dossier.json"))
        let folder = TestCampaign.folder(dossier: json, name: "0060034E.json")
        defer { try? FileManager.default.removeItem(at: folder) }
        let load = CampaignLoader.load(folder: folder, resources: TestCampaign.templates)
        #expect(load.diagnostics.map(\.brief) == [])
        #expect(load.dossiers.first?.formations.first?.niveau == 4)
    }

    @Test func jsonPositionsAreExact() throws {
        let json = try String(contentsOf: TestCampaign.fixtures.appendingPathComponent("campaign/dossier.json"), encoding: .utf8)
            .replacingOccurrences(of: "\"niveau\": 4", with: "\"niveau\": 6")
        let folder = TestCampaign.folder(dossier: Data(json.utf8), name: "0060034E.json")
        defer { try? FileManager.default.removeItem(at: folder) }
        let load = CampaignLoader.load(folder: folder, resources: TestCampaign.templates)
        #expect(load.diagnostics.map(\.brief) == ["28:17: error: a Bac pro is a level 4 diploma, not level 6"])
    }

    @Test func fileWithErrorsProducesNoDossier() {
        let folder = TestCampaign.folder(dossier: Data("format: ldm/2\n".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let load = CampaignLoader.load(folder: folder, resources: TestCampaign.templates)
        #expect(load.hasErrors)
        #expect(load.dossiers.isEmpty)
        #expect(load.diagnostics.map(\.brief).contains("1:9: error: unsupported format `ldm/2`\n  note: this version of ldm reads `format: ldm/1`"))
    }
}
