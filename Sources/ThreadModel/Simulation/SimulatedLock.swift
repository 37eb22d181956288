/// A mutex while the simulator runs; unlocking hands it straight to the longest waiter.
struct SimulatedLock {
    var holder: ThreadID?
    var waiters = FIFOQueue<ThreadID>()
}
