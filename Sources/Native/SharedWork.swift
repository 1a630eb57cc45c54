import Dispatch
import Synchronization

/// The project's one way to work in parallel: jobs `0..<count` taken in turn by this thread and by
/// helper threads, each with a state of its own that is not `Sendable` (Pango and libhyphen handles
/// are not shared between threads). This thread works with `local`; helper `i` with the state handed
/// back by an earlier run (`idle[i]`), or one `make` makes on the helper's thread, which then works
/// while the others already do. What is shared is checked by the compiler: jobs and outputs are
/// `Sendable`, states move only through `Handoff`.
public enum SharedWork {
    /// The outputs in job order, and the helpers' states to hand to the next run.
    public static func run<State, Output: Sendable>(
        _ count: Int, helpers: Int, local: inout State, idle: [Handoff<State>] = [],
        make: @escaping @Sendable () -> sending State?,
        work: @escaping @Sendable (_ job: Int, _ state: inout State) -> Output
    ) -> (outputs: [Output], idle: [Handoff<State>]) {
        let next = Mutex(0)
        let outputs = Mutex([Output?](repeating: nil, count: count))
        let handedBack = Mutex([Handoff<State>?](repeating: nil, count: helpers))
        @Sendable func nextJob() -> Int? { next.withLock { job -> Int? in defer { job += 1 }; return job < count ? job : nil } }
        let group = DispatchGroup()
        for helper in 0..<min(helpers, max(count - 1, 0)) {
            let given = idle.indices.contains(helper) ? idle[helper] : nil
            DispatchQueue.global().async(group: group) {
                // A helper whose state cannot be made leaves its share to the others.
                guard var state = given?.take() ?? make() else { return }
                while let job = nextJob() {
                    let output = work(job, &state)
                    outputs.withLock { $0[job] = output }
                }
                let back = Handoff(state)
                handedBack.withLock { $0[helper] = back }
            }
        }
        while let job = nextJob() {
            let output = work(job, &local)
            outputs.withLock { $0[job] = output }
        }
        group.wait()
        // States not used this time stay for the next run.
        var returned = handedBack.withLock { $0 }
        for index in returned.indices where returned[index] == nil && idle.indices.contains(index) { returned[index] = idle[index] }
        return (outputs.withLock { $0.map { $0! } }, returned.compactMap { $0 })
    }
}
