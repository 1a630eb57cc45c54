import ArgumentParser
import Foundation
import Native

@main
struct LDM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ldm",
        abstract: fr("Produit les documents officiels du label « lycée des métiers » à partir des données d'une campagne."),
        discussion: fr("""
        Une campagne est un dossier qui contient campagne.yaml et, dans dossiers/, un fichier par établissement.
        Pour commencer : « ldm init ma-campagne », remplir les fichiers, puis « ldm check ma-campagne », \
        « ldm status ma-campagne » et « ldm batch ma-campagne ». « ldm demo » produit la campagne d'exemple.
        """),
        // Only `--version` prints it: the commit is read from git's files (1 % of a certificate's run) when asked.
        version: CommandLine.arguments.contains("--version") ? Version.text : Version.number,
        subcommands: [InitCommand.self, CheckCommand.self, StatusCommand.self, RenderCommand.self, BatchCommand.self, WatchCommand.self,
                      DemoCommand.self, VerifyCommand.self, SchemaCommand.self, CatalogueCommand.self, RevokeCommand.self, RegistryCommand.self, ServeCommand.self]
    )

    /// Help and usage errors in French (`FrenchHelp`); usage errors exit with 2 (argument-parser's
    /// default is 64), data errors with 1.
    static func main() {
        DeferredLibraries.startLoading()
        RenderCommand.startPublisher(arguments: CommandLine.arguments)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = FrenchHelp.translate(fullMessage(for: error, columns: helpColumns))
            if code == .success {
                if !text.isEmpty { Output.print(text) }
                Foundation.exit(0)
            }
            if !text.isEmpty { Output.error(text) }
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    /// The terminal's width, or 100 columns when not on a terminal (stable output for files and tests).
    static var helpColumns: Int? { isatty(STDOUT_FILENO) == 1 ? nil : 100 }
}
