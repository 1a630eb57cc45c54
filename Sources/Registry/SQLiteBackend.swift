import Foundation
import GRDB

/// A registry in one SQLite file, through GRDB. The file is checked to be ldm's before anything is
/// written to it; a file that is not a database, or a database of something else, is left untouched.
final class SQLiteBackend: SQLBackend {
    private let queue: DatabaseQueue

    init(path: String, create: Bool, readOnly: Bool) throws {
        let exists = FileManager.default.fileExists(atPath: path)
        guard exists || create else { throw RegistryError("le registre « \(path) » n'existe pas") }
        if !exists {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        var configuration = Configuration()
        configuration.readonly = readOnly && exists
        configuration.busyMode = .timeout(5)
        let tables: [String]
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            tables = try queue.read { db in
                try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            }
        } catch {
            throw RegistryError("« \(path) » n'est pas un registre ldm : ce n'est pas une base SQLite lisible (\(Self.reason(error)))")
        }
        if tables.isEmpty, create, !readOnly {
            try queue.write { db in for statement in RegistrySchema.create { try Self.execute(statement, in: db) } }
            return
        }
        guard tables.contains("ldm_registry") else {
            throw RegistryError(tables.isEmpty ? "« \(path) » est une base SQLite vide, pas un registre ldm"
                                : "« \(path) » n'est pas un registre ldm (ses tables : \(tables.joined(separator: ", ")))")
        }
        let format = try? queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM ldm_registry WHERE key = 'format'") }
        guard format == RegistrySchema.format else {
            throw RegistryError("« \(path) » est un registre de format « \(format ?? "inconnu") », ldm lit « \(RegistrySchema.format) »")
        }
    }

    func run(_ statements: some Sequence<SQLStatement> & Sendable) async throws {
        do {
            try await queue.write { db in for statement in statements { try Self.execute(statement, in: db) } }
        } catch {
            throw RegistryError("le registre SQLite n'a pas été modifié : \(Self.reason(error))")
        }
    }

    func rows(_ statement: SQLStatement) async throws -> [[String?]] {
        do {
            return try await queue.read { db in
                try Row.fetchAll(db, sql: statement.sqliteText, arguments: Self.arguments(statement)).map { row in
                    row.databaseValues.map(Self.text)
                }
            }
        } catch {
            throw RegistryError("lecture du registre SQLite impossible : \(Self.reason(error))")
        }
    }

    func close() async { try? queue.close() }

    private static func execute(_ statement: SQLStatement, in db: Database) throws {
        try db.execute(sql: statement.sqliteText, arguments: arguments(statement))
    }

    private static func arguments(_ statement: SQLStatement) -> StatementArguments {
        StatementArguments(statement.binds.map { $0 as (any DatabaseValueConvertible)? })
    }

    /// Every column of ldm's tables is text; anything else is read as text rather than trapping.
    private static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null: nil
        case .string(let text): text
        case .int64(let number): String(number)
        case .double(let number): String(number)
        case .blob(let data): String(decoding: data, as: UTF8.self)
        }
    }

    private static func reason(_ error: any Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }
}
