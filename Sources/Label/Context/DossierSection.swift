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

    /// What documents of `kind` read, when their templates may read `variables` (nil: not known, all).
    public static func read(by kind: DocumentKind, variables: Set<String>?) -> Set<DossierSection> {
        guard let variables else { return Set(allCases) }
        // Each top-level key of the dossier's view names the sections its value is made from.
        var sections = Set(DossierView.dossier.keys.filter { variables.contains($0.name) }.flatMap(\.sections))
        // A report is made once the dossier is evaluated.
        if kind == .rapport { sections.insert(.evaluation) }
        return sections
    }
}
