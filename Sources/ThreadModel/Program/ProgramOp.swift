extension Program {
    /// One step of a thread's or task's script, its subjects resolved to ids. Durations are µs. This is the
    /// only list of verbs the engines know: a new verb is one case here, one place per engine, and its
    /// sentence in `Reason`.
    public enum Op: Hashable, Sendable {
        /// CPU work of the thread's own time.
        case compute(Int64)
        /// A blocking system call: the thread waits, keeping its kernel thread.
        case io(Int64)
        case sleep(Int64)
        case lock(Int)
        case unlock(Int)
        case wait(Int)
        case set(Int)
        case clear(Int)
        case start(ThreadID)
        case join(ThreadID)
        /// Non-atomic read–modify–write of a counter (the program's `incrementCost` of CPU between the halves).
        case increment(Int)
        case submit(pool: Int, task: Int)
        case result(task: Int)
        case shutdown(pool: Int)
        /// `acquire(timeout=)` on a lock: on a timeout the thread goes on without it.
        case timedLock(Int, timeout: Int64)
        /// An event wait with a timeout: on a timeout the thread goes on (Python: `wait` returns False).
        case timedWait(Int, timeout: Int64)
        case acquire(semaphore: Int, timeout: Int64?)
        case release(semaphore: Int)
        /// Releases the condition's lock, waits to be notified (or timed out), then takes the lock back.
        case conditionWait(Int, timeout: Int64?)
        /// Wakes up to `count` waiters (`notify_all`: `Int.max`).
        case notify(Int, count: Int)
        case put(queue: Int, item: String)
        case get(queue: Int)
        case taskDone(queue: Int)
        case joinQueue(Int)
        case barrierWait(Int, timeout: Int64?)
        // Challenge only (the parser allows them nowhere else; the simulator and live engine pass over them).
        /// `store NAME V`: the counter set to a value in one move.
        case store(counter: Int, value: Int)
        /// `spin-while NAME`: each move reads the counter; the thread stays on this op while it is not zero.
        case spinWhile(counter: Int)
        /// The edges of a critical section (by id in `sections`); they cost no move.
        case enter(section: Int)
        case leave(section: Int)
        /// `wait-if-empty C Q` / `wait-while-empty C Q`: a condition wait guarded by `if` / `while not Q`.
        case waitIfEmpty(condition: Int, queue: Int)
        case waitWhileEmpty(condition: Int, queue: Int)
        /// `pop Q`: Python's `list.pop(0)`, no waiting; on an empty Q the thread dies of IndexError.
        case pop(queue: Int)
    }
}
