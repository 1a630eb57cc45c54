import ArgumentParser
import Foundation
import Label
import Native
import Templates

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: fr("Crée une campagne à remplir, ou y ajoute un établissement."),
        discussion: fr("""
        Dans un nouveau dossier : crée le dossier, son campagne.yaml et, dans dossiers/, le \
        fichier d'un établissement, avec une entrée par critère du référentiel choisi. Chaque clé obligatoire \
        y est, avec sa description en commentaire ; écrivez une valeur à chaque « À REMPLIR ». Les fichiers \
        désignent le schéma JSON de ldm : VS Code (extension YAML) et les autres éditeurs complètent et \
        vérifient les clés pendant la saisie.
        Avec --school UAI dans une campagne existante : ajoute dossiers/UAI.yaml, avec les critères du \
        référentiel de la campagne. Aucun fichier existant n'est jamais remplacé.

        Exemples :
          ldm init campagne-2027 --academie Nice --school 0060034E
          ldm init --school 0061987C campagne-2027
          ldm init campagne-2027 --referentiel national-2016
        """)
    )

    @Argument(help: ArgumentHelp(fr("Le dossier de la campagne à créer, ou de la campagne existante (avec --school)."),
                                 valueName: "dossier"), completion: .directory)
    var folder: String

    @Option(help: ArgumentHelp(fr("L'UAI de l'établissement dont le fichier est créé (lettre de contrôle vérifiée)."),
                               valueName: "uai"))
    var school: String?

    @Option(help: ArgumentHelp(fr("Le référentiel de critères d'une nouvelle campagne : national-2023, national-2016 ou national-2005."),
                               valueName: "nom"))
    var referentiel = "national-2023"

    @Option(help: ArgumentHelp(fr("L'académie d'une nouvelle campagne, comme Nice (la région académique s'en déduit)."),
                               valueName: "nom"))
    var academie: String?

    func validate() throws {
        if let school {
            switch UAI.problem(school) {
            case nil: break
            case .shape: throw ValidationError("« \(school) » n'est pas un UAI : 7 chiffres et une lettre de contrôle, comme 0060034E")
            case .checkLetter(let expected):
                throw ValidationError("lettre de contrôle erronée dans l'UAI « \(school) » : la lettre de \(school.prefix(7)) est \(expected)")
            }
        }
        if let academie, Academies.regions[academie] == nil {
            let near = NearestName.nearest(to: academie, in: Academies.names)
            throw ValidationError("« \(academie) » n'est pas le nom d'une académie" + (near.map { " ; vouliez-vous dire « \($0) » ?" } ?? ""))
        }
    }

    func run() throws {
        let root = URL(fileURLWithPath: folder)
        let existing = ["campagne.yaml", "campagne.yml", "campagne.json"]
            .contains { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
        if existing {
            guard let school else {
                Output.error("erreur : \(folder) contient déjà une campagne")
                Output.error("  suggestion : pour y ajouter un établissement, « ldm init --school UAI \(folder) »")
                throw ExitCode.failure
            }
            try addSchool(school, to: root)
        } else {
            try createCampaign(at: root)
        }
    }

    private func createCampaign(at root: URL) throws {
        let (set, diagnostics) = CampaignLoader.builtInCriteria(referentiel, reportedAt: SourceLocation(file: "--referentiel", line: 0, column: 0))
        guard let set else {
            for diagnostic in diagnostics { Output.error(diagnostic.description) }
            throw ExitCode.failure
        }
        var values = ["format": "ldm/1", "referentiel": referentiel]
        if let academie, let region = Academies.regions[academie] {
            values["academie"] = quoted(academie)
            values["region_academique"] = quoted(region)
        }
        let campaign = Skeleton(format: .campaign, values: values, schema: schemaURL("campagne"),
                                header: ["Campagne de labellisation « lycée des métiers »."])
        try FileManager.default.createDirectory(at: root.appendingPathComponent("dossiers"), withIntermediateDirectories: true)
        try write(campaign.text, to: root.appendingPathComponent("campagne.yaml"))
        try writeSchool(school, criteria: set, in: root)
        Output.print("campagne créée dans \(folder) : écrivez une valeur à chaque « \(Skeleton.marker) », puis « ldm check \(folder) »")
    }

    private func addSchool(_ uai: String, to root: URL) throws {
        let opened = CampaignLoader.open(folder: root)
        guard let campaign = opened.campaign else {
            for diagnostic in opened.diagnostics.sortedByPosition() where diagnostic.isError { Output.error(diagnostic.description) }
            Output.error("aucun fichier écrit : corrigez d'abord campagne.yaml")
            throw ExitCode.failure
        }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("dossiers"), withIntermediateDirectories: true)
        try writeSchool(uai, criteria: campaign.criteria, in: root)
    }

    /// dossiers/UAI.yaml; without a UAI yet, dossiers/UAI.yaml to be renamed once it is known.
    private func writeSchool(_ uai: String?, criteria: CriteriaSet, in root: URL) throws {
        var values = ["format": "ldm/1"]
        if let uai { values["etablissement.uai"] = quoted(uai) }
        let header = uai.map { "Dossier de l'établissement \($0)." }
            ?? "Dossier d'un établissement : renommez ce fichier du nom de son UAI, comme 0060034E.yaml."
        let skeleton = Skeleton(format: .dossier, values: values, criteria: criteria, schema: schemaURL("dossier"),
                                header: [header, "Référentiel \(criteria.id) : une entrée par critère sous « criteres »."])
        let file = root.appendingPathComponent("dossiers/\(uai ?? "UAI").yaml")
        try write(skeleton.text, to: file)
        Output.print(file.relativePath)
    }

    /// Never replaces a file.
    private func write(_ text: String, to file: URL) throws {
        guard !FileManager.default.fileExists(atPath: file.path) else {
            Output.error("erreur : \(file.relativePath) existe déjà : ldm ne remplace jamais un fichier")
            throw ExitCode.failure
        }
        try Data(text.utf8).write(to: file, options: .withoutOverwriting)
    }

    /// The schema shipped with ldm, as a file URL the editors read.
    private func schemaURL(_ name: String) -> String? {
        guard let root = try? ProjectResources.root() else { return nil }
        return root.appendingPathComponent("schema/\(name).schema.json").standardizedFileURL.absoluteString
    }

    private func quoted(_ text: String) -> String { "\"\(text.replacingOccurrences(of: "\"", with: "\\\""))\"" }

}
