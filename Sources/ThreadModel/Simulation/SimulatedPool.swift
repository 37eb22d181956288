/// A pool's queue and workers while the simulator runs (its name and workers are in the program).
struct SimulatedPool {
    var queue = FIFOQueue<Int>()
    /// Workers blocked "waiting for work", longest-idle first.
    var idle = FIFOQueue<ThreadID>()
    var closing = false
    var liveWorkers: Int
    var shutdownWaiters: [ThreadID] = []

    init(workers: [ThreadID]) { liveWorkers = workers.count }
}
