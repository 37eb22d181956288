/// What happened to a resource the screen shows beside the threads (cores, GIL, locks, events, pools…).
public enum ResourceEventKind: Hashable, Sendable {
    /// A core (from 1) now runs `thread`, or is idle when nil.
    case coreAssigned(core: Int, thread: ThreadID?)
    /// Many-to-one / many-to-many: kernel thread `kernelThread` (from 1) now carries `thread`, or none.
    case kernelThreadAssigned(kernelThread: Int, thread: ThreadID?)
    case gilAcquired(thread: ThreadID)
    case gilReleased(thread: ThreadID)
    case lockAcquired(lock: String, thread: ThreadID)
    case lockReleased(lock: String, thread: ThreadID)
    /// `thread` joined the lock's waiters (it leaves them when it acquires the lock).
    case lockWaiting(lock: String, thread: ThreadID)
    case eventSet(event: String, thread: ThreadID)
    case eventCleared(event: String, thread: ThreadID)
    /// A task joined a pool's queue.
    case taskQueued(pool: String, task: String)
    /// A worker took a task from the queue.
    case taskDequeued(pool: String, task: String, worker: ThreadID)
    case futureState(task: String, state: FutureState)
    /// The read half of a non-atomic increment.
    case counterRead(counter: String, thread: ThreadID, value: Int)
    /// The write half of a non-atomic increment (the value written).
    case counterWritten(counter: String, thread: ThreadID, value: Int)

    /// A stable machine-readable name (JSON `"kind"`).
    public var name: String {
        switch self {
        case .coreAssigned: "core"
        case .kernelThreadAssigned: "kernel-thread"
        case .gilAcquired: "gil-acquired"
        case .gilReleased: "gil-released"
        case .lockAcquired: "lock-acquired"
        case .lockReleased: "lock-released"
        case .lockWaiting: "lock-waiting"
        case .eventSet: "event-set"
        case .eventCleared: "event-cleared"
        case .taskQueued: "task-queued"
        case .taskDequeued: "task-dequeued"
        case .futureState: "future"
        case .counterRead: "counter-read"
        case .counterWritten: "counter-written"
        }
    }
}
