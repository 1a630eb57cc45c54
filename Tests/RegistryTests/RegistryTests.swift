import Foundation
import Testing
@testable import Registry

/// The registry's rules, each checked on SQLite and on PostgreSQL.
struct RegistryBehaviour {
    static func recordsAndFinds(_ database: Database) async throws {
        let registry = try await database.newLocation().open(create: true)
        let issued = certificate()
        try await registry.record([issued])
        let found = try #require(try await registry.certificate(code: VerificationCode("0e0k wxgd 24")!))
        #expect(found == issued)
        #expect(try await registry.certificate(sha256: SHA256Digest(issued.sha256)!) == issued)
        #expect(try await registry.certificate(code: VerificationCode("0E0K-WXGD-25")!) == nil)
        #expect(try await registry.certificates(uai: "0060034E") == [issued])
        #expect(try await registry.certificates(uai: "0830761B").isEmpty)
        await registry.close()
    }

    static func renewalSupersedes(_ database: Database) async throws {
        let registry = try await database.newLocation().open(create: true)
        let old = certificate(code: "AAAA-AAAA-AA", from: "2021-09-01", until: "2026-08-31", sha: String(repeating: "b", count: 64))
        let renewal = certificate(code: "BBBB-BBBB-BB", from: "2026-09-01", until: "2031-08-31", sha: String(repeating: "c", count: 64))
        let other = certificate(uai: "0830761B", code: "CCCC-CCCC-CC", from: "2021-09-01", sha: String(repeating: "d", count: 64))
        try await registry.record([old, other])
        try await registry.record([renewal])
        #expect(try await registry.certificate(code: VerificationCode("AAAA-AAAA-AA")!)?.supersededBy == "BBBB-BBBB-BB")
        #expect(try await registry.certificate(code: VerificationCode("BBBB-BBBB-BB")!)?.supersededBy == nil)
        #expect(try await registry.certificate(code: VerificationCode("CCCC-CCCC-CC")!)?.supersededBy == nil)
        // The older campaign run again afterwards does not take the renewal's place, and keeps its file.
        var again = old
        again.sha256 = String(repeating: "e", count: 64)
        try await registry.record([again])
        let oldNow = try #require(try await registry.certificate(code: VerificationCode("AAAA-AAAA-AA")!))
        #expect(oldNow.supersededBy == "BBBB-BBBB-BB")
        #expect(oldNow.status(on: "2027-01-01") == .superseded)
        #expect(try await registry.certificate(sha256: SHA256Digest(String(repeating: "b", count: 64))!)?.code == "AAAA-AAAA-AA")
        #expect(try await registry.certificate(sha256: SHA256Digest(String(repeating: "e", count: 64))!)?.code == "AAAA-AAAA-AA")
        #expect(try await registry.certificates().map(\.code) == ["AAAA-AAAA-AA", "BBBB-BBBB-BB", "CCCC-CCCC-CC"])
        await registry.close()
    }

    static func revokes(_ database: Database) async throws {
        let registry = try await database.newLocation().open(create: true)
        try await registry.record([certificate()])
        let code = VerificationCode("0E0K-WXGD-24")!
        let when = Date(timeIntervalSince1970: 1_790_000_000)
        let revoked = try await registry.revoke(code: code, reason: "Décision annulée", at: when)
        #expect(revoked.revokedAt == when)
        #expect(revoked.revocationReason == "Décision annulée")
        #expect(revoked.status(on: "2027-01-01") == .revoked)
        // A batch run again does not undo a revocation.
        try await registry.record([certificate()])
        #expect(try await registry.certificate(code: code)?.status(on: "2027-01-01") == .revoked)
        await #expect(throws: RegistryError("le certificat 0E0K-WXGD-24 (CLM-2026-0060034E) est déjà révoqué depuis le 2026-09-21T14:13:20Z")) {
            try await registry.revoke(code: code, reason: "encore")
        }
        await #expect(throws: RegistryError("aucun certificat de code ZZZZ-ZZZZ-ZZ dans le registre")) {
            try await registry.revoke(code: VerificationCode("ZZZZ-ZZZZ-ZZ")!, reason: "inconnu")
        }
        await registry.close()
    }

    /// A transaction that fails half-way leaves nothing of its first half.
    static func failedWriteLeavesNothing(_ database: Database) async throws {
        let registry = try await database.newLocation().open(create: true)
        let first = SQLStatement("INSERT INTO certificate_files (sha256, code) VALUES ($1, $2)", [String(repeating: "f", count: 64), "X"])
        await #expect(throws: RegistryError.self) {
            try await registry.backend.run([first, SQLStatement("INSERT INTO no_such_table VALUES ($1)", ["x"])])
        }
        #expect(try await registry.backend.rows(SQLStatement("SELECT CAST(count(*) AS TEXT) FROM certificate_files")) == [["0"]])
        await registry.close()
    }

    static func valuesAreBoundNotSpliced(_ database: Database) async throws {
        let registry = try await database.newLocation().open(create: true)
        var hostile = certificate()
        hostile.school = "Robert'); DROP TABLE certificates; --"
        try await registry.record([hostile])
        #expect(try await registry.certificates(uai: "' OR '1'='1").isEmpty)
        #expect(try await registry.certificates().map(\.school) == ["Robert'); DROP TABLE certificates; --"])
        await registry.close()
    }
}

@Suite("Registry on SQLite")
struct RegistryOnSQLite {
    @Test func recordsAndFindsByCodeAndDigest() async throws { try await RegistryBehaviour.recordsAndFinds(.sqlite) }
    @Test func aRenewalSupersedesTheSchoolsPreviousCertificate() async throws { try await RegistryBehaviour.renewalSupersedes(.sqlite) }
    @Test func revocationKeepsTheCertificateWithItsReason() async throws { try await RegistryBehaviour.revokes(.sqlite) }
    @Test func aFailedWriteLeavesNothing() async throws { try await RegistryBehaviour.failedWriteLeavesNothing(.sqlite) }
    @Test func valuesAreBoundNotSpliced() async throws { try await RegistryBehaviour.valuesAreBoundNotSpliced(.sqlite) }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() async throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-notdb-\(UUID().uuidString).sqlite")
        let bytes = Data("numero;code\nCLM;X\n".utf8) + Data(repeating: 7, count: 600)
        try bytes.write(to: file)
        for create in [true, false] {
            await #expect(throws: RegistryError.self) { _ = try await RegistryLocation.sqlite(path: file.path).open(create: create) }
        }
        do { _ = try await RegistryLocation.sqlite(path: file.path).open(create: true) } catch {
            #expect("\(error)".hasPrefix("« \(file.path) » n'est pas un registre ldm : ce n'est pas une base SQLite lisible"))
        }
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func anotherApplicationsDatabaseIsRefused() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ldm-other-\(UUID().uuidString).sqlite").path
        let other = try await RegistryLocation.sqlite(path: path).open(create: true)
        try await other.backend.run([SQLStatement("DROP TABLE certificate_files"), SQLStatement("DROP TABLE ldm_registry")])
        await other.close()
        await #expect(throws: RegistryError("« \(path) » n'est pas un registre ldm (ses tables : certificates)")) {
            _ = try await RegistryLocation.sqlite(path: path).open(create: true)
        }
    }

    @Test func aMissingRegistryIsNotCreatedForReading() async throws {
        let path = "/tmp/ldm-missing-\(UUID().uuidString)/registre.sqlite"
        await #expect(throws: RegistryError("le registre « \(path) » n'existe pas")) {
            _ = try await RegistryLocation.sqlite(path: path).open(readOnly: true)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

@Suite("Registry on PostgreSQL", .enabled(if: TestPostgres.url != nil, TestPostgres.skipReason))
struct RegistryOnPostgreSQL {
    @Test func recordsAndFindsByCodeAndDigest() async throws { try await RegistryBehaviour.recordsAndFinds(.postgres) }
    @Test func aRenewalSupersedesTheSchoolsPreviousCertificate() async throws { try await RegistryBehaviour.renewalSupersedes(.postgres) }
    @Test func revocationKeepsTheCertificateWithItsReason() async throws { try await RegistryBehaviour.revokes(.postgres) }
    @Test func aFailedWriteLeavesNothing() async throws { try await RegistryBehaviour.failedWriteLeavesNothing(.postgres) }
    @Test func valuesAreBoundNotSpliced() async throws { try await RegistryBehaviour.valuesAreBoundNotSpliced(.postgres) }

    @Test func anotherApplicationsTablesAreRefused() async throws {
        let url = try await TestPostgres.freshDatabase()
        let other = try await RegistryLocation(url).open(create: true)
        try await other.backend.run([SQLStatement("DROP TABLE certificate_files"), SQLStatement("DROP TABLE ldm_registry")])
        await other.close()
        do {
            _ = try await RegistryLocation(url).open(create: true)
            Issue.record("another application's table was taken for a registry")
        } catch {
            #expect("\(error)".contains("a une table « certificates » qui n'est pas celle d'un registre ldm"))
        }
    }
}

@Suite("Registry locations and codes")
struct RegistryInputs {
    @Test func anUnreachablePostgreSQLIsAClearError() async throws {
        do {
            _ = try await RegistryLocation("postgres://ldm@127.0.0.1:1/registre?sslmode=disable").open(create: true)
            Issue.record("connected to nothing")
        } catch {
            #expect("\(error)".hasPrefix("impossible de joindre le registre PostgreSQL 127.0.0.1:1 : "))
        }
    }

    @Test func thePasswordIsNotPrinted() throws {
        #expect(try RegistryLocation("postgres://ldm:secret@db.example:5433/reg").description == "postgres://ldm:***@db.example:5433/reg")
    }

    @Test(arguments: [("7K2M-Q9XD-3F", "7K2M-Q9XD-3F"), ("7k2mq9xd3f", "7K2M-Q9XD-3F"), (" 7K2M Q9XD 3F ", "7K2M-Q9XD-3F"),
                      ("OK2M-Q9XD-3L", "0K2M-Q9XD-31")])
    func codesAreNormalised(typed: String, code: String) {
        #expect(VerificationCode(typed)?.description == code)
    }

    @Test(arguments: ["", "7K2M-Q9XD-3", "7K2M-Q9XD-3FF", "7K2M-Q9XD-3U", "1' OR '1'='1", "7K2M-Q9XD-3F'; DROP TABLE certificates; --",
                      String(repeating: "7", count: 41), "7K2M%Q9XD%3F", "7K2M-Q9XD-3É"])
    func malformedCodesAreRefused(typed: String) {
        #expect(VerificationCode(typed) == nil)
    }

    @Test(arguments: [("2031-08-31", CertificateStatus.valid), ("2031-09-01", .expired), ("2026-08-31", .notYetValid),
                      ("2026-09-01", .valid)])
    func statusFollowsTheValidityDates(day: String, status: CertificateStatus) {
        #expect(certificate().status(on: day) == status)
    }
}
