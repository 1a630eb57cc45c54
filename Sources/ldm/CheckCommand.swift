import ArgumentParser
import Foundation
import Label
import Publishing

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: fr("Vérifie des campagnes, des dossiers ou des fichiers de critères."),
        discussion: fr("""
        Toutes les erreurs sont signalées en une fois, chacune à sa place : fichier:ligne:colonne: erreur : message, \
        suivie de ses notes et suggestions.
        Code de sortie : 0 si les données sont valides (avertissements permis), 1 s'il y a une erreur, \
        2 si la commande est mal écrite.

        Exemples :
          ldm check examples/campagne-2026
          ldm check examples/campagne-2026/dossiers/0060034E.yaml
          ldm check campagne-2026 --diagnostics json
        """)
    )

    @Argument(help: ArgumentHelp(fr("Dossiers de campagne, fichiers campagne.yaml, dossiers d'établissement ou fichiers de critères."),
                                 valueName: "chemins"), completion: .file())
    var paths: [String]

    @OptionGroup var options: DiagnosticOptions

    func run() throws {
        let reporter = Reporter(options)
        let urls = paths.map { URL(fileURLWithPath: $0) }
        // A campaign's templates are checked too: a template's mistake is the campaign's, found once.
        let campaignFolders = urls.compactMap { url -> URL? in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
            return isFolder.boolValue ? url : CampaignLoader.campaignFiles.contains(url.lastPathComponent) ? url.deletingLastPathComponent() : nil
        }
        reporter.report((CampaignLoader.check(paths: urls) + campaignFolders.flatMap { TemplateCheck.diagnostics(campaignFolder: $0) })
            .sortedByPosition())
        defer { reporter.finish() }
        let warnings = plural(reporter.warningCount, "avertissement")
        if reporter.errorCount > 0 {
            reporter.say("\(plural(reporter.errorCount, "erreur")), \(warnings)", error: true)
            throw ExitCode.failure
        }
        reporter.say(reporter.warningCount == 0 ? "données valides" : "données valides, avec \(warnings)")
    }
}
