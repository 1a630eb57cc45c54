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

/// Records, in one transaction, the certificates the batch wrote; returns the sentence that says so.
func recordIssued(_ issued: IssuedCertificates, in registry: Registry, at location: RegistryLocation) throws -> String? {
    try blocking {
        do { try await registry.record(issued) } catch { await registry.close(); throw error }
        await registry.close()
    }
    guard !issued.isEmpty else { return nil }
    return issued.count == 1 ? "1 certificat inscrit au registre \(location)" : "\(issued.count) certificats inscrits au registre \(location)"
}
