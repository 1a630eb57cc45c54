import Foundation

/// One certificate issued: what the printed certificate says and the SHA-256 of the PDF that was
/// issued, as a batch reports it, and, as the registry keeps it, what happened to it since
/// (superseded by a renewal, revoked).
public struct IssuedCertificate: Sendable, Hashable, Codable {
    /// « CLM-2026-0060034E ».
    public var number: String
    /// The verification code, grouped « 7K2M-Q9XD-3F ».
    public var code: String
    public var uai: String
    public var school: String
    public var town: String
    /// The label's wording as the certificate prints it.
    public var label: String
    /// First and last day of validity, « YYYY-MM-DD ».
    public var validFrom: String
    public var validUntil: String
    public var decisionNumber: String
    /// « YYYY-MM-DD ».
    public var decisionDate: String
    /// « 2026-2027 ».
    public var campaign: String
    /// Of the certificate's PDF file, lowercase hexadecimal.
    public var sha256: String
    public var issuedAt: Date
    /// The code of the certificate that replaced this one (a renewal of the same school).
    public var supersededBy: String?
    public var revokedAt: Date?
    public var revocationReason: String?

    public init(number: String, code: String, uai: String, school: String, town: String, label: String,
                validFrom: String, validUntil: String, decisionNumber: String, decisionDate: String,
                campaign: String, sha256: String, issuedAt: Date,
                supersededBy: String? = nil, revokedAt: Date? = nil, revocationReason: String? = nil) {
        self.number = number; self.code = code; self.uai = uai; self.school = school; self.town = town
        self.label = label; self.validFrom = validFrom; self.validUntil = validUntil
        self.decisionNumber = decisionNumber; self.decisionDate = decisionDate; self.campaign = campaign
        self.sha256 = sha256; self.issuedAt = issuedAt
        self.supersededBy = supersededBy; self.revokedAt = revokedAt; self.revocationReason = revocationReason
    }

    /// What a reader of the certificate is told about it on `day` (« YYYY-MM-DD »): a revocation
    /// outweighs a renewal, which outweighs the end of validity.
    public func status(on day: String) -> CertificateStatus {
        if revokedAt != nil { return .revoked }
        if supersededBy != nil { return .superseded }
        if day > validUntil { return .expired }
        if day < validFrom { return .notYetValid }
        return .valid
    }
}

public enum CertificateStatus: String, Sendable, Hashable, CaseIterable {
    case valid, notYetValid, expired, superseded, revoked

    /// As the page and the listing say it.
    public var french: String {
        switch self {
        case .valid: "valide"
        case .notYetValid: "pas encore en vigueur"
        case .expired: "expiré"
        case .superseded: "remplacé"
        case .revoked: "révoqué"
        }
    }
}

/// Today in France, « YYYY-MM-DD »: validity dates are French calendar days.
public func frenchToday(_ now: Date = Date()) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Paris") ?? TimeZone(secondsFromGMT: 3600)!
    let parts = calendar.dateComponents([.year, .month, .day], from: now)
    return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
}

/// « 2031-08-31 » as French writes it in figures, « 31/08/2031 ».
public func frenchFigures(_ isoDay: String) -> String {
    let parts = isoDay.split(separator: "-")
    guard parts.count == 3 else { return isoDay }
    return "\(parts[2])/\(parts[1])/\(parts[0])"
}
