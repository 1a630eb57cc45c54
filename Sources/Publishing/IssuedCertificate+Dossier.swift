import Foundation
import Label
import Registry

extension IssuedCertificate {
    /// What a batch tells the registry of one certificate it wrote: what the certificate prints, and
    /// the SHA-256 of its file. The batch records nothing itself; `ldm batch` hands these to the registry.
    init(identity: CertificateIdentity, dossier: Dossier, campaign: Campaign, sha256: String, issuedAt: Date = Date()) {
        self.init(number: identity.number, code: identity.code, uai: dossier.etablissement.uai.code,
                  school: dossier.etablissement.nom, town: dossier.etablissement.adresse.commune,
                  label: dossier.label.intitule,
                  validFrom: dossier.decision?.debut?.description ?? "", validUntil: dossier.decision?.fin?.description ?? "",
                  decisionNumber: dossier.decision?.numero ?? "", decisionDate: dossier.decision?.date.description ?? "",
                  campaign: campaign.campagne.description, sha256: sha256, issuedAt: issuedAt)
    }
}
