import Foundation

/// Finds the project's shipped folders (`fonts/`, `templates/`, `examples/`) at run time:
/// `$LDM_HOME` when set, else `../share/ldm` beside the executable (an installed ldm), else the nearest parent of the executable, then of the working directory,
/// that holds `fonts/manifest.tsv`.
public enum ProjectResources {
    public static func root() throws -> URL { try located.get() }

    /// Found once: the environment, the executable and the working directory do not change while ldm runs.
    private static let located = Result { try locate() }

    private static func locate() throws -> URL {
        if let home = ProcessInfo.processInfo.environment["LDM_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home)
        }
        let binary = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        // Installed (`make install PREFIX=…`): PREFIX/bin/ldm finds PREFIX/share/ldm.
        let installed = binary.deletingLastPathComponent().appendingPathComponent("share/ldm")
        if FileManager.default.fileExists(atPath: installed.appendingPathComponent("fonts/manifest.tsv").path) {
            return installed
        }
        let starts = [binary, URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
        for start in starts {
            var dir = start.standardizedFileURL
            while true {
                if FileManager.default.fileExists(atPath: dir.appendingPathComponent("fonts/manifest.tsv").path) {
                    return dir
                }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw NativeError("ressources de ldm introuvables (fonts/manifest.tsv) : réinstallez ldm (make install) ou donnez son dossier dans LDM_HOME")
    }

    public static func folder(_ name: String) throws -> URL {
        try root().appendingPathComponent(name, isDirectory: true)
    }
}
