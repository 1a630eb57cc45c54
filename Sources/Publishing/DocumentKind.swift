import Label

/// The documents of a school's file, in the order they come in the procedure.
public enum DocumentKind: String, Sendable, CaseIterable, Comparable {
    case dossier, rapport, decision, certificat

    /// The template's file name: under `templates/national/`, or in the campaign's `templates/`
    /// folder, where an académie's file of the same name takes the national one's place.
    var templateName: String { "\(rawValue).xml" }

    /// Documents that run to many pages (a dossier, a report): their layout may take several threads.
    var mayBeLong: Bool { self == .dossier || self == .rapport }

    /// Whether the data allow this document: a dossier always; a report once evaluated; a decision
    /// once decided; a certificate once a decision grants the label.
    public func isAvailable(for dossier: Dossier) -> Bool {
        switch self {
        case .dossier: return true
        case .rapport: return dossier.evaluation != nil
        case .decision: return dossier.decision != nil
        case .certificat: return dossier.decision?.issue.grantsLabel == true
        }
    }

    /// Why the document cannot be made, naming the data file and what it lacks.
    func unavailableReason(for dossier: Dossier) -> String {
        let file = dossier.file.path
        switch self {
        case .dossier: return "\(file): the dossier is always available"
        case .rapport: return "\(file): no evaluation report: the file has no `evaluation` section yet"
        case .decision: return "\(file): no decision: the file has no `decision` section yet"
        case .certificat:
            if dossier.decision?.issue == .refus { return "\(file): no certificate: the decision (`issue: refus`) refuses the label" }
            return "\(file): no certificate: the file has no `decision` section yet"
        }
    }

    public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
