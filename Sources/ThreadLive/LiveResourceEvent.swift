/// A resource change recorded beside the transitions (cores numbered from 1; subjects are plan indices).
enum LiveResourceEvent: Hashable, Sendable {
    case coreAssigned(core: Int, thread: Int?)
    case kernelThreadAssigned(kernelThread: Int, thread: Int?)
    case gilAcquired(thread: Int)
    case gilReleased(thread: Int)
    case lockAcquired(lock: Int, thread: Int)
    case lockReleased(lock: Int, thread: Int)
    case lockWaiting(lock: Int, thread: Int)
    case eventSet(event: Int, thread: Int)
    case eventCleared(event: Int, thread: Int)
    case taskQueued(pool: Int, task: Int)
    case taskDequeued(pool: Int, task: Int, worker: Int)
    case futurePending(task: Int)
    case futureRunning(task: Int)
    case futureDone(task: Int)
    case counterRead(counter: Int, thread: Int, value: Int)
    case counterWritten(counter: Int, thread: Int, value: Int)
}
