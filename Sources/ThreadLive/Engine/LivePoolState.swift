import ThreadModel

/// A live pool's queue and workers (touched only under the scheduler's lock).
struct LivePoolState: Sendable {
    var queue = FIFOQueue<Int>()
    var idleWorkers = FIFOQueue<Int>()
    var isShuttingDown = false
    /// Workers started and not yet ended (started on demand, at `submit`, as CPython 3.8+ does).
    var liveWorkers = 0
    /// How many of the pool's workers have been started, in order.
    var started = 0
    var shutdownWaiters: [Int] = []
}
