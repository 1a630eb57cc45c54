import Foundation
import HTTPTypes
import Hummingbird
import Synchronization

/// At most `perMinute` requests a minute from one client address (a bucket refilled continuously);
/// more get 429 with Retry-After. Buckets of addresses silent for a minute are dropped.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = ClientContext

    private let perMinute: Double
    private let trustedProxies: Set<String>
    private let buckets = Buckets()
    private let pages: VerificationPages

    init(perMinute: Int, trustedProxies: Set<String>, pages: VerificationPages) {
        self.perMinute = Double(max(1, perMinute)); self.trustedProxies = trustedProxies; self.pages = pages
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard take(for: clientAddress(request, context)) else {
            var response = pages.page(status: .tooManyRequests, title: "Trop de demandes", body: """
                <p>Trop de demandes sont venues de votre adresse en peu de temps. Réessayez dans une minute.</p>
                """)
            response.headers[.retryAfter] = "60"
            return response
        }
        return try await next(request, context)
    }

    /// The peer, or behind a trusted reverse proxy the last address it forwarded.
    func clientAddress(_ request: Request, _ context: Context) -> String {
        let peer = context.remoteAddress?.ipAddress ?? "?"
        guard trustedProxies.contains(peer), let forwarded = request.headers[HTTPField.Name("X-Forwarded-For")!],
              let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        else { return peer }
        return last
    }

    private func take(for address: String) -> Bool {
        let now = ContinuousClock.now
        return buckets.state.withLock { buckets in
            if buckets.count > 10_000 { buckets = buckets.filter { now - $0.value.at < .seconds(60) } }
            var bucket = buckets[address] ?? (tokens: perMinute, at: now)
            let elapsed = now - bucket.at
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            bucket.tokens = min(perMinute, bucket.tokens + seconds * perMinute / 60)
            bucket.at = now
            guard bucket.tokens >= 1 else { buckets[address] = bucket; return false }
            bucket.tokens -= 1
            buckets[address] = bucket
            return true
        }
    }
}

private final class Buckets: Sendable {
    let state = Mutex<[String: (tokens: Double, at: ContinuousClock.Instant)]>([:])
}
