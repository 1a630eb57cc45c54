/// The recteur's decision on the application.
public struct Decision: Sendable, Hashable {
    public var numero: String
    public var date: LocalDate
    public var issue: DecisionOutcome
    /// Start of validity; absent for a refusal.
    public var debut: LocalDate?
    public var dureeAns: Int
    public var avisCaen: LocalDate?
    /// This decision's own signatory (an interim), in place of the campaign's for it and its certificate.
    public var signataire: Signatory?
    public var location: SourceLocation

    /// Last day of validity: `dureeAns` years after `debut`, the day before. Nil for a refusal.
    public var fin: LocalDate? {
        guard issue.grantsLabel, let debut else { return nil }
        return debut.endOfPeriod(years: dureeAns)
    }
}

public enum DecisionOutcome: String, Sendable, Hashable, CaseIterable {
    case attribution, renouvellement, renouvellementAvecModification = "renouvellement_avec_modification", refus

    /// Whether a certificate exists for this outcome.
    public var grantsLabel: Bool { self != .refus }

    /// The heading of the national list: « Nouvellement labellisé », « Renouvellement », …
    public var libelle: String {
        switch self {
        case .attribution: return "Nouvellement labellisé"
        case .renouvellement: return "Renouvellement"
        case .renouvellementAvecModification: return "Renouvellement avec modification"
        case .refus: return "Refus"
        }
    }
}
