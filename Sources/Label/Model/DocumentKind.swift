/// The documents of a school's file, in the order they come in the procedure.
public enum DocumentKind: String, Sendable, CaseIterable, Comparable {
    case dossier, rapport, decision, certificat

    /// The template's file name: under `templates/national/`, or in the campaign's `templates/`
    /// folder, where an académie's file of the same name takes the national one's place.
    public var templateName: String { "\(rawValue).xml" }

    /// The acts that carry a signature when a signing key is given: décisions and certificates.
    public var isSigned: Bool { self == .decision || self == .certificat }

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
    public func unavailableReason(for dossier: Dossier) -> String {
        let file = dossier.file.path
        switch self {
        case .dossier: return "\(file) : le dossier est toujours disponible"
        case .rapport: return "\(file) : pas de rapport d'évaluation : le fichier n'a pas encore de section « evaluation »"
        case .decision: return "\(file) : pas de décision : le fichier n'a pas encore de section « decision »"
        case .certificat:
            if dossier.decision?.issue == .refus { return "\(file) : pas de certificat : la décision (« issue: refus ») refuse le label" }
            return "\(file) : pas de certificat : le fichier n'a pas encore de section « decision »"
        }
    }

    public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
