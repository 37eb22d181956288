import TutorBasics

/// Why a thread changed state: a kind plus its subjects (lock, holder, duration…), stored as data and
/// turned into a sentence only when shown, so every language and exporter reads the same facts.
/// Subjects are names, not ids, so a reason can be read without its timeline.
public enum Reason: Hashable, Sendable {
    /// created → ready.
    case started
    /// ready → running on a core (numbered from 1).
    case dispatched(core: Int)
    /// running → ready: the round-robin slice ran out and another thread wanted the core.
    case sliceUsedUp
    /// running → ready: `thread` came back from I/O or sleep and took this core (`wakeup-preemption`).
    case preemptedByWakeup(thread: String)
    /// running → ready under the GIL: the switch interval passed and the GIL went to `to`.
    case gilHandedOver(to: String, afterMicros: Int64)
    /// ready → running: received the GIL from a thread that had to let it go.
    case gotGIL(from: String)
    /// The thread is ready but the GIL is held by `holder` (a resource-event reason).
    case waitingForGIL
    /// running → blocked for `io D`.
    case waitingForIO
    /// blocked → ready after I/O.
    case ioDone
    /// running → blocked for `sleep D`.
    case sleeping
    /// blocked → ready after a sleep.
    case wokeUp
    /// running → blocked on a lock held by `holder`.
    case waitingForLock(lock: String, holder: String)
    /// blocked → ready: the lock was handed over.
    case gotLock(lock: String)
    /// running → blocked on an event that is not set.
    case waitingForEvent(event: String)
    /// blocked → ready: the event was set.
    case eventSet(event: String)
    /// running → blocked in `join T`.
    case waitingForThread(thread: String)
    /// blocked → ready: the joined thread finished.
    case threadFinished(thread: String)
    /// running → blocked in `result TASK` (or `map`).
    case waitingForResult(task: String)
    /// blocked → ready: the awaited result is there.
    case resultReady(task: String)
    /// A pool worker with an empty queue: running → blocked.
    case waitingForWork
    /// blocked → ready: a pool worker took a task from the queue.
    case gotTask(task: String)
    /// running → blocked in `shutdown POOL` until the pool's work is done.
    case waitingForPool(pool: String)
    /// blocked → ready: the pool finished its work and its workers ended.
    case poolShutDown(pool: String)
    /// blocked → ready: the pool is shutting down, so an idle worker wakes to end.
    case poolClosing(pool: String)
    /// Many-to-one / many-to-many: the thread cannot get a kernel thread (a sibling's system call holds it).
    case waitingForKernelThread
    /// running → terminated.
    case finished
    /// running → blocked: the semaphore's count is 0.
    case waitingForSemaphore(semaphore: String)
    /// blocked → ready: a release handed the semaphore over.
    case gotSemaphore(semaphore: String)
    /// blocked → ready: `acquire S 50ms` timed out (acquire returned False).
    case semaphoreTimedOut(semaphore: String)
    /// blocked → ready: `lock L 50ms` timed out (acquire returned False); the thread goes on without it.
    case lockTimedOut(lock: String)
    /// blocked → ready: `wait E 50ms` timed out (wait returned False).
    case eventTimedOut(event: String)
    /// running → blocked in `wait C`: the condition's lock is released meanwhile.
    case waitingForCondition(condition: String, lock: String)
    /// blocked → ready: a notify woke it; it must take the lock back before it goes on.
    case notified(condition: String)
    /// blocked → ready: `wait C 50ms` timed out; it takes the lock back all the same.
    case conditionTimedOut(condition: String)
    /// running → blocked in `put`: the queue is full.
    case waitingForRoom(queue: String)
    /// blocked → ready: a `get` made room; the put is done.
    case gotRoom(queue: String)
    /// running → blocked in `get`: the queue is empty.
    case waitingForItem(queue: String)
    /// blocked → ready: a `put` handed it an item.
    case gotItem(queue: String, item: String)
    /// running → blocked in `join Q`: items put but not yet marked `task-done`.
    case waitingForQueueDone(queue: String)
    /// blocked → ready: the last `task-done`.
    case queueDone(queue: String)
    /// running → blocked at a barrier, before the last party arrives.
    case waitingAtBarrier(barrier: String, arrived: Int, parties: Int)
    /// blocked → ready: the last party arrived.
    case barrierPassed(barrier: String)
    /// blocked → ready: a timeout broke the barrier; the thread wakes to raise BrokenBarrierError.
    case barrierBroken(barrier: String)
    /// running → terminated by an exception nobody catches (ValueError from an over-released BoundedSemaphore, BrokenBarrierError).
    case uncaughtError(error: String)
    /// A lock waiter woken because the lock was released: it must try again, and another thread may take the
    /// lock first (CPython's Lock promises no order). Challenges only; the simulator hands the lock over.
    case lockReleased(lock: String)
    /// As `lockReleased`, for a semaphore's waiter.
    case semaphoreReleased(semaphore: String)
    /// A getter woken because an item was put: it looks again, and another getter may take the item first.
    case itemArrived(queue: String)

    /// A stable machine-readable name for the kind (used in JSON and chrome-trace).
    public var kind: String {
        switch self {
        case .started: "started"
        case .dispatched: "dispatched"
        case .sliceUsedUp: "slice-used-up"
        case .preemptedByWakeup: "preempted-by-wakeup"
        case .gilHandedOver: "gil-handed-over"
        case .gotGIL: "got-gil"
        case .waitingForGIL: "waiting-for-gil"
        case .waitingForIO: "waiting-for-io"
        case .ioDone: "io-done"
        case .sleeping: "sleeping"
        case .wokeUp: "woke-up"
        case .waitingForLock: "waiting-for-lock"
        case .gotLock: "got-lock"
        case .waitingForEvent: "waiting-for-event"
        case .eventSet: "event-set"
        case .waitingForThread: "waiting-for-thread"
        case .threadFinished: "thread-finished"
        case .waitingForResult: "waiting-for-result"
        case .resultReady: "result-ready"
        case .waitingForWork: "waiting-for-work"
        case .gotTask: "got-task"
        case .waitingForPool: "waiting-for-pool"
        case .poolShutDown: "pool-shut-down"
        case .poolClosing: "pool-closing"
        case .waitingForKernelThread: "waiting-for-kernel-thread"
        case .finished: "finished"
        case .waitingForSemaphore: "waiting-for-semaphore"
        case .gotSemaphore: "got-semaphore"
        case .semaphoreTimedOut: "semaphore-timed-out"
        case .lockTimedOut: "lock-timed-out"
        case .eventTimedOut: "event-timed-out"
        case .waitingForCondition: "waiting-for-condition"
        case .notified: "notified"
        case .conditionTimedOut: "condition-timed-out"
        case .waitingForRoom: "waiting-for-room"
        case .gotRoom: "got-room"
        case .waitingForItem: "waiting-for-item"
        case .gotItem: "got-item"
        case .waitingForQueueDone: "waiting-for-queue-done"
        case .queueDone: "queue-done"
        case .waitingAtBarrier: "waiting-at-barrier"
        case .barrierPassed: "barrier-passed"
        case .barrierBroken: "barrier-broken"
        case .uncaughtError: "uncaught-error"
        case .lockReleased: "lock-released"
        case .semaphoreReleased: "semaphore-released"
        case .itemArrived: "item-arrived"
        }
    }

    /// The reason as a sentence a learner reads.
    public func sentence(in language: Language) -> String { language.catalog(phrase) }

    /// The reason as a catalog phrase; its duration is formatted here, so catalogs receive plain text.
    public var phrase: Phrase {
        switch self {
        case .started: .reasonStarted
        case .dispatched(let core): .reasonDispatched(core: core)
        case .sliceUsedUp: .reasonSliceUsedUp
        case .preemptedByWakeup(let thread): .reasonPreemptedByWakeup(thread: thread)
        case .gilHandedOver(let to, let after): .reasonGILHandedOver(to: to, after: DurationText.format(after))
        case .gotGIL(let from): .reasonGotGIL(from: from)
        case .waitingForGIL: .reasonWaitingForGIL
        case .waitingForIO: .reasonWaitingForIO
        case .ioDone: .reasonIODone
        case .sleeping: .reasonSleeping
        case .wokeUp: .reasonWokeUp
        case .waitingForLock(let lock, let holder): .reasonWaitingForLock(lock: lock, holder: holder)
        case .gotLock(let lock): .reasonGotLock(lock: lock)
        case .waitingForEvent(let event): .reasonWaitingForEvent(event: event)
        case .eventSet(let event): .reasonEventSet(event: event)
        case .waitingForThread(let thread): .reasonWaitingForThread(thread: thread)
        case .threadFinished(let thread): .reasonThreadFinished(thread: thread)
        case .waitingForResult(let task): .reasonWaitingForResult(task: task)
        case .resultReady(let task): .reasonResultReady(task: task)
        case .waitingForWork: .reasonWaitingForWork
        case .gotTask(let task): .reasonGotTask(task: task)
        case .waitingForPool(let pool): .reasonWaitingForPool(pool: pool)
        case .poolShutDown(let pool): .reasonPoolShutDown(pool: pool)
        case .poolClosing(let pool): .reasonPoolClosing(pool: pool)
        case .waitingForKernelThread: .reasonWaitingForKernelThread
        case .finished: .reasonFinished
        case .waitingForSemaphore(let semaphore): .reasonWaitingForSemaphore(semaphore: semaphore)
        case .gotSemaphore(let semaphore): .reasonGotSemaphore(semaphore: semaphore)
        case .semaphoreTimedOut(let semaphore): .reasonSemaphoreTimedOut(semaphore: semaphore)
        case .lockTimedOut(let lock): .reasonLockTimedOut(lock: lock)
        case .eventTimedOut(let event): .reasonEventTimedOut(event: event)
        case .waitingForCondition(let condition, let lock): .reasonWaitingForCondition(condition: condition, lock: lock)
        case .notified(let condition): .reasonNotified(condition: condition)
        case .conditionTimedOut(let condition): .reasonConditionTimedOut(condition: condition)
        case .waitingForRoom(let queue): .reasonWaitingForRoom(queue: queue)
        case .gotRoom(let queue): .reasonGotRoom(queue: queue)
        case .waitingForItem(let queue): .reasonWaitingForItem(queue: queue)
        case .gotItem(let queue, let item): .reasonGotItem(queue: queue, item: item)
        case .waitingForQueueDone(let queue): .reasonWaitingForQueueDone(queue: queue)
        case .queueDone(let queue): .reasonQueueDone(queue: queue)
        case .waitingAtBarrier(let barrier, let arrived, let parties): .reasonWaitingAtBarrier(barrier: barrier, arrived: arrived, parties: parties)
        case .barrierPassed(let barrier): .reasonBarrierPassed(barrier: barrier)
        case .barrierBroken(let barrier): .reasonBarrierBroken(barrier: barrier)
        case .uncaughtError(let error): .reasonUncaughtError(error: error)
        case .lockReleased(let lock): .reasonLockReleased(lock: lock)
        case .semaphoreReleased(let semaphore): .reasonSemaphoreReleased(semaphore: semaphore)
        case .itemArrived(let queue): .reasonItemArrived(queue: queue)
        }
    }
}
