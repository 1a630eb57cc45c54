import ArgumentParser
import Foundation
import Label
import Native

struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: fr("Produit un document à nouveau à chaque modification des données, d'un modèle ou du thème."),
        discussion: fr("""
        Surveille le dossier de la campagne (données, référentiels, modèles de l'académie, logo) et les modèles \
        fournis avec ldm ; après chaque modification (regroupées sur une demi-seconde), le document est produit \
        à nouveau. Les erreurs s'affichent sans arrêter la surveillance. Ctrl-C pour arrêter.
        Mêmes options que « ldm render ».

        Exemple :
          ldm watch certificat campagne-2026/dossiers/0060034E.yaml -o apercu.pdf
        """)
    )

    @OptionGroup var render: RenderCommand

    func run() throws {
        let dossier = URL(fileURLWithPath: render.dossier)
        let campaignFolder = CampaignLoader.campaignFolder(forDossier: dossier, campaignFile: render.campagne.map { URL(fileURLWithPath: $0) })
            ?? dossier.deletingLastPathComponent()
        var roots = [campaignFolder]
        if let templates = try? ProjectResources.folder("templates") { roots.append(templates) }
        let reporter = Reporter(render.options)
        var seen = FolderSnapshot(roots)
        _ = try render.render(reporter: reporter)
        Output.error("surveillance de \(campaignFolder.relativePath) : Ctrl-C pour arrêter")
        while true {
            Thread.sleep(forTimeInterval: 0.3)
            var now = FolderSnapshot(roots)
            guard now != seen else { continue }
            // Debounce: an editor's save is often several writes; wait until nothing moves for 0.5 s.
            repeat {
                seen = now
                Thread.sleep(forTimeInterval: 0.5)
                now = FolderSnapshot(roots)
            } while now != seen
            Output.error("modification détectée : nouveau rendu")
            _ = try render.render(reporter: reporter)
        }
    }
}

/// The modification dates and sizes of the data, template and image files under some folders
/// (not the documents written, which may be there too).
struct FolderSnapshot: Equatable {
    static let watched: Set<String> = ["yaml", "yml", "json", "csv", "xml", "svg", "png", "jpg", "jpeg", "ttf", "otf"]
    private var files: [String: [Double]] = [:]

    init(_ roots: [URL]) {
        for root in roots {
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey],
                                                              options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in walker where FolderSnapshot.watched.contains(url.pathExtension.lowercased()) {
                // A PNG preview written by `watch` itself into the campaign folder is no change of the data.
                if url.path.contains("/output/") { continue }
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                files[url.path] = [values?.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values?.fileSize ?? 0)]
            }
        }
    }
}
