import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdCore
import Logging
import Registry

/// `ldm serve`: the verification pages over a registry. It reads the registry and never renders a
/// document.
public struct VerificationServer: Sendable {
    let registry: Registry
    let configuration: ServeConfiguration
    let pages: VerificationPages

    public init(registry: Registry, configuration: ServeConfiguration) {
        self.registry = registry; self.configuration = configuration
        pages = VerificationPages(baseURL: configuration.baseURL)
    }

    /// Serves until the process is stopped (SIGINT or SIGTERM end it gracefully).
    public func run(onStarted: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        var logger = Logger(label: "ldm.serve")
        logger.logLevel = .warning
        // Bounded headers (a request line and its fields fit in a few kilobytes) and idle connections closed.
        let http = HTTP1Channel.Configuration(
            idleTimeout: .seconds(30),
            httpDecoderConfiguration: .init(maxHeaderFieldSize: 16 << 10, maxHeaderListSize: 32 << 10, maxHeaderFieldCount: 100))
        let app = Application(router: router(), server: .http1(configuration: http),
                              configuration: .init(address: .hostname(configuration.host, port: configuration.port),
                                                   serverName: nil),
                              onServerRunning: { channel in await onStarted(channel.localAddress?.port ?? 0) },
                              logger: logger)
        try await app.runService()
    }

    func router() -> Router<ClientContext> {
        let router = Router(context: ClientContext.self)
        router.add(middleware: FrenchErrors(pages: pages, maxUpload: configuration.maxUpload))
        router.add(middleware: RateLimitMiddleware(perMinute: configuration.requestsPerMinute,
                                                   trustedProxies: configuration.trustedProxies, pages: pages))
        router.get("/") { _, _ in pages.home() }
        router.get("/style.css") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/css; charset=utf-8"
            headers[.cacheControl] = "max-age=3600"
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: VerificationPages.styleSheet)))
        }
        router.get("/verifier") { request, _ -> Response in
            guard let typed = request.uri.queryParameters["code"] else { return pages.home() }
            guard let code = VerificationCode(typed) else { return pages.malformed() }
            var headers = HTTPFields()
            headers[.location] = "\(configuration.baseURL)/verifier/\(code)"
            return Response(status: .seeOther, headers: headers)
        }
        router.get("/verifier/:code") { _, context -> Response in
            try await answer(within: configuration.minimumAnswerTime) {
                guard let code = context.parameters.get("code").flatMap(VerificationCode.init) else { return pages.malformed() }
                guard let found = try await registry.certificate(code: code) else { return pages.unknown(code) }
                let replacement = try await found.supersededBy.flatMap(VerificationCode.init)
                    .asyncMap { try await registry.certificate(code: $0) } ?? nil
                return pages.certificate(found, today: frenchToday(), replacement: replacement)
            }
        }
        router.post("/verifier/fichier") { request, _ -> Response in
            try await answer(within: configuration.minimumAnswerTime) {
                if let length = request.headers[.contentLength].flatMap(Int.init), length > configuration.maxUpload {
                    return pages.tooLarge(limit: configuration.maxUpload)
                }
                let body: ByteBuffer
                do { body = try await request.body.collect(upTo: configuration.maxUpload) } catch {
                    return pages.tooLarge(limit: configuration.maxUpload)
                }
                let digest: String
                do { digest = try UploadedPDF.sha256(body: body, contentType: request.headers[.contentType] ?? "") }
                catch UploadedPDF.Failure.notPDF { return pages.notPDF() }
                catch { return pages.badUpload() }
                guard let sha = SHA256Digest(digest), let found = try await registry.certificate(sha256: sha) else {
                    return pages.fileUnknown()
                }
                return pages.fileMatches(found, today: frenchToday())
            }
        }
        return router
    }
}

/// Runs `body`, then waits until `minimum` has passed since the start: known and unknown codes take
/// the same time to answer.
private func answer(within minimum: Duration, _ body: () async throws -> Response) async throws -> Response {
    let start = ContinuousClock.now
    let response = try await body()
    try? await Task.sleep(until: start + minimum, clock: .continuous)
    return response
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}

/// French pages for what Hummingbird answers itself (an unknown address, a refused body) and for a
/// registry that fails: a status code for machines, a sentence for people, never a stack trace.
struct FrenchErrors: RouterMiddleware {
    typealias Context = ClientContext
    let pages: VerificationPages
    let maxUpload: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError {
            switch error.status {
            case .notFound: return pages.notFound()
            case .contentTooLarge: return pages.tooLarge(limit: maxUpload)
            case .methodNotAllowed: return pages.page(status: .methodNotAllowed, title: "Méthode refusée", body: "<p>Cette page ne s'obtient que par un lien ou par son formulaire.</p>")
            default: return pages.page(status: error.status, title: "Demande refusée", body: "<p>La demande n'a pas pu être traitée.</p>")
            }
        } catch {
            context.logger.error("registry failure: \(error)")
            return pages.failure()
        }
    }
}
