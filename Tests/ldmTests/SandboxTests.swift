import Foundation
import Native
import Testing

/// A campaign folder is untrusted input: what it names outside itself is refused, outputs never land
/// on inputs, images and links are bounded, the output folder stays coherent.
@Suite("A campaign folder is a sandbox", .serialized)
struct SandboxTests {
    let campaign: URL

    init() throws { campaign = try LDMBinary.copyOfExample() }

    func edit(_ relative: String, _ change: (String) -> String) throws {
        let file = campaign.appendingPathComponent(relative)
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    /// Every file of the campaign with its content, to show that nothing was written or changed.
    func snapshot(_ folder: URL? = nil) throws -> [String: Data] {
        let root = folder ?? campaign.deletingLastPathComponent()
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(atPath: root.path)
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = root.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                files[path] = try Data(contentsOf: url)
            }
        }
        return files
    }

    // MARK: Item 1: confinement

    @Test("a referentiel outside the campaign is refused at its position, and the file's lines are never quoted")
    func referentielOutside() throws {
        try edit("campagne.yaml") { $0.replacingOccurrences(of: "referentiel: national-2023", with: "referentiel: \"../../etc/shadow\"") }
        let before = try snapshot()
        let run = try LDMBinary.run(["check", "campagne-2026"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("campagne-2026/campagne.yaml:8:14: "))
        #expect(run.stderr.contains("le chemin « ../../etc/shadow » sort du dossier de la campagne"))
        #expect(!run.stderr.contains("root:"))
        #expect(try snapshot() == before)
    }

    @Test("a criteria file that is a symlink leading out is refused", arguments: ["/etc/passwd"])
    func criteriaSymlink(target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: campaign.appendingPathComponent("criteres.yaml").path,
                                                   withDestinationPath: target)
        try edit("campagne.yaml") { $0.replacingOccurrences(of: "referentiel: national-2023", with: "referentiel: criteres.yaml") }
        let run = try LDMBinary.run(["check", "campagne-2026"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("campagne-2026/campagne.yaml:8:14: "))
        #expect(run.stderr.contains("le chemin « criteres.yaml » sort du dossier de la campagne"))
        #expect(!run.stderr.contains("root:"))
    }

    @Test("a logo outside the campaign is refused at the line of `logo`")
    func logoOutside() throws {
        try edit("campagne.yaml") { $0.replacingOccurrences(of: "logo: \"logo.svg\"", with: "logo: \"/usr/share/pixmaps/x.png\"") }
        let run = try LDMBinary.run(["check", "campagne-2026"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("campagne-2026/campagne.yaml:25:7: "))
        #expect(run.stderr.contains("le chemin « /usr/share/pixmaps/x.png » sort du dossier de la campagne"))
    }

    @Test("an image of a template outside the allowed roots is an error at its src, and no document is written")
    func templateImageOutside() throws {
        try edit("templates/certificat.xml") {
            $0.replacingOccurrences(of: "<image src=\"{{ campagne.logo }}\"", with: "<image src=\"/usr/share/fonts/../../../etc/hostname\"")
        }
        let output = campaign.deletingLastPathComponent().appendingPathComponent("sortie.pdf")
        let run = try LDMBinary.run(["render", "certificat", "campagne-2026/dossiers/0060034E.yaml", "-o", output.path],
                                    in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("templates/certificat.xml:6:"), "\(run.stderr)")
        #expect(run.stderr.contains("le chemin « /usr/share/fonts/../../../etc/hostname » sort du dossier de la campagne"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    /// A campaign file replaced by a symlink to a file outside holding a secret line.
    struct OutsideLink: Sendable, CustomTestStringConvertible {
        /// The campaign's file made a link, relative to the campaign folder.
        var file: String
        /// How the copy outside differs: the secret put in.
        var secretLine: (original: String, secret: String)
        /// The error every command reports, as printed (file:line:col).
        var error: String
        /// Whether the whole campaign fails (else only the school of 0061987C.yaml).
        var campaignWide: Bool
        var testDescription: String { file }
    }

    static let outsideLinks: [OutsideLink] = [
        OutsideLink(file: "dossiers/0061987C.yaml",
                    secretLine: ("Lycée polyvalent privé Saint-Exupéry-les-Oliviers", "SECRET-42"),
                    error: "campagne-2026/dossiers/0061987C.yaml:1:1: erreur : ce fichier est un lien symbolique qui mène hors du dossier de la campagne : ldm ne le lit pas",
                    campaignWide: false),
        OutsideLink(file: "campagne.yaml", secretLine: ("lieu: \"Nice\"", "lieu: \"SECRET-42\""),
                    error: "campagne-2026/campagne.yaml:1:1: erreur : ce fichier est un lien symbolique qui mène hors du dossier de la campagne : ldm ne le lit pas",
                    campaignWide: true),
        OutsideLink(file: "criteres-nice-2026.yaml",
                    secretLine: ("Développement durable et transition écologique des plateaux techniques", "SECRET-42"),
                    error: "campagne-2026/dossiers/0061987C.yaml:2:14: erreur : le chemin « criteres-nice-2026.yaml » sort du dossier de la campagne",
                    campaignWide: false),
        OutsideLink(file: "logo.svg", secretLine: ("<svg ", "<!-- SECRET-42 --><svg "),
                    error: "campagne-2026/campagne.yaml:25:7: erreur : le chemin « logo.svg » sort du dossier de la campagne",
                    campaignWide: true),
    ]

    @Test("a campaign file that is a symlink leading out is refused by check, render, batch and status; its content is never shown",
          arguments: outsideLinks)
    func symlinkLeadingOut(_ link: OutsideLink) throws {
        let secretFolder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-secret-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: secretFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: secretFolder) }
        let original = campaign.appendingPathComponent(link.file)
        let text = try String(contentsOf: original, encoding: .utf8)
        #expect(text.contains(link.secretLine.original))
        let secret = secretFolder.appendingPathComponent(original.lastPathComponent)
        try text.replacingOccurrences(of: link.secretLine.original, with: link.secretLine.secret)
            .write(to: secret, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: original)
        try FileManager.default.createSymbolicLink(atPath: original.path, withDestinationPath: secret.path)
        let top = campaign.deletingLastPathComponent()
        let before = try snapshot()

        let commands: [(arguments: [String], reportsError: Bool)] = [
            (["check", "campagne-2026"], true),
            (["render", "dossier", "campagne-2026/dossiers/0061987C.yaml", "-o", "sortie.pdf"], true),
            (["status", "campagne-2026"], link.campaignWide),
        ]
        for (arguments, reportsError) in commands {
            let run = try LDMBinary.run(arguments, in: top)
            #expect(run.status == 1, "\(arguments): \(run.stderr)")
            #expect(!reportsError || run.stderr.contains(link.error), "\(arguments): \(run.stderr)")
            #expect(!(run.stdout + run.stderr).contains("SECRET-42"), "\(arguments)")
            #expect(try snapshot() == before, "\(arguments)")
        }
        let status = try LDMBinary.run(["status", "campagne-2026"], in: top)
        #expect(link.campaignWide || status.stdout.contains("0061987C  —"), "\(status.stdout)")

        let batch = try batch()
        #expect(batch.status == 1)
        #expect(batch.stderr.contains(link.error), "\(batch.stderr)")
        #expect(!(batch.stdout + batch.stderr).contains("SECRET-42"))
        let written = try documentsOnDisk()
        #expect(link.campaignWide ? written.isEmpty : !written.isEmpty && !written.contains { $0.hasPrefix("0061987C/") }, "\(written)")
        for document in written {
            #expect(try !tool("pdftotext", [output.appendingPathComponent(document).path, "-"]).contains("SECRET-42"))
        }
    }

    // MARK: Item 2: outputs never touch inputs

    @Test("-o onto a campaign file, a template or a font is refused with exit 2 and nothing changes", arguments: [
        "campagne-2026/campagne.yaml", "campagne-2026/dossiers/0060034E.yaml", "campagne-2026/logo.svg",
        "campagne-2026/templates/certificat.xml",
    ])
    func outputOntoInput(target: String) throws {
        let before = try snapshot()
        let run = try LDMBinary.run(["render", "certificat", "campagne-2026/dossiers/0060034E.yaml", "-o", target],
                                    in: campaign.deletingLastPathComponent())
        #expect(run.status == 2)
        #expect(run.stderr == "erreur : « \(target) » est un fichier de la campagne : ldm n’écrit jamais sur ses données ; "
                + "choisissez un autre fichier de sortie avec -o\n")
        #expect(try snapshot() == before)
    }

    @Test("-o onto a shipped template or font file is refused")
    func outputOntoShipped() throws {
        let target = LDMBinary.root.appendingPathComponent("templates/national/certificat.xml").path
        let before = try Data(contentsOf: URL(fileURLWithPath: target))
        let run = try LDMBinary.run(["render", "certificat", "campagne-2026/dossiers/0060034E.yaml", "-o", target],
                                    in: campaign.deletingLastPathComponent())
        #expect(run.status == 2)
        #expect(run.stderr.contains("fait partie des modèles, des polices ou des exemples fournis avec ldm"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
        let font = try LDMBinary.run(["render", "certificat", "campagne-2026/dossiers/0060034E.yaml", "-o",
                                      "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"], in: campaign.deletingLastPathComponent())
        #expect(font.status == 2)
    }

    @Test("-o onto a folder or a device is refused", arguments: [("campagne-2026/dossiers", "est un dossier"),
                                                                 ("/dev/null", "n’est pas un fichier ordinaire")])
    func outputNotAFile(target: String, reason: String) throws {
        let run = try LDMBinary.run(["render", "certificat", "campagne-2026/dossiers/0060034E.yaml", "-o", target],
                                    in: campaign.deletingLastPathComponent())
        #expect(run.status == 2)
        #expect(run.stderr.contains("« \(target) » \(reason)"), "\(run.stderr)")
    }

    @Test("batch -o onto the campaign folder or onto a file is refused", arguments: [
        ("campagne-2026", "est le dossier de la campagne"), ("campagne-2026/campagne.yaml", "est un fichier, pas un dossier"),
    ])
    func batchOutputRefused(target: String, reason: String) throws {
        let before = try snapshot()
        let run = try LDMBinary.run(["batch", "campagne-2026", "-q", "-o", target], in: campaign.deletingLastPathComponent())
        #expect(run.status == 2)
        #expect(run.stderr.contains("erreur : « \(target) » \(reason)"), "\(run.stderr)")
        #expect(try snapshot() == before)
    }

    @Test("--dpi that is not a finite positive number is a usage error", arguments: ["nan", "inf", "--dpi=-3", "0", "1e9"])
    func badResolution(value: String) throws {
        let option = value.hasPrefix("--") ? [value] : ["--dpi", value]
        let run = try LDMBinary.run(["render", "dossier", "campagne-2026/dossiers/0060034E.yaml", "--format", "png", "-o", "x.png"]
                                    + option, in: campaign.deletingLastPathComponent())
        #expect(run.status == 2)
        #expect(run.stderr.contains("--dpi doit être une résolution entre 1 et 2400 points par pouce"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: campaign.deletingLastPathComponent().appendingPathComponent("x-1.png").path))
    }

    // MARK: Item 4: image limits

    @Test("an SVG logo over the size limit is an error at the line of `logo`, and nothing is written")
    func svgTooLarge() throws {
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\">"
        let rect = "<rect x=\"1\" y=\"1\" width=\"5\" height=\"5\" fill=\"#123456\"/>\n"
        svg += String(repeating: rect, count: (3 << 20) / rect.utf8.count) + "</svg>"
        try svg.write(to: campaign.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        let run = try LDMBinary.run(["batch", "campagne-2026", "-q", "-o", "sortie"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("campagne-2026/campagne.yaml:25:7: "))
        #expect(run.stderr.contains("l’image « logo.svg » pèse 3\u{A0}Mo : un fichier SVG est limité à 2\u{A0}Mo"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: campaign.deletingLastPathComponent().appendingPathComponent("sortie/manifest.json").path))
    }

    @Test("an SVG logo asking for too much drawing is refused before it is drawn, at the line of `logo`; batch writes nothing")
    func svgTooMuchDrawing() throws {
        let circle = "<circle cx=\"50\" cy=\"50\" r=\"40\" filter=\"url(#f)\"/>\n"
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"2000\" height=\"2000\"><filter id=\"f\">"
            + "<feGaussianBlur stdDeviation=\"30\"/></filter>" + String(repeating: circle, count: 500) + "</svg>"
        try svg.write(to: campaign.appendingPathComponent("logo.svg"), atomically: true, encoding: .utf8)
        for arguments in [["check", "campagne-2026"], ["batch", "campagne-2026", "-q", "-o", "sortie"]] {
            let run = try LDMBinary.run(arguments, in: campaign.deletingLastPathComponent())
            #expect(run.status == 1)
            #expect(run.stderr.contains("campagne-2026/campagne.yaml:25:7: erreur : le SVG « logo.svg » compte 500 éléments filtrés : la limite est de 100\n"),
                    "\(run.stderr)")
        }
        #expect(try documentsOnDisk().isEmpty)
    }

    @Test("a PNG whose header claims too many pixels is refused before it is decoded")
    func pngTooManyPixels() throws {
        // A valid signature and IHDR chunk claiming 30000 × 30000 pixels, and nothing else.
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
        png += [0, 0, 0x75, 0x30, 0, 0, 0x75, 0x30, 8, 2, 0, 0, 0, 0, 0, 0, 0]
        try Data(png).write(to: campaign.appendingPathComponent("logo.png"))
        try edit("campagne.yaml") { $0.replacingOccurrences(of: "logo: \"logo.svg\"", with: "logo: \"logo.png\"") }
        let run = try LDMBinary.run(["check", "campagne-2026"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("campagne-2026/campagne.yaml:25:7: "))
        #expect(run.stderr.contains("l’image « logo.png » fait 30\u{202F}000 × 30\u{202F}000 pixels : une image est limitée à 25\u{202F}000\u{202F}000 pixels"),
                "\(run.stderr)")
    }

    // MARK: Item 5: links

    @Test("a link of another scheme in a dossier's text is an error at the field", arguments: [
        "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x",
    ])
    func linkScheme(address: String) throws {
        try edit("dossiers/0060034E.yaml") {
            $0.replacingOccurrences(of: "      L'offre couvre trois niveaux", with: "      Voir [ici](\(address)). L'offre couvre trois niveaux")
        }
        let run = try LDMBinary.run(["check", "campagne-2026"], in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("campagne-2026/dossiers/0060034E.yaml:101:"), "\(run.stderr)")
        #expect(run.stderr.contains("le lien « \(address) » n’est pas une adresse https:, http: ou mailto:"))
    }

    // MARK: Item 7: a coherent output folder

    func batch(_ extra: [String] = []) throws -> Run {
        try LDMBinary.run(["batch", "campagne-2026", "-q", "-o", "sortie"] + extra, in: campaign.deletingLastPathComponent())
    }

    var output: URL { campaign.deletingLastPathComponent().appendingPathComponent("sortie") }

    /// The documents in the output folder, as manifest paths.
    func documentsOnDisk() throws -> Set<String> {
        Set(try snapshot(output).keys.filter { $0.hasSuffix(".pdf") })
    }

    func manifestPaths() throws -> Set<String> {
        let data = try Data(contentsOf: output.appendingPathComponent("manifest.json"))
        let json = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        return Set((json["files"] as! [[String: Any]]).map { $0["path"] as! String })
    }

    @Test("a second batch into a locked output folder is refused with exit 2")
    func lockedOutput() throws {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        let descriptor = open(output.appendingPathComponent(".ldm-batch.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        defer { close(descriptor) }
        let run = try batch()
        #expect(run.status == 2)
        #expect(run.stderr.contains("erreur : un autre « ldm batch » écrit déjà dans « sortie »"), "\(run.stderr)")
        #expect(try documentsOnDisk().isEmpty)
    }

    @Test("leftover temporary files are removed, a failing school loses its old files, the manifest lists exactly the files")
    func coherentFolder() throws {
        #expect(try batch().status == 0)
        let first = try documentsOnDisk()
        #expect(try manifestPaths() == first)
        let leftover = output.appendingPathComponent("0060034E/.dossier.pdf.\(UUID().uuidString).tmp")
        try Data("partiel".utf8).write(to: leftover)
        // The school's data now fail: its documents go.
        try edit("dossiers/0060034E.yaml") { $0.replacingOccurrences(of: "\nformations:", with: "\nformation:") }
        #expect(try batch().status == 1)
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        let second = try documentsOnDisk()
        #expect(!second.contains { $0.hasPrefix("0060034E/") })
        #expect(try manifestPaths() == second)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent(".manifest.json.precedent").path))
    }

    @Test("--only keeps the other entries of the manifest")
    func onlyKeepsOthers() throws {
        #expect(try batch().status == 0)
        let all = try manifestPaths()
        #expect(try batch(["--only", "certificat"]).status == 0)
        #expect(try manifestPaths() == all)
        #expect(try documentsOnDisk() == all)
    }

    @Test("--only without certificates keeps the certificates' entries, the merged file's and the summary's, with their digests")
    func onlyKeepsCertificates() throws {
        #expect(try batch().status == 0)
        let before = try manifest()
        #expect(try batch(["--only", "dossier"]).status == 0)
        let after = try manifest()
        #expect((after["certificats"] as! [[String: String]]) == (before["certificats"] as! [[String: String]]))
        #expect(!(after["certificats"] as! [[String: String]]).isEmpty)
        let files = { (manifest: [String: Any]) in
            Dictionary(uniqueKeysWithValues: (manifest["files"] as! [[String: Any]]).map { ($0["path"] as! String, $0["sha256"] as! String) })
        }
        #expect(files(after)["certificats.pdf"] == files(before)["certificats.pdf"])
        #expect(files(after)["synthese.pdf"] == files(before)["synthese.pdf"])
        #expect(files(after)["0060034E/certificat.pdf"] == files(before)["0060034E/certificat.pdf"])
        #expect(files(after).count == files(before).count)
    }

    func manifest() throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("manifest.json"))) as! [String: Any]
    }

    // MARK: Item 8: system errors

    @Test("an output folder under a file gets one French sentence naming the path")
    func outputUnderFile() throws {
        try Data("x".utf8).write(to: campaign.deletingLastPathComponent().appendingPathComponent("fichier"))
        let run = try LDMBinary.run(["render", "certificat", "campagne-2026/dossiers/0060034E.yaml", "-o", "fichier/x.pdf"],
                                    in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("impossible d’écrire « "))
        #expect(run.stderr.contains("fichier » est un fichier, pas un dossier"), "\(run.stderr)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
    }

    /// A small file system of our own (root only): full, or read-only.
    static let canMount: Bool = {
        let point = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-mount-probe-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        defer { _ = try? tool("umount", [point.path]) }
        return getuid() == 0 && mountTmpfs(at: point, options: "size=64k")
    }()

    static func mountTmpfs(at point: URL, options: String) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = ["-t", "tmpfs", "-o", options, "tmpfs", point.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    @Test("a full disk or a read-only folder gets one French sentence naming the path", .enabled(if: canMount),
          arguments: [("size=16k", "le disque est plein"), ("ro", "est en lecture seule")])
    func systemRefusal(options: String, reason: String) throws {
        let point = campaign.deletingLastPathComponent().appendingPathComponent("petit")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        #expect(Self.mountTmpfs(at: point, options: options))
        defer { _ = try? tool("umount", [point.path]) }
        let target = point.appendingPathComponent("dossier.pdf")
        let run = try LDMBinary.run(["render", "dossier", "campagne-2026/dossiers/0060034E.yaml", "-o", target.path],
                                    in: campaign.deletingLastPathComponent())
        #expect(run.status == 1)
        #expect(run.stderr.contains("impossible d’écrire « \(target.path) »"), "\(run.stderr)")
        #expect(run.stderr.contains(reason))
        #expect(!run.stderr.contains("NSCocoaErrorDomain"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: point.path)) ?? []).isEmpty)
    }
}
