/// A task's future in a live run (touched only under the scheduler's lock).
struct LiveFuture: Sendable {
    enum State: Sendable { case unsubmitted, pending, running, done }

    var state = State.unsubmitted
    /// The worker running it, once one does.
    var worker: Int?
    var waiters: [Int] = []
    /// The pool it was submitted to.
    var pool: Int?
}
