import ArgumentParser
import Foundation

@main
struct LDM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ldm",
        abstract: "Makes the official documents of the « lycée des métiers » label from a campaign's data.",
        discussion: """
        A campaign is a folder holding campagne.yaml and one file per school in dossiers/.
        Start with `ldm demo`, then `ldm check` your own campaign and `ldm batch` it.
        """,
        version: "ldm 0.1.0",
        subcommands: [CheckCommand.self, RenderCommand.self, BatchCommand.self, DemoCommand.self,
                      RevokeCommand.self, RegistryCommand.self, ServeCommand.self]
    )

    /// Usage errors exit with 2 (argument-parser's default is 64); data errors with 1.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
