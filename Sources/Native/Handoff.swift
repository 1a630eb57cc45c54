import Synchronization

/// A value that is not `Sendable` (a typesetter's Pango and libhyphen handles, a publisher) handed
/// from one thread to another. The compiler checks the hand-over: the value is `sending`, so the
/// thread giving it can keep no reference to it, and whoever takes it owns it alone from then on.
public final class Handoff<Value>: Sendable {
    private let slot: Mutex<Value?>

    public init(_ value: consuming sending Value) { slot = Mutex(value) }

    /// The value, the first time only.
    public func take() -> sending Value? { slot.withLock { $0.take() } }
}
