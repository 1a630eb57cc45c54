import Foundation
import Native
import Synchronization

/// A publisher being made on another thread while the caller reads the data: fonts, Pango and
/// libhyphen take less long to set up than a long dossier takes to read, so the same thread then
/// reads and lexes the document's template (`prepare`).
public final class PendingPublisher: Sendable {
    private let done = DispatchGroup()
    private let made = Mutex<Result<Handoff<Publisher>, Error>?>(nil)

    /// `prepare` runs on the publisher once made, on the same thread.
    public init(resources: URL? = nil, prepare: @escaping @Sendable (Publisher) -> Void = { _ in }) {
        DispatchQueue.global().async(group: done) {
            let result = Result { () throws -> Handoff<Publisher> in
                let publisher = try Publisher(resources: resources)
                prepare(publisher)
                return Handoff(publisher)
            }
            self.made.withLock { $0 = result }
        }
    }

    /// Waits for the publisher; throws what making it threw. Only once: the caller then owns it.
    public func value() throws -> Publisher {
        done.wait()
        guard let publisher = try made.withLock({ $0! }).get().take() else {
            throw PublishingError("the publisher was already taken")
        }
        return publisher
    }
}
