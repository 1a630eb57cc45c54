import Foundation

/// One school's file, `dossiers/UAI.yaml`: its application, then the evaluation, then the decision.
public struct Dossier: Sendable {
    public var file: URL
    /// Where the file starts, for diagnostics about the dossier as a whole.
    public var location: SourceLocation
    public var type: DossierType
    public var etablissement: School
    public var label: LabelRequest
    public var formations: [Formation]
    public var partenariats: [Partnership]
    public var servicesEntreprises: [BusinessService]
    /// The criteria set the dossier answers: the campaign's, or the dossier's own `referentiel`.
    public var referentiel: CriteriaSet?
    /// One answer per criterion of the campaign's set, in the set's order.
    public var criteres: [CriterionAnswer]
    public var planActions: [PlannedAction]
    public var conseilAdministration: BoardDeliberation
    public var signature: PlaceAndDate
    public var evaluation: Evaluation?
    public var decision: Decision?
}

public enum DossierType: String, Sendable, Hashable, CaseIterable {
    case candidature, renouvellement
}

public struct School: Sendable, Hashable {
    public var uai: UAI
    public var nom: String
    public var nature: SchoolNature
    public var statut: SchoolStatus
    public var adresse: Address
    public var chefEtablissement: Person
    public var ddfpt: Person?
    public var referent: Person?
}

public enum SchoolNature: String, Sendable, Hashable, CaseIterable {
    case lp = "LP", lpo = "LPO", erea = "EREA", lea = "LEA"
}

public enum SchoolStatus: String, Sendable, Hashable, CaseIterable {
    case publicSchool = "public"
    case priveSousContrat = "prive_sous_contrat"
}

public struct Address: Sendable, Hashable {
    public var voie: String
    public var codePostal: String
    public var commune: String
}

/// The wording asked for, and for a renewal the label held until now.
public struct LabelRequest: Sendable, Hashable {
    public var intitule: String
    /// CommonMark text.
    public var ensembleDeMetiers: String
    public var precedent: PreviousLabel?
}

public struct PreviousLabel: Sendable, Hashable {
    public var intitule: String
    public var dateDecision: LocalDate
    public var dateFin: LocalDate
}

public struct Partnership: Sendable, Hashable {
    public var nom: String
    public var type: PartnerKind
    /// CommonMark text.
    public var objet: String
    public var convention: LocalDate?
}

public enum PartnerKind: String, Sendable, Hashable, CaseIterable {
    case entreprise, brancheProfessionnelle = "branche_professionnelle", collectivite, college, cfa
    case enseignementSuperieur = "enseignement_superieur", association
    case etablissementEtranger = "etablissement_etranger", autre
}

public struct BusinessService: Sendable, Hashable {
    public var intitule: String
    /// CommonMark text.
    public var description: String
}

public struct PlannedAction: Sendable, Hashable {
    public var action: String
    public var echeance: LocalDate
    public var indicateur: String?
    public var responsable: String?
}

public struct BoardDeliberation: Sendable, Hashable {
    public var date: LocalDate
    public var deliberation: String
    public var votes: Votes
}

public struct Votes: Sendable, Hashable {
    public var pour: Int
    public var contre: Int
    public var abstention: Int
}

public struct PlaceAndDate: Sendable, Hashable {
    public var lieu: String
    public var date: LocalDate
}
