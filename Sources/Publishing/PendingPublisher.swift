import Foundation
import Native

/// A publisher being made on another thread while the caller reads the data: fonts, Pango and
/// libhyphen take less long to set up than a long dossier takes to read, so the same thread then
/// reads and lexes the document's template (`prepare`).
public final class PendingPublisher: Sendable {
    private let making: Background<Result<Publisher, Error>>

    /// `prepare` runs on the publisher once made, on the same thread.
    public init(resources: URL? = nil, prepare: @escaping @Sendable (Publisher) -> Void = { _ in }) {
        making = Background {
            Result {
                let publisher = try Publisher(resources: resources)
                prepare(publisher)
                return publisher
            }
        }
    }

    /// Waits for the publisher; throws what making it threw. Only once: the caller then owns it.
    public func value() throws -> Publisher {
        guard let made = making.take() else { throw PublishingError("the publisher was already taken") }
        return try made.get()
    }
}
