/// The school's answer to one criterion of the set.
public struct CriterionAnswer: Sendable, Hashable {
    public var id: String
    /// The criterion's wording, from the campaign's set (empty when the set is unknown).
    public var intitule: String
    /// CommonMark text.
    public var etatDesLieux: String
    public var preuves: [String]
    public var indicateurs: [Indicator]
    public var autoEvaluation: Appreciation
    /// CommonMark text.
    public var axesDeProgres: String?
    public var location: SourceLocation
}

public struct Indicator: Sendable, Hashable {
    public var libelle: String
    public var valeur: String
    public var cible: String?
}

/// The scale of self-assessment and of the auditors' appreciation (a convention of this project).
public enum Appreciation: String, Sendable, Hashable, CaseIterable {
    case pointFort = "point_fort", satisfait, partiellementSatisfait = "partiellement_satisfait"
    case nonSatisfait = "non_satisfait"

    /// « Point fort », « Satisfait », « Partiellement satisfait », « Non satisfait »
    public var libelle: String {
        switch self {
        case .pointFort: return "Point fort"
        case .satisfait: return "Satisfait"
        case .partiellementSatisfait: return "Partiellement satisfait"
        case .nonSatisfait: return "Non satisfait"
        }
    }

    /// Partial or unmet criteria each get a « fiche d'écart » in the report.
    public var needsGapSheet: Bool { self == .partiellementSatisfait || self == .nonSatisfait }
}
