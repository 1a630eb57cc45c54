import Foundation
import Native

/// `ldm --version`: the version and the commit it was built from. An installed ldm reads the commit
/// from the `COMMIT` file `make install` writes beside its resources; run from the source tree, from
/// the repository's git metadata (`.git/HEAD`, a worktree's `gitdir:` link, packed refs).
enum Version {
    static let number = "0.1.0"

    static var text: String { "ldm \(number) (commit \(commit ?? "inconnu"))" }

    static var commit: String? {
        guard let root = try? ProjectResources.root() else { return nil }
        if let recorded = try? String(contentsOf: root.appendingPathComponent("COMMIT"), encoding: .utf8) {
            let trimmed = recorded.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty { return trimmed }
        }
        return gitHead(repository: root).map { String($0.prefix(12)) }
    }

    private static func gitHead(repository root: URL) -> String? {
        var git = root.appendingPathComponent(".git")
        if let link = try? String(contentsOf: git, encoding: .utf8), link.hasPrefix("gitdir:") {
            let path = link.dropFirst("gitdir:".count).trimmingCharacters(in: .whitespacesAndNewlines)
            git = URL(fileURLWithPath: path, relativeTo: root).standardizedFileURL
        }
        guard let head = read(git.appendingPathComponent("HEAD")) else { return nil }
        guard head.hasPrefix("ref: ") else { return head }
        let ref = String(head.dropFirst(5))
        // A worktree's refs live in the main repository, named by its `commondir`.
        let common = read(git.appendingPathComponent("commondir"))
            .map { URL(fileURLWithPath: $0, relativeTo: git.appendingPathComponent("x")).standardizedFileURL } ?? git
        for folder in [git, common] {
            if let hash = read(folder.appendingPathComponent(ref)) { return hash }
            if let packed = read(folder.appendingPathComponent("packed-refs")),
               let line = packed.split(separator: "\n").first(where: { $0.hasSuffix(" " + ref) }) {
                return String(line.prefix { $0 != " " })
            }
        }
        return nil
    }

    private static func read(_ url: URL) -> String? {
        (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
