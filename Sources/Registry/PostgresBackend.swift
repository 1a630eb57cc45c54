import Foundation
import PostgresNIO
import Synchronization

/// A registry shared by several académies, in PostgreSQL, through one PostgresNIO connection
/// (queries are queued on it), opened again when the server has closed it. The tables are created
/// in the database's current schema when absent.
final class PostgresBackend: SQLBackend {
    private let current: Mutex<PostgresConnection>
    private let configuration: PostgresConnection.Configuration
    private let endpoint: String
    private let logger = Logger(label: "ldm.registry")

    /// `url`: postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require].
    static func connect(url: URLComponents, create: Bool) async throws -> PostgresBackend {
        let host = url.host ?? "127.0.0.1", port = url.port ?? 5432
        let database = url.path.hasPrefix("/") && url.path.count > 1 ? String(url.path.dropFirst()) : nil
        let mode = url.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresConnection.Configuration.TLS
        switch mode {
        case "disable": tls = .disable
        case "prefer", "require":
            let context = try NIOSSLContext(configuration: .makeClientConfiguration())
            tls = mode == "require" ? .require(context) : .prefer(context)
        default: throw RegistryError("sslmode « \(mode) » inconnu : disable, prefer ou require")
        }
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: url.user ?? "postgres",
                                                             password: url.password, database: database, tls: tls)
        configuration.options.connectTimeout = .seconds(5)
        let endpoint = "\(host):\(port)"
        let backend = PostgresBackend(connection: try await open(configuration, endpoint: endpoint),
                                      configuration: configuration, endpoint: endpoint)
        do {
            try await backend.checkSchema(create: create, host: "\(host):\(port)/\(database ?? "")")
        } catch {
            await backend.close()
            throw error
        }
        return backend
    }

    private init(connection: PostgresConnection, configuration: PostgresConnection.Configuration, endpoint: String) {
        current = Mutex(connection); self.configuration = configuration; self.endpoint = endpoint
    }

    private static func open(_ configuration: PostgresConnection.Configuration, endpoint: String) async throws -> PostgresConnection {
        do {
            return try await PostgresConnection.connect(configuration: configuration, id: 1, logger: Logger(label: "ldm.registry"))
        } catch let error as PSQLError where error.serverInfo?[.message] != nil {
            throw RegistryError("le serveur PostgreSQL \(endpoint) refuse la connexion : \(reason(error))")
        } catch {
            throw RegistryError("impossible de joindre le registre PostgreSQL \(endpoint) : serveur arrêté, adresse ou port erronés, ou réseau coupé (\(reason(error)))")
        }
    }

    /// The connection, opened again if the server closed it (a restart, an idle timeout).
    private func connection() async throws -> PostgresConnection {
        let connection = current.withLock { $0 }
        guard connection.isClosed else { return connection }
        let fresh = try await Self.open(configuration, endpoint: endpoint)
        current.withLock { $0 = fresh }
        return fresh
    }

    private func checkSchema(create: Bool, host: String) async throws {
        let names = RegistrySchema.tables.map { "'\($0)'" }.joined(separator: ", ")
        let tables = try await rows(SQLStatement(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name IN (\(names))"))
            .compactMap { $0.first ?? nil }
        if tables.isEmpty {
            guard create else { throw RegistryError("la base PostgreSQL \(host) ne contient pas de registre ldm") }
            try await run(RegistrySchema.create)
            return
        }
        guard tables.contains("ldm_registry") else {
            throw RegistryError("la base PostgreSQL \(host) a une table « certificates » qui n'est pas celle d'un registre ldm")
        }
        let format = try await rows(SQLStatement("SELECT value FROM ldm_registry WHERE key = 'format'")).first?.first ?? nil
        guard format == RegistrySchema.format else {
            throw RegistryError("la base PostgreSQL \(host) tient un registre de format « \(format ?? "inconnu") », ldm lit « \(RegistrySchema.format) »")
        }
    }

    func run(_ statements: some Sequence<SQLStatement> & Sendable) async throws {
        do {
            try await connection().withTransaction(logger: logger) { connection in
                for statement in statements { try await connection.query(Self.query(statement), logger: self.logger) }
            }
        } catch {
            throw RegistryError("le registre PostgreSQL n'a pas été modifié : \(Self.reason(error))")
        }
    }

    func rows(_ statement: SQLStatement) async throws -> [[String?]] {
        do {
            var result: [[String?]] = []
            for try await row in try await connection().query(Self.query(statement), logger: logger) {
                result.append(try row.makeRandomAccess().map { try $0.decode(String?.self) })
            }
            return result
        } catch {
            throw RegistryError("lecture du registre PostgreSQL impossible : \(Self.reason(error))")
        }
    }

    func close() async { try? await current.withLock { $0 }.close() }

    private static func query(_ statement: SQLStatement) throws -> PostgresQuery {
        var bindings = PostgresBindings()
        for value in statement.binds {
            if let value { bindings.append(value) } else { bindings.appendNull() }
        }
        return PostgresQuery(unsafeSQL: statement.sql, binds: bindings)
    }

    /// PSQLError hides the server's message from its description; it is what the user needs.
    private static func reason(_ error: any Error) -> String {
        if let error = error as? PostgresTransactionError {
            return reason(error.closureError ?? error.commitError ?? error.beginError ?? error)
        }
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}
