import Foundation

/// Finds the project's shipped folders (`fonts/`, `templates/`, `examples/`) at run time:
/// `$LDM_HOME` when set, else the nearest parent of the executable, then of the working directory,
/// that holds `fonts/manifest.tsv`.
public enum ProjectResources {
    public static func root() throws -> URL {
        if let home = ProcessInfo.processInfo.environment["LDM_HOME"], !home.isEmpty {
            return URL(fileURLWithPath: home)
        }
        let starts = [URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
                        .deletingLastPathComponent(),
                      URL(fileURLWithPath: FileManager.default.currentDirectoryPath)]
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
        throw NativeError("cannot find ldm's resources (fonts/manifest.tsv): set LDM_HOME to the project folder")
    }

    public static func folder(_ name: String) throws -> URL {
        try root().appendingPathComponent(name, isDirectory: true)
    }
}
