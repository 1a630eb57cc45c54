import Foundation
@testable import Label

/// A throw-away campaign folder built from the fixtures, with one dossier whose text a test changes.
enum TestCampaign {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let templates = repository.appendingPathComponent("templates")

    static var baseDossier: String {
        try! String(contentsOf: fixtures.appendingPathComponent("campaign/dossier.yaml"), encoding: .utf8)
    }

    /// A fresh folder holding the fixture campaign and, under `dossiers/`, `name` with `contents`.
    static func folder(dossier contents: Data, name: String = "0060034E.yaml", campaign: String? = nil) -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-label-\(UUID().uuidString)")
        let dossiers = folder.appendingPathComponent("dossiers")
        try! FileManager.default.createDirectory(at: dossiers, withIntermediateDirectories: true)
        for file in ["campagne.yaml", "criteres.yaml"] {
            try! FileManager.default.copyItem(at: fixtures.appendingPathComponent("campaign/\(file)"),
                                              to: folder.appendingPathComponent(file))
        }
        if let campaign {
            try! campaign.write(to: folder.appendingPathComponent("campagne.yaml"), atomically: true, encoding: .utf8)
        }
        try! contents.write(to: dossiers.appendingPathComponent(name))
        return folder
    }

    /// The diagnostics of the fixture campaign with this dossier text.
    static func diagnostics(_ dossier: String, name: String = "0060034E.yaml", campaign: String? = nil) -> [Diagnostic] {
        let folder = folder(dossier: Data(dossier.utf8), name: name, campaign: campaign)
        defer { try? FileManager.default.removeItem(at: folder) }
        return CampaignLoader.load(folder: folder, resources: templates).diagnostics
    }

    /// The base dossier with one text replaced (the replacement keeps the line count unless said).
    static func diagnostics(replacing old: String, with new: String, name: String = "0060034E.yaml") -> [Diagnostic] {
        precondition(baseDossier.contains(old), "the base dossier has no \(old)")
        return diagnostics(baseDossier.replacingOccurrences(of: old, with: new), name: name)
    }
}

extension Diagnostic {
    /// `line:col: severity: message` plus notes, without the temporary folder's path.
    var brief: String {
        let head = "\(location.line):\(location.column): \(severity.label) : \(message)"
        return ([head] + notes.map { "  \($0)" }).joined(separator: "\n")
    }
}
