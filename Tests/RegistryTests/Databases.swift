import Foundation
import PostgresNIO
import Testing
@testable import Registry

/// The test server's URL, given by `make test` (Tests/with-postgresql.sh). A run outside make may
/// lack it: the PostgreSQL suites are then skipped, and say so.
enum TestPostgres {
    static let url = ProcessInfo.processInfo.environment["LDM_TEST_POSTGRES_URL"]
    static let skipReason: Comment = "LDM_TEST_POSTGRES_URL is not set: the registry is not tested on PostgreSQL (make test sets it)"

    /// A new, empty database on the test server, so that tests do not see each other's rows.
    static func freshDatabase() async throws -> String {
        let server = try RegistryLocation(url!)
        guard case .postgres(var components) = server else { fatalError("not a postgres URL") }
        let name = "ldm_test_\(UUID().uuidString.prefix(8).lowercased())"
        let configuration = PostgresConnection.Configuration(host: components.host!, port: components.port ?? 5432,
                                                             username: components.user ?? "postgres", password: components.password,
                                                             database: String(components.path.dropFirst()), tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "test"))
        try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: Logger(label: "test"))
        try await connection.close()
        components.path = "/\(name)"
        return components.string!
    }
}

/// Where a test's registry lives: a new SQLite file, or a new PostgreSQL database.
enum Database: String, CaseIterable, CustomTestStringConvertible {
    case sqlite, postgres
    var testDescription: String { rawValue }

    func newLocation() async throws -> RegistryLocation {
        switch self {
        case .sqlite:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-registry-\(UUID().uuidString)")
            return .sqlite(path: folder.appendingPathComponent("registre.sqlite").path)
        case .postgres:
            return try RegistryLocation(try await TestPostgres.freshDatabase())
        }
    }
}

func certificate(uai: String = "0060034E", code: String = "0E0K-WXGD-24", from: String = "2026-09-01",
                 until: String = "2031-08-31", sha: String = String(repeating: "a", count: 64)) -> IssuedCertificate {
    IssuedCertificate(number: "CLM-\(from.prefix(4))-\(uai)", code: code, uai: uai, school: "Lycée Jeanne et Paul Augier",
                      town: "Nice", label: "Lycée des métiers de l'hôtellerie « et » de la restauration",
                      validFrom: from, validUntil: until, decisionNumber: "2026-LDM-011", decisionDate: "2026-06-12",
                      campaign: "2026-2027", sha256: sha, issuedAt: Date(timeIntervalSince1970: 1_780_000_000))
}
