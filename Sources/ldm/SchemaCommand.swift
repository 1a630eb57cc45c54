import ArgumentParser
import Foundation
import Label

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: fr("Écrit les schémas JSON des fichiers de données, pour les éditeurs."),
        discussion: fr("""
        Écrit campagne.schema.json, dossier.schema.json et criteres.schema.json dans le dossier donné. \
        ldm est livré avec ces schémas (dans schema/) et les fichiers que crée « ldm init » les désignent ; \
        cette commande sert à les régénérer (« make schema ») ou à les copier ailleurs.

        Exemple :
          ldm schema schema
        """)
    )

    @Argument(help: ArgumentHelp(fr("Le dossier où écrire les schémas."), valueName: "dossier"), completion: .directory)
    var folder: String

    func run() throws {
        let target = URL(fileURLWithPath: folder)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for format in JSONSchema.formats {
            let file = target.appendingPathComponent("\(format.name).schema.json")
            try Data(JSONSchema.text(for: format).utf8).write(to: file, options: .atomic)
            Output.print(file.relativePath)
        }
    }
}
