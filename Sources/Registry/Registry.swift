import Foundation

/// The registry of issued certificates, on whichever database `backend` is.
public final class Registry: Sendable {
    let backend: any SQLBackend

    public init(backend: any SQLBackend) { self.backend = backend }

    /// Records `certificates` in one transaction. A certificate recorded again (the same code, a batch
    /// run again) keeps its history and gains its new file; the latest certificate of a school
    /// (latest validity, then latest issue) supersedes the others of that school.
    public func record(_ certificates: some RandomAccessCollection<IssuedCertificate> & Sendable) async throws {
        guard !certificates.isEmpty else { return }
        try await backend.run(RecordingStatements(certificates: certificates))
    }

    public func certificate(code: VerificationCode) async throws -> IssuedCertificate? {
        try await select("WHERE code = $1", [code.description]).first
    }

    /// The certificate one of whose issued files has this SHA-256.
    public func certificate(sha256: SHA256Digest) async throws -> IssuedCertificate? {
        try await select("WHERE code = (SELECT code FROM certificate_files WHERE sha256 = $1)", [sha256.description]).first
    }

    /// Every certificate, or a school's, by UAI then validity.
    public func certificates(uai: String? = nil) async throws -> [IssuedCertificate] {
        if let uai { return try await select("WHERE uai = $1 ORDER BY valid_from, code", [uai]) }
        return try await select("ORDER BY uai, valid_from, code", [])
    }

    /// Revokes a certificate; it stays in the registry, and its page says so with the reason.
    @discardableResult
    public func revoke(code: VerificationCode, reason: String, at date: Date = Date()) async throws -> IssuedCertificate {
        guard let found = try await certificate(code: code) else {
            throw RegistryError("aucun certificat de code \(code) dans le registre")
        }
        if let revokedAt = found.revokedAt {
            throw RegistryError("le certificat \(code) (\(found.number)) est déjà révoqué depuis le \(Self.timestamp(revokedAt))")
        }
        try await backend.run([SQLStatement(
            "UPDATE certificates SET revoked_at = $2, revocation_reason = $3 WHERE code = $1 AND revoked_at IS NULL",
            [code.description, Self.timestamp(date), reason])])
        guard let revoked = try await certificate(code: code) else { throw RegistryError("le certificat \(code) a disparu du registre") }
        return revoked
    }

    public func close() async { await backend.close() }

    private static let columns = """
        code, number, uai, school, town, label, valid_from, valid_until, decision_number, decision_date,
        campaign, sha256, issued_at, superseded_by, revoked_at, revocation_reason
        """

    private func select(_ clause: String, _ binds: [String?]) async throws -> [IssuedCertificate] {
        try await backend.rows(SQLStatement("SELECT \(Self.columns) FROM certificates \(clause)", binds)).map { row in
            guard row.count == 16, let issuedAt = row[12].flatMap(Self.date) else {
                throw RegistryError("une ligne du registre est illisible (code \(row.first.flatMap { $0 } ?? "?"))")
            }
            func text(_ index: Int) -> String { row[index] ?? "" }
            return IssuedCertificate(number: text(1), code: text(0), uai: text(2), school: text(3), town: text(4),
                                     label: text(5), validFrom: text(6), validUntil: text(7),
                                     decisionNumber: text(8), decisionDate: text(9), campaign: text(10),
                                     sha256: text(11), issuedAt: issuedAt, supersededBy: row[13],
                                     revokedAt: row[14].flatMap(Self.date), revocationReason: row[15])
        }
    }

    static func timestamp(_ date: Date) -> String { date.formatted(.iso8601) }
    static func date(_ text: String) -> Date? { try? Date(text, strategy: .iso8601) }
}
