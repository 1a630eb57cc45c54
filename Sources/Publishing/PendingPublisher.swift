import Foundation
import Native

/// A publisher being made on another thread while the caller reads the data: fonts, Pango and
/// libhyphen take less long to set up than a long dossier takes to read, so that a thread then
/// reads and lexes the document's template (`then`).
public final class PendingPublisher: Sendable {
    private let making: Background<Result<Publisher, Error>>

    public init(resources: URL? = nil) {
        making = Background { Result { try Publisher(resources: resources) } }
    }

    private init(making: Background<Result<Publisher, Error>>) { self.making = making }

    /// This publisher once made, then `prepare` run on it, on another thread: for a caller that starts
    /// the publisher before it knows what to prepare (`ldm render`, before its command line is read).
    public func then(_ prepare: @escaping @Sendable (Publisher) -> Void) -> PendingPublisher {
        PendingPublisher(making: Background { [self] in
            Result {
                let publisher = try value()
                prepare(publisher)
                return publisher
            }
        })
    }

    /// Waits for the publisher; throws what making it threw. Only once: the caller then owns it.
    public func value() throws -> Publisher {
        guard let made = making.take() else { throw PublishingError("the publisher was already taken") }
        return try made.get()
    }
}
