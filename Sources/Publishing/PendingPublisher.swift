import Foundation
import Synchronization

/// A publisher being made on another thread while the caller reads the data: fonts, Pango and
/// libhyphen take less long to set up than a long dossier takes to read, so the same thread then
/// reads and lexes the document's template (`prepare`).
public final class PendingPublisher: Sendable {
    private let done = DispatchGroup()
    private let made = Mutex<Result<Handed, Error>?>(nil)

    /// Handed from the thread that makes it to the one that asks for it, which alone then uses it.
    private struct Handed: @unchecked Sendable { let publisher: Publisher }

    /// `prepare` runs on the publisher once made, on the same thread.
    public init(resources: URL? = nil, prepare: @escaping @Sendable (Publisher) -> Void = { _ in }) {
        DispatchQueue.global().async(group: done) {
            let result = Result { Handed(publisher: try Publisher(resources: resources)) }
            if case .success(let handed) = result { prepare(handed.publisher) }
            self.made.withLock { $0 = result }
        }
    }

    /// Waits for the publisher; throws what making it threw.
    public func value() throws -> Publisher {
        done.wait()
        return try made.withLock { $0! }.get().publisher
    }
}
