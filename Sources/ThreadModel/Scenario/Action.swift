/// One step of a thread's or task's `run` list. Durations are microseconds; repeats are already expanded.
public enum Action: Hashable, Sendable {
    case compute(Int64)
    case io(Int64)
    case sleep(Int64)
    case lock(String)
    case unlock(String)
    case wait(String)
    case set(String)
    case clear(String)
    case start(String)
    case join(String)
    /// Non-atomic read–modify–write: read, compute for the scenario's increment cost, write read + 1.
    case increment(String)
    case submit(pool: String, task: String)
    case result(String)
    /// Submit every task of the group, then wait for each result in order.
    case map(pool: String, group: String)
    case shutdown(String)
    /// `lock L 50ms`: `acquire(timeout=)`; on a timeout the thread goes on without the lock.
    case timedLock(String, timeout: Int64)
    /// `wait X 50ms`: an event, condition or barrier wait with a timeout.
    case timedWait(String, timeout: Int64)
    /// A semaphore's acquire, optionally with a timeout (the thread goes on without it).
    case acquire(String, timeout: Int64?)
    case release(String)
    /// Wakes up to `count` waiters of a condition (`notify-all`: every one).
    case notify(String, count: Int)
    case notifyAll(String)
    /// `put Q item`: the item is a word, shown in the queue's row.
    case put(String, item: String)
    case get(String)
    case taskDone(String)

    /// The verbs of the scenario language, for parsing and "did you mean" hints.
    public static let verbs = [
        "compute", "io", "sleep", "lock", "unlock", "wait", "set", "clear", "start", "join", "increment",
        "submit", "result", "map", "shutdown", "acquire", "release", "notify", "notify-all", "put", "get", "task-done",
    ]

    /// Scripted time this action takes by itself (compute, io, sleep), for the 60 s limit.
    public var scriptedDuration: Int64 {
        switch self {
        case .compute(let d), .io(let d), .sleep(let d): d
        default: 0
        }
    }
}
