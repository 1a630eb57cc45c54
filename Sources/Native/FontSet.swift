import CPango
import CCairo
import Foundation
import Synchronization

/// One font of `fonts/manifest.tsv`.
public struct FontFile: Sendable, Hashable {
    public var family: String, style: String, path: String, package: String, licence: String
}

/// The project's private font set: a fontconfig configuration that sees only the manifest's files,
/// and a Pango font map built on it. Owned by one render task (Pango objects are not thread-safe).
public final class FontSet {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let config: OpaquePointer
    public let files: [FontFile]
    public let families: Set<String>
    /// Where the set was read from: what another thread loads a set of its own from.
    public let source: Source

    public struct Source: Sendable {
        var configuration: URL, manifest: URL
        public func load() throws -> FontSet { try FontSet(configuration: configuration, manifest: manifest) }
    }

    /// Loads `fonts/fonts.conf` and every file of `fonts/manifest.tsv` from the project's resources.
    public convenience init() throws {
        let fonts = try ProjectResources.folder("fonts")
        try self.init(configuration: fonts.appendingPathComponent("fonts.conf"),
                      manifest: fonts.appendingPathComponent("manifest.tsv"))
    }

    /// Font sets are made one at a time: fontconfig keeps global state (its default configuration,
    /// its caches) that loading a configuration and adding font files update.
    private static let loading = Mutex(())

    public init(configuration: URL, manifest: URL) throws {
        let files = try FontSet.readManifest(manifest)
        let (map, config) = try Self.loading.withLock { _ in try Self.load(configuration, files) }
        self.fontMap = map
        self.config = config
        self.files = files
        self.families = Set(files.map(\.family))
        self.source = Source(configuration: configuration, manifest: manifest)
    }

    /// fontconfig's configuration with the manifest's files, and a Pango font map on it.
    private static func load(_ configuration: URL, _ files: [FontFile]) throws
        -> (map: UnsafeMutablePointer<PangoFontMap>, config: OpaquePointer) {
        guard let config = FcConfigCreate() else { throw NativeError("fontconfig : impossible de créer une configuration") }
        guard FcConfigParseAndLoad(config, configuration.path, 1) != 0 else {
            FcConfigDestroy(config)
            throw NativeError("fontconfig : impossible de lire \(configuration.path)")
        }
        for file in files {
            guard FileManager.default.fileExists(atPath: file.path), FcConfigAppFontAddFile(config, file.path) != 0 else {
                FcConfigDestroy(config)
                throw NativeError("font family « \(file.family) » (\(file.style)) is missing: \(file.path) not found; install the Debian package \(file.package)")
            }
        }
        // Made current before Pango starts, so that Pango's start-up (`FcInit`) finds a configuration
        // and does not load the system's, with its font caches, which nothing here uses.
        FcConfigSetCurrent(config)
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            FcConfigDestroy(config)
            throw NativeError("pango : impossible de créer la table des polices")
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        return (map, config)
    }

    deinit {
        ldm_g_object_unref(fontMap)
        FcConfigDestroy(config)
    }

    /// Throws when a family is not one of the manifest's, naming what is available.
    public func requireFamily(_ family: String) throws {
        if families.contains(family) || ["sans-serif", "serif"].contains(family) { return }
        throw NativeError("unknown font family « \(family) »: available families are \(families.sorted().joined(separator: ", ")) (see fonts/manifest.tsv)")
    }

    static func readManifest(_ url: URL) throws -> [FontFile] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw NativeError("impossible de lire le manifeste des polices \(url.path)")
        }
        var files: [FontFile] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") || line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count == 5 else {
                throw NativeError("\(url.path):\(number + 1):1: erreur : 5 champs séparés par des tabulations attendus (famille, style, fichier, paquet, licence)")
            }
            files.append(FontFile(family: fields[0], style: fields[1], path: fields[2], package: fields[3], licence: fields[4]))
        }
        return files
    }
}
