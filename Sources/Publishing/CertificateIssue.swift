import Foundation
import Label

/// What a batch tells the registry of one certificate it wrote: what the certificate prints, and the
/// SHA-256 of its file. Publishing knows no registry; `ldm batch` hands these to one.
public struct CertificateIssue: Sendable, Hashable {
    public var number: String
    public var code: String
    public var uai: String
    public var school: String
    public var town: String
    public var label: String
    /// « YYYY-MM-DD ».
    public var validFrom: String
    public var validUntil: String
    public var decisionNumber: String
    public var decisionDate: String
    public var campaign: String
    public var sha256: String
    public var issuedAt: Date

    init(identity: CertificateIdentity, dossier: Dossier, campaign: Campaign, sha256: String, issuedAt: Date = Date()) {
        number = identity.number
        code = identity.code
        uai = dossier.etablissement.uai.code
        school = dossier.etablissement.nom
        town = dossier.etablissement.adresse.commune
        label = dossier.label.intitule
        validFrom = dossier.decision?.debut?.description ?? ""
        validUntil = dossier.decision?.fin?.description ?? ""
        decisionNumber = dossier.decision?.numero ?? ""
        decisionDate = dossier.decision?.date.description ?? ""
        self.campaign = campaign.campagne.description
        self.sha256 = sha256
        self.issuedAt = issuedAt
    }
}
