import Dispatch
import Synchronization

/// Work started on another thread now and taken later, while the caller goes on: a publisher made
/// while the data is read, a long document's typesetters while its template expands. The value need
/// not be `Sendable`: it is made on the other thread and handed over once (`Handoff`).
public final class Background<Value>: Sendable {
    private let done = DispatchGroup()
    private let made = Mutex<Handoff<Value>?>(nil)

    public init(_ make: @escaping @Sendable () -> sending Value) {
        DispatchQueue.global().async(group: done) { [self] in
            let value = Handoff(make())
            made.withLock { $0 = value }
        }
    }

    /// Waits for the value; nil when it was already taken.
    public func take() -> sending Value? {
        done.wait()
        return made.withLock { $0 }?.take()
    }
}
