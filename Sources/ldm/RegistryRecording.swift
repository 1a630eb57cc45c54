import Foundation
import Publishing
import Registry

/// Where `ldm batch` records its certificates: `--registry`, or `registre.sqlite` in the output folder.
func batchRegistry(_ option: String?, output: URL) throws -> RegistryLocation {
    try RegistryLocation(option ?? output.appendingPathComponent("registre.sqlite").path)
}

/// Opened before the batch renders anything, so that an unreachable or foreign registry stops it
/// before a file is written.
func openBatchRegistry(_ location: RegistryLocation) throws -> Registry {
    try blocking { try await location.open(create: true) }
}

/// Records, in one transaction, the certificates the batch wrote, and says so.
func recordIssued(_ issued: [CertificateIssue], in registry: Registry, at location: RegistryLocation) throws {
    let certificates = issued.map {
        IssuedCertificate(number: $0.number, code: $0.code, uai: $0.uai, school: $0.school, town: $0.town,
                          label: $0.label, validFrom: $0.validFrom, validUntil: $0.validUntil,
                          decisionNumber: $0.decisionNumber, decisionDate: $0.decisionDate,
                          campaign: $0.campaign, sha256: $0.sha256, issuedAt: $0.issuedAt)
    }
    try blocking {
        do { try await registry.record(certificates) } catch { await registry.close(); throw error }
        await registry.close()
    }
    guard !issued.isEmpty else { return }
    Output.print(issued.count == 1 ? "1 certificat inscrit au registre \(location)" : "\(issued.count) certificats inscrits au registre \(location)")
}
