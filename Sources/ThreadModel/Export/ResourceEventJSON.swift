/// One resource event as JSON: `seq`, `time_us`, `kind`, then the kind's own fields.
enum ResourceEventJSON {
    static func render(_ event: ResourceEvent, names: [String]) -> String {
        let name = { (id: ThreadID) in JSONText.quote(names[safe: id.rawValue] ?? "\(id)") }
        let optionalName = { (id: ThreadID?) in id.map(name) ?? "null" }
        let fields: [(String, String)]
        switch event.kind {
        case .coreAssigned(let core, let thread): fields = [("core", "\(core)"), ("thread", optionalName(thread))]
        case .kernelThreadAssigned(let kernelThread, let thread):
            fields = [("kernel_thread", "\(kernelThread)"), ("thread", optionalName(thread))]
        case .gilAcquired(let thread), .gilReleased(let thread): fields = [("thread", name(thread))]
        case .lockAcquired(let lock, let thread), .lockReleased(let lock, let thread), .lockWaiting(let lock, let thread):
            fields = [("lock", JSONText.quote(lock)), ("thread", name(thread))]
        case .eventSet(let event, let thread), .eventCleared(let event, let thread):
            fields = [("event", JSONText.quote(event)), ("thread", name(thread))]
        case .taskQueued(let pool, let task): fields = [("pool", JSONText.quote(pool)), ("task", JSONText.quote(task))]
        case .taskDequeued(let pool, let task, let worker):
            fields = [("pool", JSONText.quote(pool)), ("task", JSONText.quote(task)), ("worker", name(worker))]
        case .futureState(let task, let state): fields = [("task", JSONText.quote(task)), ("state", JSONText.quote(state.rawValue))]
        case .counterRead(let counter, let thread, let value), .counterWritten(let counter, let thread, let value):
            fields = [("counter", JSONText.quote(counter)), ("thread", name(thread)), ("value", "\(value)")]
        case .lockWaitTimedOut(let lock, let thread): fields = [("lock", JSONText.quote(lock)), ("thread", name(thread))]
        case .semaphoreAcquired(let semaphore, let thread, let value), .semaphoreReleased(let semaphore, let thread, let value):
            fields = [("semaphore", JSONText.quote(semaphore)), ("thread", name(thread)), ("value", "\(value)")]
        case .conditionNotified(let condition, let thread):
            fields = [("condition", JSONText.quote(condition)), ("thread", name(thread))]
        case .queuePut(let queue, let item, let thread), .queueGot(let queue, let item, let thread):
            fields = [("queue", JSONText.quote(queue)), ("item", JSONText.quote(item)), ("thread", name(thread))]
        case .queueTaskDone(let queue, let thread, let unfinished):
            fields = [("queue", JSONText.quote(queue)), ("thread", name(thread)), ("unfinished", "\(unfinished)")]
        case .barrierArrived(let barrier, let thread, let count):
            fields = [("barrier", JSONText.quote(barrier)), ("thread", name(thread)), ("count", "\(count)")]
        case .barrierReleased(let barrier), .barrierBroken(let barrier): fields = [("barrier", JSONText.quote(barrier))]
        }
        return JSONText.object([("seq", "\(event.seq)"), ("time_us", "\(event.time)"), ("kind", JSONText.quote(event.kind.name))] + fields)
    }
}
