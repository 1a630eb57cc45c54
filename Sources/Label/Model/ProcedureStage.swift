/// How far a school's file has gone in the procedure, as `ldm status` shows it.
public enum ProcedureStage: String, Sendable, CaseIterable {
    case deposited = "dossier déposé"
    case evaluated = "évalué"
    case decided = "décidé"
    case refused = "refusé"

    /// « 2 dossiers déposés », « 3 décidés ».
    public func counted(_ count: Int) -> String {
        guard count > 1 else { return "\(count) \(rawValue)" }
        return "\(count) " + (self == .deposited ? "dossiers déposés" : rawValue + "s")
    }

    /// What the file needs for its next document, or nil when every document can be made.
    public var missing: String? {
        switch self {
        case .deposited: return "« evaluation » (rapport d'évaluation)"
        case .evaluated: return "« decision » (décision, certificat)"
        case .decided, .refused: return nil
        }
    }
}

extension Dossier {
    public var stage: ProcedureStage {
        if let decision { return decision.issue == .refus ? .refused : .decided }
        return evaluation == nil ? .deposited : .evaluated
    }
}
