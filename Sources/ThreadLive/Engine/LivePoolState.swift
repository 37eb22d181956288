import ThreadModel

/// A live pool's queue and workers (touched only under the scheduler's lock).
struct LivePoolState: Sendable {
    var queue = FIFOQueue<Int>()
    var idleWorkers = FIFOQueue<Int>()
    var isShuttingDown = false
    var liveWorkers: Int
    var shutdownWaiters: [Int] = []
}
