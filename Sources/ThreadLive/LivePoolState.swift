/// A live pool's queue and workers (touched only under the scheduler's lock).
struct LivePoolState: Sendable {
    var queue = FIFOQueue()
    var idleWorkers = FIFOQueue()
    var isShuttingDown = false
    var liveWorkers: Int
    var shutdownWaiters: [Int] = []
}
