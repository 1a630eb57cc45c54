import Foundation

/// The settings of `campagne.yaml`, shared by every school of the campaign.
public struct Campaign: Sendable {
    public var file: SourceLocation
    public var folder: URL
    /// The school year's first year: 2026 for « 2026-2027 ».
    public var campagne: SchoolYear
    public var regionAcademique: String
    public var academie: String
    /// The `referentiel` as written, and the criteria set it resolves to.
    public var referentiel: String
    public var criteria: CriteriaSet
    public var lieu: String
    public var signataire: Signatory
    public var groupeRegional: RegionalGroup?
    /// Resolved against the campaign folder.
    public var logo: URL?
    /// A URL pattern with `{code}` for the certificates' QR code.
    public var verification: String?
}

public struct SchoolYear: Sendable, Hashable, CustomStringConvertible {
    public var firstYear: Int
    public init(firstYear: Int) { self.firstYear = firstYear }
    /// « 2026-2027 »
    public var description: String { FrenchFormat.schoolYear(firstYear) }
}

/// Who signs decisions and certificates.
public struct Signatory: Sendable, Hashable {
    public var person: Person
    public var titre: String
    public var delegation: Bool
    /// The authority that delegates, when `delegation` is true (default « le recteur de la région académique »).
    public var autorite: String?

    /// « Pour le recteur de la région académique et par délégation, » or nil without delegation.
    public var delegationLine: String? {
        guard delegation else { return nil }
        return FrenchFormat.delegationLine(authority: autorite ?? "le recteur de la région académique")
    }
}

public struct RegionalGroup: Sendable, Hashable {
    public var nom: String
    public var president: Person
}
