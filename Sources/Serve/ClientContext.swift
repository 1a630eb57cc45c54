import Hummingbird
import NIOCore

/// A request's context: Hummingbird's, plus the address of the peer that sent it.
struct ClientContext: RequestContext, RemoteAddressRequestContext {
    var coreContext: CoreRequestContextStorage
    let remoteAddress: SocketAddress?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// Nothing but the upload reads a body, and it sets its own bound.
    var maxUploadSize: Int { 64 << 10 }
}
