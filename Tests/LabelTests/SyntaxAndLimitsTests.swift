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
            "3:1: erreur : tabulation dans l'indentation\n  suggestion : YAML n'indente qu'avec des espaces : remplacez la tabulation par des espaces",
        ])
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() {
        #expect(briefs("format: ldm/1\ntype: \"candidature\netablissement: {}\n") == [
            "2:7: erreur : guillemet non refermé\n  suggestion : terminez le texte par le même guillemet ; à l'intérieur, écrivez \\\" pour \" (ou '' pour ' entre apostrophes)",
        ])
    }

    /// The quote is closed by the next one, lines later: reported where it opens, not as an indentation error there.
    @Test func unclosedQuoteBeforeMoreLinesIsReportedWhereItOpens() {
        #expect(briefs("format: ldm/1\netablissement:\n  nom: \"Lycée Test\n  nature: LP\n  adresse: { voie: \"1 rue A\" }\n") == [
            "3:8: erreur : guillemet non refermé\n  note : le texte entre guillemets se poursuit jusqu'à la ligne 5\n  suggestion : terminez le texte par le même guillemet ; à l'intérieur, écrivez \\\" pour \" (ou '' pour ' entre apostrophes)",
        ])
    }

    @Test func badIndentation() {
        #expect(briefs("format: ldm/1\netablissement:\n    uai: \"0060034E\"\n  nom: \"Lycée\"\n") == [
            "4:3: erreur : indentation incorrecte\n  note : dans la table commencée ligne 1, colonne 1\n  suggestion : alignez cette ligne sur les autres entrées de la même table ou liste",
        ])
    }

    @Test func colonInAPlainValue() {
        #expect(briefs("format: ldm/1\ntype: candidature: oui\n") == [
            "2:18: erreur : « : » inattendu ici\n  suggestion : vérifiez l'indentation de cette ligne, ou mettez entre guillemets une valeur qui contient « : »",
        ])
    }

    @Test func emptyFile() {
        #expect(briefs("") == ["1:1: erreur : fichier vide\n  suggestion : un fichier de données commence par « format: ldm/1 »"])
        #expect(briefs("# rien\n") == ["1:1: erreur : fichier vide\n  suggestion : un fichier de données commence par « format: ldm/1 »"])
    }

    @Test func topLevelMustBeAMapping() {
        #expect(briefs("- format\n") == ["1:1: erreur : une table de clés et de valeurs est attendue (trouvé : une liste)"])
    }

    @Test func invalidUTF8IsPositioned() {
        #expect(briefs(bytes: Array("format: ldm/1\nnom: Lyc".utf8) + [0xE9] + Array("e\n".utf8)) == [
            "2:9: erreur : octet 0xE9 invalide en UTF-8\n  suggestion : enregistrez le fichier en UTF-8 (il est peut-être en Latin-1 ou Windows-1252)",
        ])
    }

    @Test func fileOverTheSizeLimitIsNotRead() {
        #expect(briefs(bytes: Array(repeating: 0x20, count: 50 * 1024 * 1024)) == [
            "1:1: erreur : fichier trop gros (50,0 Mo) : ldm lit des fichiers de données de 10 Mo au plus\n  suggestion : les fichiers de données d'une campagne font quelques kilo-octets : est-ce le bon fichier ?",
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
        #expect(result.first?.contains("erreur : le document dépasse 200000 nœuds une fois ses alias développés") == true)
    }

    @Test func deepNestingIsRefusedWhereItGoesTooDeep() {
        let message = "erreur : les données s'imbriquent trop profondément ici (ldm lit au plus 200 niveaux d'imbrication)"
        // The 201st list opens at column 201; what follows is not parsed.
        #expect(briefs(String(repeating: "[", count: 1_000_000)) == ["1:201: " + message])
        // The mapping is the first level; a column counts characters, accented ones included.
        #expect(briefs("é: " + String(repeating: "[", count: 1_000)) == ["1:203: " + message])
        // Lines of text before it, quoted or not, move the position by their lines only.
        let text = "texte: Le lycée des métiers accueille des élèves\nautre: \"il a dit \\\"oui\\\" puis [non\"\n"
        #expect(briefs(text + "b: " + String(repeating: "[", count: 1_000)) == ["3:203: " + message])
        // Block mappings count as flow ones do: 200 levels are read, the 201st is refused where it starts.
        let levels = { (count: Int) in (0..<count).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " fin\n" }
        #expect(briefs(levels(200)).allSatisfy { !$0.contains("imbriquent") })
        #expect(briefs(levels(201)) == ["201:201: " + message])
    }

    @Test func deepNestingIsRefusedInASectionLeftUnread() {
        // A certificate batch does not build a dossier's criteria, but still reads them through.
        let text = "format: ldm/1\ncriteres: " + String(repeating: "[", count: 1_000) + "\n"
        let log = DiagnosticLog()
        #expect(YAMLSource.parse(text: text, file: "d.yaml", log: log, skipping: ["criteres"]) == nil)
        #expect(log.diagnostics.map(\.brief) == [
            "2:210: erreur : les données s'imbriquent trop profondément ici (ldm lit au plus 200 niveaux d'imbrication)",
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
        #expect(load.diagnostics.map(\.brief) == ["28:17: erreur : un diplôme Bac pro est de niveau 4, pas de niveau 6"])
    }

    @Test func fileWithErrorsProducesNoDossier() {
        let folder = TestCampaign.folder(dossier: Data("format: ldm/2\n".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        let load = CampaignLoader.load(folder: folder, resources: TestCampaign.templates)
        #expect(load.hasErrors)
        #expect(load.dossiers.isEmpty)
        #expect(load.diagnostics.map(\.brief).contains("1:9: erreur : format « ldm/2 » non pris en charge\n  note : cette version de ldm lit « format: ldm/1 »"))
    }
}
