/// A semaphore while the simulator runs; a release with waiters hands the count straight to the longest one.
struct SimulatedSemaphore {
    var value: Int
    var waiters = FIFOQueue<ThreadID>()
}
