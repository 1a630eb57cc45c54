import Foundation
import Native
import Testing

@Suite("Paths from data and templates stay inside the allowed roots")
struct AllowedRootsTests {
    /// A campaign folder with a file, a subfolder, a symlink leading out and one staying in.
    let campaign: URL
    let outside: URL

    init() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("roots-\(UUID().uuidString)")
        campaign = base.appendingPathComponent("campagne")
        outside = base.appendingPathComponent("ailleurs")
        let manager = FileManager.default
        try manager.createDirectory(at: campaign.appendingPathComponent("templates"), withIntermediateDirectories: true)
        try manager.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: campaign.appendingPathComponent("logo.svg"))
        try Data("secret".utf8).write(to: outside.appendingPathComponent("secret.txt"))
        try manager.createSymbolicLink(atPath: campaign.appendingPathComponent("templates/fuite.xml").path,
                                       withDestinationPath: outside.appendingPathComponent("secret.txt").path)
        try manager.createSymbolicLink(atPath: campaign.appendingPathComponent("templates/logo.svg").path,
                                       withDestinationPath: "../logo.svg")
    }

    @Test("a path inside the campaign resolves, symlinks followed", arguments: [
        "logo.svg", "./logo.svg", "templates/../logo.svg", "templates/logo.svg", "nouveau.pdf",
    ])
    func inside(written: String) throws {
        let roots = AllowedRoots([campaign])
        let url = try roots.resolve(written, relativeTo: campaign)
        #expect(roots.contains(url))
        #expect(url.path.hasPrefix(roots.roots[0]))
    }

    @Test("a path leading out is refused with the path as written", arguments: [
        "../ailleurs/secret.txt", "templates/fuite.xml", "/etc/passwd", "../../../../etc/shadow", "..",
    ])
    func outsideRefused(written: String) {
        let roots = AllowedRoots([campaign])
        #expect(throws: roots.refusal(written)) { try roots.resolve(written, relativeTo: campaign) }
    }

    @Test("a second root admits its own files")
    func secondRoot() throws {
        let roots = AllowedRoots([campaign, outside])
        let url = try roots.resolve("../ailleurs/secret.txt", relativeTo: campaign)
        #expect(url.lastPathComponent == "secret.txt")
    }

    @Test("a folder whose name only starts like a root's is outside it")
    func prefixIsNotInside() throws {
        let sibling = campaign.deletingLastPathComponent().appendingPathComponent("campagne-bis")
        try FileManager.default.createDirectory(at: sibling, withIntermediateDirectories: true)
        let roots = AllowedRoots([campaign])
        #expect(throws: OutsideRoots.self) { try roots.resolve("../campagne-bis/x.yaml", relativeTo: campaign) }
    }

    @Test("the message names the written path, the user's folder as its creator names it, and what may be read")
    func message() {
        #expect(AllowedRoots([campaign]).refusal("../x").description
                == "le chemin « ../x » sort du dossier des données : seuls ses fichiers, les modèles et les polices fournis avec ldm peuvent être lus")
        #expect(AllowedRoots([campaign], inputFolder: "du dossier de la campagne").refusal("../x").description
                == "le chemin « ../x » sort du dossier de la campagne : seuls ses fichiers, les modèles et les polices fournis avec ldm peuvent être lus")
    }
}
