import Foundation

/// The folders a document may read from: the folder of the user's files, the shipped `templates/` and
/// `fonts/`. The user's folder is untrusted input, so every path written in a data file or a template is resolved
/// here, symlinks followed, before anything opens it; a path that lands outside every root is refused
/// with the path as written, never with anything read from it.
public struct AllowedRoots: Sendable, Equatable {
    /// The roots, symlinks resolved, each ending without a slash.
    public let roots: [String]
    /// How a refusal names the first root, the folder of the user's files, preposition included
    /// (the label says « du dossier de la campagne »).
    public let inputFolder: String

    public init(_ folders: [URL], inputFolder: String = "du dossier des données") {
        roots = folders.map { AllowedRoots.canonical($0.path) }
        self.inputFolder = inputFolder
    }

    /// The error for `written`, a path that leads outside the roots.
    public func refusal(_ written: String) -> OutsideRoots { OutsideRoots(written: written, inputFolder: inputFolder) }

    /// The file that `written` names, read relative to `base` (a folder) when it is not absolute,
    /// provided it lies inside one of the roots once every symlink is followed.
    /// A file that does not exist yet is judged by its nearest existing parent.
    public func resolve(_ written: String, relativeTo base: URL) throws -> URL {
        let joined = written.hasPrefix("/") ? written : base.path + "/" + written
        let path = AllowedRoots.canonical(joined)
        guard contains(canonicalPath: path) else { throw refusal(written) }
        return URL(fileURLWithPath: path)
    }

    /// Whether `url`, symlinks followed, lies inside one of the roots.
    public func contains(_ url: URL) -> Bool {
        contains(canonicalPath: AllowedRoots.canonical(url.path))
    }

    private func contains(canonicalPath path: String) -> Bool {
        roots.contains { root in path == root || path.hasPrefix(root == "/" ? "/" : root + "/") }
    }

    /// `path` made absolute, `.` and `..` removed and every symlink of its existing part followed
    /// (`realpath` on the longest existing prefix, the rest appended as written).
    static func canonical(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var existing = URL(fileURLWithPath: absolute).standardizedFileURL.path
        var rest: [String] = []
        while true {
            if let real = realpath(existing, nil) {
                defer { free(real) }
                let head = String(cString: real)
                let joined = ([head == "/" ? "" : head] + rest.reversed()).joined(separator: "/")
                return joined.isEmpty ? "/" : joined
            }
            let url = URL(fileURLWithPath: existing)
            let parent = url.deletingLastPathComponent().path
            if parent == existing { return existing }
            rest.append(url.lastPathComponent)
            existing = parent
        }
    }
}

/// A path from a data file or a template that leads outside the allowed folders.
public struct OutsideRoots: Error, Sendable, Equatable, CustomStringConvertible {
    /// The path exactly as the user wrote it.
    public var written: String
    /// As `AllowedRoots.inputFolder`.
    public var inputFolder: String
    public var description: String {
        "le chemin « \(written) » sort \(inputFolder) : seuls ses fichiers, les modèles et les polices fournis avec ldm peuvent être lus"
    }
}
