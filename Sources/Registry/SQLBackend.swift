/// A statement written once for both databases: `$1`, `$2`… as PostgreSQL numbers its parameters
/// (SQLite reads the same numbers as `?1`, `?2`…). Every value is bound, never spliced into the text.
public struct SQLStatement: Sendable {
    public var sql: String
    public var binds: [String?]

    public init(_ sql: String, _ binds: [String?] = []) { self.sql = sql; self.binds = binds }

    var sqliteText: String { String(decoding: sql.utf8.map { $0 == UInt8(ascii: "$") ? UInt8(ascii: "?") : $0 }, as: UTF8.self) }
}

/// The one thing a database must do for the registry: run statements in one transaction, and read
/// rows of text. SQLite (GRDB) and PostgreSQL (PostgresNIO) implement it; `Registry` holds the logic.
public protocol SQLBackend: Sendable {
    /// Runs `statements` in one transaction: all of them or, if one fails, none. Taken one at a time:
    /// they may be made as they are run.
    func run(_ statements: some Sequence<SQLStatement> & Sendable) async throws
    /// Each row's columns in the order the query names them.
    func rows(_ statement: SQLStatement) async throws -> [[String?]]
    func close() async
}

/// The tables, in SQL both databases read. Every column is text (dates in ISO 8601), so that both
/// store the same values. A certificate may have been issued as several files (a batch run again):
/// each file's SHA-256 is kept.
enum RegistrySchema {
    static let format = "ldm-registry/1"
    static let tables = ["ldm_registry", "certificates", "certificate_files"]

    static let create: [SQLStatement] = [
        SQLStatement("CREATE TABLE ldm_registry (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        SQLStatement("""
            CREATE TABLE certificates (
              code TEXT PRIMARY KEY, number TEXT NOT NULL, uai TEXT NOT NULL, school TEXT NOT NULL,
              town TEXT NOT NULL, label TEXT NOT NULL, valid_from TEXT NOT NULL, valid_until TEXT NOT NULL,
              decision_number TEXT NOT NULL, decision_date TEXT NOT NULL, campaign TEXT NOT NULL,
              sha256 TEXT NOT NULL, issued_at TEXT NOT NULL,
              superseded_by TEXT, revoked_at TEXT, revocation_reason TEXT)
            """),
        SQLStatement("CREATE INDEX certificates_by_uai ON certificates (uai)"),
        SQLStatement("CREATE TABLE certificate_files (sha256 TEXT PRIMARY KEY, code TEXT NOT NULL REFERENCES certificates (code))"),
        SQLStatement("INSERT INTO ldm_registry (key, value) VALUES ('format', $1)", [format]),
    ]
}
