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
}
