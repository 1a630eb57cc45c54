import Foundation

/// How `ldm serve` runs: where it listens, the address people reach it by, and its limits.
public struct ServeConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// The public address of the service, without a trailing slash (« https://label.ac-nice.fr »,
    /// or « https://www.ac-nice.fr/label » behind a reverse proxy that strips « /label »): every link
    /// of the pages starts with it. Empty: links relative to the server's root.
    public var baseURL: String
    /// Requests a client address may make in a minute.
    public var requestsPerMinute: Int
    /// Addresses of reverse proxies whose X-Forwarded-For tells the client's address.
    public var trustedProxies: Set<String>
    /// The largest upload taken, in bytes (a certificate is a few hundred kilobytes).
    public var maxUpload: Int
    /// Every verification answer takes at least this long, so that a code's existence does not show
    /// in the timing.
    public var minimumAnswerTime: Duration

    public init(host: String = "127.0.0.1", port: Int = 8080, baseURL: String = "", requestsPerMinute: Int = 120,
                trustedProxies: Set<String> = [], maxUpload: Int = 4 << 20, minimumAnswerTime: Duration = .milliseconds(10)) {
        self.host = host; self.port = port
        var base = baseURL
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
        self.requestsPerMinute = requestsPerMinute; self.trustedProxies = trustedProxies
        self.maxUpload = maxUpload; self.minimumAnswerTime = minimumAnswerTime
    }
}
