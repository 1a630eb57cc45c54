import ArgumentParser
import Publishing

/// Prints docs/catalogue.md (`make docs`); hidden from the help: the catalogue is read in docs/.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: fr("Écrit le catalogue des modèles (variables, filtres, éléments) en Markdown."),
        shouldDisplay: false
    )

    func run() throws {
        Output.print(String(TemplateCatalogue.markdown().dropLast()))
    }
}
