/// A pool's queue and workers while the simulator runs.
struct SimulatedPool {
    var name: String
    var workers: [ThreadID]
    var queue = FIFOQueue<Int>()
    /// Workers blocked "waiting for work", longest-idle first.
    var idle = FIFOQueue<ThreadID>()
    var closing = false
    var liveWorkers: Int
    var shutdownWaiters: [ThreadID] = []

    init(name: String, workers: [ThreadID]) {
        self.name = name
        self.workers = workers
        liveWorkers = workers.count
    }
}
