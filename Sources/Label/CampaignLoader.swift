import Foundation
import Native

/// What a load gives the command line and the documents: the campaign and the dossiers that have no
/// error (a file with an error produces no document), and every diagnostic, sorted.
public struct CampaignLoad: Sendable {
    public var campaign: Campaign?
    public var dossiers: [Dossier]
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.containsErrors }
}

/// A campaign folder whose `campagne.yaml` has been read, and the dossier files it holds, not yet
/// read (see `CampaignLoader.open(folder:)`).
public struct OpenedCampaign: Sendable {
    /// Nil when campagne.yaml has an error: then no dossier gives a document.
    public var campaign: Campaign?
    /// Those of campagne.yaml and its criteria files, and the warning of an empty `dossiers/`; not sorted.
    public var diagnostics: [Diagnostic]
    /// The folder `dossiers/`.
    public var dossierFolder: URL
    /// The names of `dossiers/*.yaml|yml|json`, sorted (so, for valid files, named by their UAI, in UAI
    /// order). Names rather than URLs: ten thousand URLs weigh 2.4 MB.
    public var dossierNames: [String]
    public var dossierFiles: [URL] { dossierNames.indices.map(dossierFile) }
    public func dossierFile(_ index: Int) -> URL { dossierFolder.appendingPathComponent(dossierNames[index]) }
    /// The folder holding the built-in criteria sets' `criteres/`.
    var templates: URL?
}

/// One dossier read on its own: the dossier when its file has no error, and the file's diagnostics
/// (with those of criteria files it names), not sorted.
public struct DossierLoad: Sendable {
    public var dossier: Dossier?
    public var diagnostics: [Diagnostic]
}

/// Entry points: load a campaign folder, or open it and then read its dossiers one at a time; load
/// one dossier (its campaign found in the parent folders); or check any mix of paths.
public enum CampaignLoader {
    public static let campaignFiles = ["campagne.yaml", "campagne.yml", "campagne.json"]
    static let dataExtensions = ["yaml", "yml", "json"]

    /// Loads `folder/campagne.yaml` and every `folder/dossiers/*.yaml|json`.
    /// `resources` is the folder holding `criteres/` (default: the project's `templates/`).
    public static func load(folder: URL, resources: URL? = nil) -> CampaignLoad {
        let opened = open(folder: folder, resources: resources)
        var diagnostics = opened.diagnostics
        var dossiers: [Dossier] = []
        for file in opened.dossierFiles {
            let load = loadDossier(file: file, of: opened)
            diagnostics += load.diagnostics
            if let dossier = load.dossier { dossiers.append(dossier) }
        }
        return CampaignLoad(campaign: opened.campaign, dossiers: dossiers, diagnostics: diagnostics.sortedByPosition())
    }

    /// Reads a campaign folder's `campagne.yaml` (and its criteria set) once and lists its dossier
    /// files, without reading them: each is then read on its own with `loadDossier(file:of:)`, so that
    /// a whole campaign need never be in memory at once.
    public static func open(folder: URL, resources: URL? = nil) -> OpenedCampaign {
        let templates = resources ?? (try? ProjectResources.folder("templates"))
        let context = Context(templates: templates)
        let campaign = context.campaign(in: folder)
        let dossierFolder = folder.appendingPathComponent("dossiers")
        let names = dossierNames(in: dossierFolder)
        if names.isEmpty {
            context.log.warning(.start(of: context.display(folder.appendingPathComponent(campaignFiles[0]))),
                                "la campagne n'a aucun dossier dans « dossiers/ »")
        }
        return OpenedCampaign(campaign: campaign, diagnostics: context.log.diagnostics, dossierFolder: dossierFolder,
                              dossierNames: names, templates: templates)
    }

    /// Reads and validates one dossier of an opened campaign, with the campaign's criteria set (or
    /// the dossier's own `referentiel`). The dossier is nil when its file has an error or the campaign
    /// could not be read; its diagnostics are those `load(folder:)` reports for this file, less what
    /// concerns the sections left out of `sections` only (see `DossierSection`).
    public static func loadDossier(file: URL, of opened: OpenedCampaign,
                                   sections: Set<DossierSection> = Set(DossierSection.allCases)) -> DossierLoad {
        let context = Context(templates: opened.templates)
        let dossier = context.dossier(file, campaign: opened.campaign, folder: opened.dossierFolder.deletingLastPathComponent(),
                                      sections: sections)
        return DossierLoad(dossier: opened.campaign == nil ? nil : dossier, diagnostics: context.log.diagnostics)
    }

    /// Loads one dossier file with its campaign: `campaignFile` when given, else the campagne.yaml found
    /// in the dossier's folder or the nearest parent holding one.
    public static func loadDossier(file: URL, campaignFile: URL? = nil, resources: URL? = nil) -> CampaignLoad {
        let context = Context(resources: resources)
        let folder = campaignFolder(forDossier: file, campaignFile: campaignFile)
        let campaign = campaignFile.map { context.campaign(file: $0) } ?? folder.flatMap { context.campaign(in: $0) }
        if folder == nil {
            context.log.error(.start(of: context.display(file)), "aucun campagne.yaml dans ce dossier ni dans ses parents",
                              .hint("un dossier se lit avec sa campagne : placez-le dans le dossier « dossiers/ » d'une campagne"))
        }
        let dossier = context.dossier(file, campaign: campaign, folder: folder)
        return context.result(campaign: campaign, dossiers: dossier.map { [$0] } ?? [])
    }

    /// Checks each path (a campaign folder, a campagne.yaml, or a dossier file) and returns every diagnostic, sorted.
    public static func check(paths: [URL], resources: URL? = nil) -> [Diagnostic] {
        var all: [Diagnostic] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
                all.append(Diagnostic(.error, at: .start(of: Context.displayPath(path)), "fichier ou dossier introuvable"))
                continue
            }
            if isFolder.boolValue {
                all += load(folder: path, resources: resources).diagnostics
            } else if campaignFiles.contains(path.lastPathComponent) {
                let context = Context(resources: resources)
                _ = context.campaign(in: path.deletingLastPathComponent())
                all += context.log.diagnostics
            } else if isCriteriaFile(path) {
                let context = Context(resources: resources)
                _ = context.criteria.load(path.path, at: .start(of: context.display(path)),
                                          relativeTo: path.deletingLastPathComponent())
                all += context.log.diagnostics
            } else {
                all += loadDossier(file: path, resources: resources).diagnostics
            }
        }
        return Array(Set(all)).sortedByPosition()
    }

    /// A path as diagnostics print it: relative to the working directory when the file is below it.
    public static func displayPath(_ url: URL) -> String { Context.displayPath(url) }

    /// A criteria file names its set (`id`) and lists `criteres`, and has no school; told apart from a
    /// dossier by its top-level keys, without parsing.
    static func isCriteriaFile(_ url: URL) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: (try? handle.read(upToCount: 64 * 1024)) ?? Data(), as: UTF8.self)
        let keys = Set(head.split(separator: "\n").compactMap { line -> String? in
            guard let first = line.first, first != " ", first != "#", let colon = line.firstIndex(of: ":") else { return nil }
            return line[..<colon].trimmingCharacters(in: CharacterSet(charactersIn: "\"{ \t"))
        })
        let json = head.contains("\"criteres\"") && head.contains("\"id\"") && !head.contains("\"etablissement\"")
        return json || (keys.contains("id") && keys.contains("criteres") && !keys.contains("etablissement"))
    }

    static func dossierNames(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && dataExtensions.contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
    }

    /// The folder of the campaign a dossier is read with: `campaignFile`'s when given, else the nearest
    /// folder from the dossier's up that holds a campagne.yaml.
    public static func campaignFolder(forDossier file: URL, campaignFile: URL?) -> URL? {
        campaignFile.map { $0.deletingLastPathComponent() } ?? campaignFolder(above: file)
    }

    static func campaignFolder(above file: URL) -> URL? {
        var folder = file.standardizedFileURL.deletingLastPathComponent()
        while true {
            if campaignFiles.contains(where: { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }) {
                return folder
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// The state of one load: its diagnostics and how it finds criteria sets.
    private final class Context {
        let log = DiagnosticLog()
        let criteria: CriteriaSetLoader

        convenience init(resources: URL?) {
            self.init(templates: resources ?? (try? ProjectResources.folder("templates")))
        }

        /// `templates` holds `criteres/`, the built-in criteria sets.
        init(templates: URL?) {
            criteria = CriteriaSetLoader(builtInFolder: templates?.appendingPathComponent("criteres"), log: log,
                                         display: Context.displayPath)
        }

        func display(_ url: URL) -> String { Context.displayPath(url) }

        /// The path relative to the working directory when the file is below it, else absolute.
        static func displayPath(_ url: URL) -> String {
            let path = url.standardizedFileURL.path
            let current = FileManager.default.currentDirectoryPath
            let prefix = current.hasSuffix("/") ? current : current + "/"
            return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
        }

        func campaign(in folder: URL) -> Campaign? {
            guard let url = CampaignLoader.campaignFiles.map({ folder.appendingPathComponent($0) })
                .first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
                log.error(.start(of: display(folder.appendingPathComponent("campagne.yaml"))), "campagne.yaml introuvable")
                return nil
            }
            return campaign(file: url)
        }

        /// Reads a campaign file of any name; its folder is the campaign's (logo, criteria files).
        func campaign(file url: URL) -> Campaign? {
            let folder = url.deletingLastPathComponent()
            let file = display(url)
            guard FileManager.default.fileExists(atPath: url.path) else {
                log.error(.start(of: file), "fichier introuvable")
                return nil
            }
            guard confined(url, to: folder, file: file), let root = YAMLSource.parse(url, file: file, log: log) else { return nil }
            let campaign = CampaignDecoder(criteria: criteria, log: log).decode(root, file: file, folder: folder)
            return log.errorCount(in: file) == 0 ? campaign : nil
        }

        /// `folder`: the campaign folder the dossier belongs to, nil for a file named alone (no campagne.yaml above it).
        func dossier(_ url: URL, campaign: Campaign?, folder: URL?,
                     sections: Set<DossierSection> = Set(DossierSection.allCases)) -> Dossier? {
            let file = display(url)
            if let folder, !confined(url, to: folder, file: file) { return nil }
            let unread = Set(DossierSection.allCases.filter { !sections.contains($0) }.map(\.key))
            guard let root = YAMLSource.parse(url, file: file, log: log, skipping: unread) else { return nil }
            let decoder = DossierDecoder(criteria: criteriaSet(for: root, campaign: campaign), log: log,
                                         allowedFolder: campaign?.folder, display: display, sections: sections)
            guard let dossier = decoder.decode(root, url: url) else { return nil }
            let stem = url.deletingPathExtension().lastPathComponent
            if folder != nil && stem != dossier.etablissement.uai.code {
                log.error(decoder.reader.positions["etablissement.uai"] ?? dossier.location,
                          "le fichier s'appelle \(url.lastPathComponent) mais l'UAI de l'établissement est \(dossier.etablissement.uai.code)",
                          .hint("nommez le fichier \(dossier.etablissement.uai.code).\(url.pathExtension)"))
            }
            if dossier.evaluation != nil, let campaign, campaign.groupeRegional == nil {
                log.error(decoder.reader.positions["evaluation"] ?? dossier.location,
                          "le rapport d'évaluation a besoin de « groupe_regional » dans campagne.yaml")
            }
            return log.errorCount(in: file) == 0 ? dossier : nil
        }

        /// Whether a file the campaign holds (campagne.yaml, a dossier) may be read: a symlink leading out of the
        /// campaign folder, or what is not a regular file (a FIFO would block), is refused before it is opened,
        /// so that nothing of it reaches a message or a document.
        private func confined(_ url: URL, to folder: URL, file: String) -> Bool {
            guard AllowedRoots([folder]).contains(url) else {
                log.error(.start(of: file), "ce fichier est un lien symbolique qui mène hors du dossier de la campagne : ldm ne le lit pas",
                          .hint("copiez le fichier dans le dossier de la campagne plutôt que d'y faire un lien"))
                return false
            }
            var status = stat()
            if stat(url.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
                log.error(.start(of: file), "ce n'est pas un fichier ordinaire : ldm ne le lit pas")
                return false
            }
            return true
        }

        /// The dossier's own `referentiel` when it names one (resolved like the campaign's), else the campaign's.
        private func criteriaSet(for root: DataNode, campaign: Campaign?) -> CriteriaSet? {
            guard let campaign else { return nil }
            guard case .mapping(let entries) = root.content,
                  let entry = entries.first(where: { if case .scalar("referentiel", _) = $0.key.content { true } else { false } }),
                  case .scalar(let reference, _) = entry.value.content, !entry.value.isNull else { return campaign.criteria }
            return criteria.load(reference, at: entry.value.location, relativeTo: campaign.folder)
        }

        func result(campaign: Campaign?, dossiers: [Dossier]) -> CampaignLoad {
            CampaignLoad(campaign: campaign, dossiers: campaign == nil ? [] : dossiers,
                         diagnostics: log.diagnostics.sortedByPosition())
        }
    }
}
