/// A part of a dossier file that only some documents read. A batch reads a section only when a
/// template it renders may read a variable made from it (or the document's availability depends on
/// it): a certificate needs the school, the label and the decision, not twenty pages of criteria.
/// A section left unread is neither converted from YAML nor decoded nor checked; `ldm check` and
/// every command but `ldm batch` read them all.
public enum DossierSection: String, CaseIterable, Sendable {
    case formations, partenariats, criteres, evaluation
    case servicesEntreprises = "services_entreprises"
    case planActions = "plan_actions"

    /// The dossier's key: the top-level key of the file.
    public var key: String { rawValue }

    /// The template variables `TemplateContext.dossier` makes from the section.
    var variables: Set<String> {
        switch self {
        case .formations: return ["formations", "totaux", "niveaux", "voies", "echelles", "publics"]
        case .partenariats: return ["partenariats"]
        case .servicesEntreprises: return ["services_entreprises"]
        case .criteres: return ["criteres"]
        case .planActions: return ["plan_actions"]
        // Each criterion's `criteres[].evaluation` is the appraisal of the evaluation's section.
        case .evaluation: return ["evaluation", "criteres"]
        }
    }

    /// What documents of `kind` read, when their templates may read `variables` (nil: not known, all).
    public static func read(by kind: DocumentKind, variables: Set<String>?) -> Set<DossierSection> {
        guard let variables else { return Set(allCases) }
        var sections = Set(allCases.filter { !$0.variables.isDisjoint(with: variables) })
        // A report is made once the dossier is evaluated.
        if kind == .rapport { sections.insert(.evaluation) }
        return sections
    }
}
