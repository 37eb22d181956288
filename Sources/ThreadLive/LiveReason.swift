/// Why a live thread changed state. Subjects are dense indices into the plan's name tables, so recording one
/// copies a few integers and retains nothing; names are looked up when the timeline is built.
enum LiveReason: Hashable, Sendable {
    case started
    /// Core numbered from 1.
    case dispatched(core: Int)
    case sliceUsedUp
    case gilHandedOver(to: Int, afterNanoseconds: Int64)
    case gotGIL(from: Int)
    case waitingForIO
    case ioDone
    case sleeping
    case wokeUp
    case waitingForLock(lock: Int, holder: Int)
    case gotLock(lock: Int)
    case waitingForEvent(event: Int)
    case eventSet(event: Int)
    case waitingForThread(thread: Int)
    case threadFinished(thread: Int)
    case waitingForResult(task: Int)
    case resultReady(task: Int)
    case waitingForWork
    case gotTask(task: Int)
    case waitingForPool(pool: Int)
    case poolShutDown(pool: Int)
    case poolClosing(pool: Int)
    case finished
}
