/// What a blocked simulated thread waits for, so the deadlock report can draw the wait-for graph.
enum SimulatedWait: Equatable {
    case none
    /// I/O or sleep: a timer will end it.
    case timer
    case lock(Int)
    case join(ThreadID)
    case result(task: Int)
    case event(Int)
    /// An idle pool worker.
    case work
    case pool(Int)
    case semaphore(Int)
    /// Waiting to be notified (the lock comes after, as a `.lock` wait).
    case condition(Int)
    case queuePut(Int)
    case queueGet(Int)
    case queueJoin(Int)
    case barrier(Int)
}
