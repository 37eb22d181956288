/// A pool's queue and workers while the simulator runs (its name and workers are in the program).
struct SimulatedPool {
    var queue = FIFOQueue<Int>()
    /// Workers blocked "waiting for work", longest-idle first.
    var idle = FIFOQueue<ThreadID>()
    var closing = false
    /// Workers started and not yet ended (CPython starts them on demand, at `submit`).
    var liveWorkers = 0
    /// How many of the program's workers have been started, in order.
    var started = 0
    var shutdownWaiters: [ThreadID] = []

    init() {}
}
