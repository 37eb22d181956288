import ThreadModel

/// A task's future in a live run (touched only under the scheduler's lock).
struct LiveFuture: Sendable {
    /// ThreadModel's future states; nil until the task is submitted.
    var state: FutureState?
    /// The worker running it, once one does.
    var worker: Int?
    var waiters: [Int] = []
    /// The pool it was submitted to.
    var pool: Int?
}
