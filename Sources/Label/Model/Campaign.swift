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
    /// The key and certificates that sign décisions and certificates when the command line names none.
    public var signing: SigningFiles?
}

/// Files that hold a signing identity, inside the campaign folder: a PEM key with its PEM chain, or a
/// PKCS#12 file (its passphrase is never in the data).
public enum SigningFiles: Sendable, Hashable {
    case pem(key: URL, chain: URL)
    case pkcs12(URL)
}

public struct SchoolYear: Sendable, Hashable, CustomStringConvertible {
    public var firstYear: Int
    public init(firstYear: Int) { self.firstYear = firstYear }
    /// « 2026-2027 »
    public var description: String { FrenchFormat.schoolYear(firstYear) }
}

/// Who signs decisions and certificates: the authority that decides (the recteur), or a delegate
/// signing for it.
public struct Signatory: Sendable, Hashable {
    public var person: Person
    /// The signatory's own title: the recteur's, or with `delegation` the delegate's.
    public var titre: String
    public var delegation: Bool
    /// With `delegation`, the authority that delegates and decides (« le recteur de la région académique … »).
    public var autorite: String?
    /// With `delegation`, the act that delegates the signature, named as a visa.
    public var arrete: DelegationAct?

    /// « Pour le recteur de la région académique et par délégation, » or nil without delegation.
    public var delegationLine: String? {
        guard delegation, let autorite else { return nil }
        return FrenchFormat.delegationLine(authority: autorite)
    }

    /// The authority that decides, as the act's preamble names it: the delegating authority, or the
    /// signatory's own title (in the feminine for Mme).
    public var decidingAuthority: String {
        if delegation, let autorite { return FrenchFormat.capitalisingFirst(autorite) }
        return FrenchFormat.title(titre, for: person.civilite)
    }
}

/// « l'arrêté n° 2026-045 du 5 janvier 2026 portant délégation de signature ».
public struct DelegationAct: Sendable, Hashable {
    public var numero: String
    public var date: LocalDate
}

public struct RegionalGroup: Sendable, Hashable {
    public var nom: String
    public var president: Person
}
