import Foundation
import Native

extension CampaignLoader {
    /// A built-in criteria set by name (`national-2023`), with the diagnostics of reading it (an
    /// unknown name gets the nearest known one as a suggestion, at `location`).
    public static func builtInCriteria(_ name: String, reportedAt location: SourceLocation,
                                       resources: URL? = nil) -> (set: CriteriaSet?, diagnostics: [Diagnostic]) {
        let log = DiagnosticLog()
        let templates = resources ?? (try? ProjectResources.folder("templates"))
        let loader = CriteriaSetLoader(builtInFolder: templates?.appendingPathComponent("criteres"), log: log,
                                       display: { $0.path })
        guard !CriteriaSetLoader.isPath(name) else {
            log.error(location, "« \(name) » n'est pas un référentiel fourni avec ldm",
                      .note("référentiels fournis : \(loader.builtInNames.joined(separator: ", "))"))
            return (nil, log.diagnostics)
        }
        let set = loader.load(name, at: location, relativeTo: URL(fileURLWithPath: "/"))
        return (set, log.diagnostics)
    }
}
