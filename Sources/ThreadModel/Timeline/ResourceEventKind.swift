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
    /// `thread` stopped waiting for the lock: its `acquire(timeout=)` ran out.
    case lockWaitTimedOut(lock: String, thread: ThreadID)
    /// A semaphore's count after `thread` took one (`value` is the count left).
    case semaphoreAcquired(semaphore: String, thread: ThreadID, value: Int)
    /// A semaphore's count after `thread` gave one back (a release that hands it to a waiter leaves it as it was).
    case semaphoreReleased(semaphore: String, thread: ThreadID, value: Int)
    /// A notify woke `thread`, which leaves the condition's waiters.
    case conditionNotified(condition: String, thread: ThreadID)
    case queuePut(queue: String, item: String, thread: ThreadID)
    case queueGot(queue: String, item: String, thread: ThreadID)
    /// `task_done()`; `unfinished` items are left to mark.
    case queueTaskDone(queue: String, thread: ThreadID, unfinished: Int)
    /// `thread` arrived at the barrier, the `count`-th of this round.
    case barrierArrived(barrier: String, thread: ThreadID, count: Int)
    /// The last party arrived: everyone goes on, the next round starts empty.
    case barrierReleased(barrier: String)
    /// A timeout broke the barrier; every waiter (and any later arrival) gets BrokenBarrierError.
    case barrierBroken(barrier: String)

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
        case .lockWaitTimedOut: "lock-timed-out"
        case .semaphoreAcquired: "semaphore-acquired"
        case .semaphoreReleased: "semaphore-released"
        case .conditionNotified: "condition-notified"
        case .queuePut: "queue-put"
        case .queueGot: "queue-got"
        case .queueTaskDone: "queue-task-done"
        case .barrierArrived: "barrier-arrived"
        case .barrierReleased: "barrier-released"
        case .barrierBroken: "barrier-broken"
        }
    }
}
