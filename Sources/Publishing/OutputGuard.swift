import Foundation
import Label
import Native

/// Where ldm may write: never onto what it reads (the campaign's data, criteria files, templates and
/// logo, the shipped templates and fonts), never onto something that is not a regular file or folder.
/// Checked before anything is made, so that a refused `-o` leaves every file as it was.
public enum OutputGuard {
    /// Data, criteria files and templates of a campaign, by extension, wherever they are in its folder.
    static let inputExtensions: Set<String> = ["yaml", "yml", "json", "xml", "csv", "md", "txt", "tsv"]

    /// Refuses `target` (written as `written`) for one document of `campaign`.
    public static func checkFile(_ target: URL, written: String, campaign: Campaign, dossier: URL,
                                 resources: URL? = nil) throws {
        var info = stat()
        if lstat(target.path, &info) == 0 {
            let kind = info.st_mode & S_IFMT
            if kind == S_IFDIR {
                throw OutputRefused("« \(written) » est un dossier : donnez après -o le nom du fichier à écrire")
            }
            if kind != S_IFREG && kind != S_IFLNK {
                throw OutputRefused("« \(written) » n’est pas un fichier ordinaire : ldm n’écrit que des fichiers")
            }
            if kind == S_IFLNK, stat(target.path, &info) == 0, info.st_mode & S_IFMT != S_IFREG {
                throw OutputRefused("« \(written) » n’est pas un fichier ordinaire : ldm n’écrit que des fichiers")
            }
        }
        let inputs = [campaign.file.file, dossier.path].map { URL(fileURLWithPath: $0) } + [campaign.logo].compactMap { $0 }
        let inCampaign = AllowedRoots([campaign.folder]).contains(target)
        if inputs.contains(where: { AllowedRoots([$0]).contains(target) })
            || AllowedRoots(inputFolders(of: campaign.folder)).contains(target)
            || (inCampaign && inputExtensions.contains(target.pathExtension.lowercased())) {
            throw OutputRefused("« \(written) » est un fichier de la campagne : ldm n’écrit jamais sur ses données ; "
                + "choisissez un autre fichier de sortie avec -o")
        }
        try checkShipped(target, written: written, resources: resources)
    }

    /// Refuses `folder` (written as `written`) as the output folder of a batch of `campaignFolder`.
    public static func checkFolder(_ folder: URL, written: String, campaignFolder: URL, resources: URL? = nil) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw OutputRefused("« \(written) » est un fichier, pas un dossier : donnez après -o le dossier où écrire")
        }
        let campaign = AllowedRoots([campaignFolder])
        if campaign.roots == AllowedRoots([folder]).roots || AllowedRoots(inputFolders(of: campaignFolder)).contains(folder) {
            throw OutputRefused("« \(written) » est le dossier de la campagne ou l’un de ses dossiers de données : "
                + "ldm n’y écrit pas ; choisissez un autre dossier de sortie avec -o")
        }
        try checkShipped(folder, written: written, resources: resources)
    }

    private static func inputFolders(of campaignFolder: URL) -> [URL] {
        ["dossiers", "templates"].map { campaignFolder.appendingPathComponent($0) }
    }

    /// The shipped templates, fonts and example campaign, and the font files the manifest names.
    private static func checkShipped(_ target: URL, written: String, resources: URL?) throws {
        guard let root = resources ?? (try? ProjectResources.root()) else { return }
        let folders = ["templates", "fonts", "examples"].map { root.appendingPathComponent($0) }
        if AllowedRoots(folders + fontFiles(manifest: root.appendingPathComponent("fonts/manifest.tsv"))).contains(target) {
            throw OutputRefused("« \(written) » fait partie des modèles, des polices ou des exemples fournis avec ldm : "
                + "ldm n’y écrit pas ; choisissez une autre sortie avec -o")
        }
    }

    /// The third column of fonts/manifest.tsv.
    private static func fontFiles(manifest: URL) -> [URL] {
        guard let text = try? String(contentsOf: manifest, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let columns = line.split(separator: "\t")
            guard !line.hasPrefix("#"), columns.count >= 3 else { return nil }
            return URL(fileURLWithPath: String(columns[2]))
        }
    }
}

/// An output refused before anything was written: a usage error (exit status 2).
public struct OutputRefused: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
