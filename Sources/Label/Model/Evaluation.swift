/// The groupe régional's audit, the matter of the evaluation report.
public struct Evaluation: Sendable, Hashable {
    public var auditeurs: [Person]
    public var dateVisite: LocalDate
    public var documentsExamines: [String]
    /// One appraisal per criterion of the campaign's set, in the set's order.
    public var criteres: [CriterionAppraisal]
    /// CommonMark text.
    public var synthese: String
    public var avis: Opinion
    public var date: LocalDate
    public var location: SourceLocation
}

public struct CriterionAppraisal: Sendable, Hashable {
    public var id: String
    public var intitule: String
    public var appreciation: Appreciation
    /// CommonMark text.
    public var constats: String
    /// CommonMark text.
    public var recommandations: String?
    public var echeance: LocalDate?
    public var location: SourceLocation
}

/// The group's overall opinion (a convention of this project).
public enum Opinion: String, Sendable, Hashable, CaseIterable {
    case favorable, favorableAvecReserves = "favorable_avec_reserves", ajournement, defavorable

    /// « Favorable », « Favorable avec réserves », « Ajournement », « Défavorable »
    public var libelle: String {
        switch self {
        case .favorable: return "Favorable"
        case .favorableAvecReserves: return "Favorable avec réserves"
        case .ajournement: return "Ajournement"
        case .defavorable: return "Défavorable"
        }
    }

    public var isFavorable: Bool { self == .favorable || self == .favorableAvecReserves }
}
