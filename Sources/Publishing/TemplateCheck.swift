import Foundation
import Label
import Native
import Templates

/// `ldm check`'s look at a campaign's templates: every template its documents would use (the
/// académie's overrides and the national ones they include and extend), checked without data
/// against the template key catalogue and the registered filters, so that a mistake a batch would
/// meet for some school only is found once, before any school is rendered.
public enum TemplateCheck {
    /// The mistakes of the templates of `kinds` (and of the summary's when `summary`).
    public static func diagnostics(campaignFolder: URL, resources: URL? = nil,
                                   kinds: [DocumentKind] = DocumentKind.allCases, summary: Bool = true) -> [Diagnostic] {
        guard let resources = resources ?? (try? ProjectResources.root()) else { return [] }
        let engine = Publisher.templateEngine(campaignFolder: campaignFolder, resources: resources)
        let dossierKeys = TemplateKeys.kinds(TemplateKeys.dossier)
        let uses = kinds.map { ($0.templateName, dossierKeys) }
            + (summary ? [("synthese.xml", TemplateKeys.kinds(TemplateKeys.summary))] : [])
        let paths = TemplatePaths(resources: resources)
        var errors: [TemplateError] = []
        for (name, keys) in uses {
            for error in engine.check(templateNamed: name, keys: keys).map(paths.display) {
                // A mistake met from several templates (an include loop) is reported once, with the first chain.
                if !errors.contains(where: { $0.path == error.path && $0.line == error.line && $0.column == error.column
                                             && $0.message == error.message }) { errors.append(error) }
            }
        }
        return errors.map { Diagnostic(failure: $0) }
    }
}
