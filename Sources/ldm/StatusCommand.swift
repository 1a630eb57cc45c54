import ArgumentParser
import Foundation
import Label

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: fr("Montre où en est chaque établissement d'une campagne."),
        discussion: fr("""
        Une ligne par établissement : UAI, nom, étape (dossier déposé, évalué, décidé, refusé), ce qui manque \
        pour le document suivant et le nombre d'erreurs de son fichier ; puis les totaux. Un fichier qui a des \
        erreurs est à l'étape « à corriger ». Avec --format csv, un tableau séparé par des « ; », pour un tableur.
        Code de sortie : 0, ou 1 si un fichier a des erreurs.

        Exemples :
          ldm status examples/campagne-2026
          ldm status campagne-2026 --format csv > suivi.csv
        """)
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv }

    @Argument(help: ArgumentHelp(fr("Le dossier de la campagne."), valueName: "campagne"), completion: .directory)
    var campaign: String

    @Option(help: ArgumentHelp(fr("text (un tableau à lire) ou csv."), valueName: "format"))
    var format: Format = .text

    struct Row {
        var uai: String
        var name: String
        var stage: String
        var missing: String
        var errors: Int
    }

    func run() throws {
        let opened = CampaignLoader.open(folder: URL(fileURLWithPath: campaign))
        var rows: [Row] = []
        var stages: [String: Int] = [:]
        for (index, name) in opened.dossierNames.enumerated() {
            let load = CampaignLoader.loadDossier(file: opened.dossierFile(index), of: opened)
            let errors = load.diagnostics.filter(\.isError).count
            let row: Row
            if let dossier = load.dossier {
                row = Row(uai: dossier.etablissement.uai.code, name: dossier.etablissement.nom, stage: dossier.stage.rawValue,
                          missing: dossier.stage.missing ?? "—", errors: errors)
            } else {
                row = Row(uai: (name as NSString).deletingPathExtension, name: "—", stage: "à corriger",
                          missing: "corriger \(plural(errors, "erreur"))", errors: errors)
            }
            stages[row.stage, default: 0] += 1
            rows.append(row)
        }
        let campaignErrors = opened.diagnostics.filter(\.isError)
        switch format {
        case .csv: Output.print(csv(rows))
        case .text: Output.print(table(rows))
        }
        let counts = ProcedureStage.allCases.compactMap { stage in stages[stage.rawValue].map(stage.counted) }
            + (stages["à corriger"].map { ["\($0) à corriger"] } ?? [])
        let errors = rows.map(\.errors).reduce(0, +) + campaignErrors.count
        let summary = "\(plural(rows.count, "établissement")) : \(counts.isEmpty ? "aucun" : counts.joined(separator: ", ")) ; \(plural(errors, "erreur"))"
        if format == .text { Output.print(summary) } else { Output.error(summary) }
        for diagnostic in campaignErrors { Output.error(diagnostic.description) }
        if errors > 0 { throw ExitCode.failure }
    }

    private func table(_ rows: [Row]) -> String {
        let header = Row(uai: "UAI", name: "Établissement", stage: "Étape", missing: "Pour le document suivant", errors: 0)
        let cells = ([header] + rows).map { [$0.uai, $0.name, $0.stage, $0.missing] }
        let widths = (0..<4).map { column in cells.map { $0[column].count }.max() ?? 0 }
        return cells.enumerated().map { index, line in
            let padded = line.enumerated().map { column, text in text.padding(toLength: widths[column], withPad: " ", startingAt: 0) }
            return (padded + [index == 0 ? "Erreurs" : String(([header] + rows)[index].errors)]).joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// `;`-separated, each field quoted when it holds a `;`, a quote or a line break.
    private func csv(_ rows: [Row]) -> String {
        func field(_ text: String) -> String {
            text.contains(where: { ";\"\n".contains($0) }) ? "\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"" : text
        }
        let lines = [["uai", "etablissement", "etape", "manque", "erreurs"]]
            + rows.map { [$0.uai, $0.name, $0.stage, $0.missing == "—" ? "" : $0.missing, String($0.errors)] }
        return lines.map { $0.map(field).joined(separator: ";") }.joined(separator: "\n")
    }
}
