import CPango
import CCairo
import Foundation
import Synchronization

/// One font of `fonts/manifest.tsv`: `source` is the file its Debian package installs, `path` the
/// same font without its TrueType hinting that `make fonts` writes into `fonts/outlines/`
/// (fonts/outlines.py), the file the engine loads.
public struct FontFile: Sendable, Hashable {
    public var family: String, style: String, source: String, package: String, licence: String
    public var path: String
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

    public struct Source: Sendable, Hashable {
        var configuration: URL, manifest: URL
        public func load() throws -> FontSet { try FontSet(configuration: configuration, manifest: manifest) }
    }

    /// Loads `fonts/fonts.conf` and every file of `fonts/manifest.tsv` from the project's resources.
    public convenience init() throws {
        let fonts = try ProjectResources.folder("fonts")
        try self.init(configuration: fonts.appendingPathComponent("fonts.conf"),
                      manifest: fonts.appendingPathComponent("manifest.tsv"))
    }

    /// fontconfig's configurations, one a source for the process, each made once (the font files
    /// scanned once) and shared by the font sets of every thread: fontconfig locks what it changes.
    private static let configurations = Mutex<[Source: OpaquePointer]>([:])

    public init(configuration: URL, manifest: URL) throws {
        let files = try FontSet.readManifest(manifest)
        let source = Source(configuration: configuration, manifest: manifest)
        let config = try Self.configuration(source, files)
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw NativeError("pango : impossible de créer la table des polices")
        }
        pango_fc_font_map_set_config(OpaquePointer(map), config)
        // The resolution of the contexts Pango makes on its own, as each font's metrics (a layout
        // asks them of every font it sets): at the default 96 dpi, each font was matched again, by
        // fontconfig on two threads of its own, for the same pixel size (BENCHMARKS.md).
        pango_cairo_font_map_set_resolution(OpaquePointer(map), 72)
        _ = FcConfigReference(config)
        self.fontMap = map
        self.config = config
        self.files = files
        self.families = Set(files.map(\.family))
        self.source = source
    }

    /// Makes the shipped font set's configuration fontconfig's current one before anything else starts
    /// fontconfig: librsvg's text and Pango's background `FcInit` then find the manifest's fonts, not the
    /// system's configuration (with its templates and font folders, read at every start) and fonts.
    public static func prepareFontconfig() { prepared }

    private static let prepared: Void = {
        guard let fonts = try? ProjectResources.folder("fonts") else { return }
        let source = Source(configuration: fonts.appendingPathComponent("fonts.conf"),
                            manifest: fonts.appendingPathComponent("manifest.tsv"))
        if let files = try? readManifest(source.manifest) { _ = try? configuration(source, files) }
    }()

    private static func configuration(_ source: Source, _ files: [FontFile]) throws -> OpaquePointer {
        try configurations.withLock { made in
            if let config = made[source] { return config }
            let config = try load(source.configuration, files)
            made[source] = config
            return config
        }
    }

    /// fontconfig's configuration with the manifest's files, made current.
    private static func load(_ configuration: URL, _ files: [FontFile]) throws -> OpaquePointer {
        guard let config = FcConfigCreate() else { throw NativeError("fontconfig : impossible de créer une configuration") }
        guard FcConfigParseAndLoad(config, configuration.path, 1) != 0 else {
            FcConfigDestroy(config)
            throw NativeError("fontconfig : impossible de lire \(configuration.path)")
        }
        for file in files {
            guard FileManager.default.fileExists(atPath: file.path), FcConfigAppFontAddFile(config, file.path) != 0 else {
                FcConfigDestroy(config)
                throw NativeError("police « \(file.family) » (\(file.style)) non préparée : \(file.path) introuvable ; "
                    + "lancez « make fonts », qui la tire de \(file.source) (paquet Debian \(file.package))")
            }
        }
        // Made current before Pango starts, so that Pango's start-up (`FcInit`) finds a configuration
        // and does not load the system's, with its font caches, which nothing here uses.
        FcConfigSetCurrent(config)
        return config
    }

    deinit {
        ldm_g_object_unref(fontMap)
        FcConfigDestroy(config)
    }

    /// Throws when a family is not one of the manifest's, naming what is available.
    public func requireFamily(_ family: String) throws {
        if Self.names(family, among: families) { return }
        throw NativeError("famille de polices « \(family) » inconnue : \(Self.available(families))")
    }

    /// Whether `family` is one of `families` or a generic name that fonts.conf resolves to them.
    public static func names(_ family: String, among families: Set<String>) -> Bool {
        families.contains(family) || ["sans-serif", "serif"].contains(family)
    }

    /// The families of the shipped manifest, for what is checked before a font is loaded (a theme's
    /// styles, at the line that names them); nil when the resources cannot be read.
    public static let shippedFamilies: Set<String>? = {
        guard let fonts = try? ProjectResources.folder("fonts"),
              let files = try? readManifest(fonts.appendingPathComponent("manifest.tsv")) else { return nil }
        return Set(files.map(\.family))
    }()

    /// « familles disponibles : … », for the messages that refuse a family.
    public static func available(_ families: Set<String>) -> String {
        "familles disponibles : \(families.sorted().joined(separator: ", ")) (fonts/manifest.tsv)"
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
            let outline = url.deletingLastPathComponent().appendingPathComponent("outlines")
                .appendingPathComponent(URL(fileURLWithPath: fields[2]).lastPathComponent)
            files.append(FontFile(family: fields[0], style: fields[1], source: fields[2], package: fields[3], licence: fields[4],
                                  path: outline.path))
        }
        return files
    }
}
