import Foundation
import Native

/// A certificate's number and its verification code: a short digest of the certificate's canonical
/// content, printed under a QR code that leads to the campaign's verification page.
public struct CertificateIdentity: Sendable, Hashable {
    /// « CLM-2026-0060034E »: campaign year and UAI, unique within an académie's campaigns.
    public var number: String
    /// Ten letters and digits of Crockford's base 32 (no I, L, O, U), grouped « 7K2M-Q9XD-3F ».
    public var code: String
    /// What the QR code encodes: the verification URL with the code, or the number and code.
    public var qrText: String

    public init(dossier: Dossier, campaign: Campaign) throws {
        guard let decision = dossier.decision, decision.issue.grantsLabel, let start = decision.debut, let end = decision.fin else {
            throw NoCertificate(message: "\(dossier.file.path) : pas de certificat : la décision n'attribue pas le label")
        }
        let uai = dossier.etablissement.uai.code
        number = "CLM-\(campaign.campagne.firstYear)-\(uai)"
        // The fields a reader can check on the printed certificate, one per line, in a fixed order.
        let canonical = [number, uai, dossier.etablissement.nom, dossier.label.intitule, start.description, end.description,
                         decision.numero, decision.date.description, campaign.academie].joined(separator: "\n")
        let digest = SHA256.hash(canonical.utf8)
        let alphabet = Array("0123456789ABCDEFGHJKMNPQRSTVWXYZ")
        var bits = 0, value = 0
        var characters: [Character] = []
        for byte in digest where characters.count < 10 {
            value = (value << 8) | Int(byte)
            bits += 8
            while bits >= 5, characters.count < 10 {
                bits -= 5
                characters.append(alphabet[(value >> bits) & 31])
            }
        }
        let text = String(characters)
        code = "\(text.prefix(4))-\(text.dropFirst(4).prefix(4))-\(text.suffix(2))"
        if let pattern = campaign.verification {
            qrText = pattern.replacingOccurrences(of: "{code}", with: code)
        } else {
            qrText = "\(number) \(code)"
        }
    }
}

/// A certificate asked for a dossier whose decision does not grant the label.
public struct NoCertificate: Error, CustomStringConvertible, Sendable, Equatable {
    public var message: String
    public var description: String { message }
}
