import Foundation

/// Where a registry is, as `--registry` gives it: a PostgreSQL URL, or the path of a SQLite file.
public enum RegistryLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(URLComponents)

    public init(_ text: String) throws {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            guard let url = URLComponents(string: text), url.host?.isEmpty == false else {
                throw RegistryError("« \(text) » n'est pas une adresse PostgreSQL : postgres://utilisateur@hôte:port/base")
            }
            self = .postgres(url)
        } else {
            guard !text.isEmpty else { throw RegistryError("--registry : donnez un fichier ou une adresse postgres://") }
            self = .sqlite(path: text)
        }
    }

    /// Without the password.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(var url):
            if url.password != nil { url.password = "***" }
            return url.string ?? "postgres://"
        }
    }

    /// Opens the registry. `create`: a registry that does not exist yet is made (what `ldm batch`
    /// does); otherwise it must exist. A registry opened read-only is never written.
    public func open(create: Bool = false, readOnly: Bool = false) async throws -> Registry {
        switch self {
        case .sqlite(let path):
            return Registry(backend: try SQLiteBackend(path: path, create: create, readOnly: readOnly))
        case .postgres(let url):
            return Registry(backend: try await PostgresBackend.connect(url: url, create: create && !readOnly))
        }
    }
}
