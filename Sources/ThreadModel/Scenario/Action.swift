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
    /// Challenge only: `store NAME V`, the counter NAME set to V in one move (Python `busy = True`: `store busy 1`).
    case store(String, value: Int)
    /// Challenge only: `spin-while NAME`, Python `while busy: pass`; each move reads NAME once.
    case spinWhile(String)
    /// Challenge only: the edges of the critical section NAME (they cost no move).
    case enter(String)
    case leave(String)
    /// Challenge only: `wait-if-empty C Q`, Python `if not Q: C.wait()` (one check, at most one wait).
    case waitIfEmpty(condition: String, queue: String)
    /// Challenge only: `wait-while-empty C Q`, Python `while not Q: C.wait()` (checks again after each wakeup).
    case waitWhileEmpty(condition: String, queue: String)
    /// Challenge only: `pop Q`, Python `Q.pop(0)` on a list: no waiting; an empty Q raises IndexError.
    case pop(String)

    /// The verbs of the scenario language, for parsing and "did you mean" hints.
    public static let verbs = [
        "compute", "io", "sleep", "lock", "unlock", "wait", "set", "clear", "start", "join", "increment",
        "submit", "result", "map", "shutdown", "acquire", "release", "notify", "notify-all", "put", "get", "task-done",
    ] + challengeVerbs

    /// Verbs only a ```challenge may use: they model plain Python lines (a flag, a list) that only the
    /// learner-as-scheduler engine runs; the simulator and the live engine have no rules for them.
    public static let challengeVerbs = ["store", "spin-while", "enter", "leave", "wait-if-empty", "wait-while-empty", "pop"]

    /// Scripted time this action takes by itself (compute, io, sleep), for the 60 s limit.
    public var scriptedDuration: Int64 {
        switch self {
        case .compute(let d), .io(let d), .sleep(let d): d
        default: 0
        }
    }
}
