import ThreadModel
import TutorBasics

/// Turns the bootstrap's events and /proc's samples, merged in time order, into a five-state Timeline that
/// passes the Validator. The evidence gives a target state for each thread; the builder walks there by legal
/// transitions only. Rules (recorded in docs/DECISIONS.md, "Tracing"):
/// 1. Inside a patched blocking call → blocked with its reason. Otherwise /proc decides: `R` → running; futex →
///    ready, waiting for the GIL (without a GIL: blocked on a C-level lock); I/O calls → blocked on I/O;
///    nanosleep → sleeping. Right after a start or a wake, before a sample says otherwise → running.
/// 2. Under the GIL one thread runs (without it, one per core): a thread sampled `R` while the turn is taken
///    stays ready until the holder leaves; the longest-ready thread gets the next turn.
/// 3. A ready thread that must have run to do what an event says (start a wait, end) runs for an instant: the
///    holder of the turn is made ready for that instant.
/// 4. blocked → running passes through ready; a new blocked reason passes through ready and running.
/// 5. Times never go back: an entry stamped before the last one is recorded at the last one's time.
/// 6. A lock acquired while another thread is recorded as its holder (a release the bootstrap did not write)
///    is first released by that holder.
/// 7. At the end, threads still alive are terminated (the program ended or was stopped), unless it deadlocked.
struct TraceTimelineBuilder {
    private(set) var timeline: Timeline
    let gil: Bool
    /// CLOCK_MONOTONIC ns of time 0.
    let base: Int64
    private let capacity: Int
    private var ids: [Int32: ThreadID] = [:]
    private var slots: [TraceThreadSlot] = []
    private var objects: [Int: (kind: String, name: String)] = [:]
    private var freeCores: [Int]
    private var running: [ThreadID] = []
    private var lastHolder: ThreadID?
    private var now: Int64 = 0
    private var lockHolders: [String: ThreadID] = [:]
    /// ThreadPoolExecutor work queues (object id → pool name) and the tasks waiting in each, oldest first.
    private var workQueues: [Int: String] = [:]
    private var queuedTasks: [Int: [String]] = [:]
    private var taskCounts: [String: Int] = [:]
    private var usedNames: Set<String> = []
    private(set) var notes: [Phrase] = []

    init(cores: Int, gil: Bool, base: Int64) {
        timeline = Timeline(cores: max(1, cores))
        self.gil = gil
        self.base = base
        capacity = gil ? 1 : max(1, cores)
        freeCores = Array(1...max(1, cores))
    }

    func thread(forKernelTID tid: Int32) -> ThreadID? { ids[tid] }

    // MARK: Input

    mutating func apply(_ sample: TraceSample) {
        guard let id = ids[sample.tid], sample.kernelClass != .gone else { return }
        advance(to: sample.time)
        slots[id.rawValue].sampled = sample.kernelClass
        settle(id)
    }

    mutating func apply(_ event: TraceEvent) {
        switch event.kind {
        case "hello":
            advance(to: event.time)
            let id = addThread(tid: event.tid, name: event.string("name") ?? "MainThread")
            timeline.record(id, to: .ready, at: now, reason: .started)
            slots[id.rawValue].readySince = now
            settle(id)
        case "thread":
            // Ready from the moment start() was called (t0), running from its first event.
            advance(to: event.number("t0") ?? event.time)
            let id = addThread(tid: event.tid, name: event.string("name") ?? "Thread")
            timeline.record(id, to: .ready, at: now, reason: .started)
            slots[id.rawValue].readySince = now
            advance(to: event.time)
            settle(id)
        case "new":
            objects[event.object] = (event.string("kind") ?? "object", event.string("name") ?? "#\(event.object)")
        default:
            guard let id = ids[event.tid] else { return }
            advance(to: event.time)
            applyThreadEvent(event, id)
        }
    }

    private mutating func applyThreadEvent(_ event: TraceEvent, _ id: ThreadID) {
        switch event.kind {
        case "end":
            slots[id.rawValue].ended = true
            settle(id)
        case "wait":
            let what = event.string("what") ?? "?"
            if let wait = slots[id.rawValue].wait, wait.object == event.object, wait.what == what { return }  // a refresh
            var reasons = waitReasons(what: what, object: event.object, other: Int32(truncatingIfNeeded: event.number("holder") ?? 0), id)
            if what == "start" {
                let started = "\(event.string("name") ?? "a thread") started"
                reasons = (.waitingForEvent(event: started), .eventSet(event: started))
            }
            slots[id.rawValue].wait = (event.object, what, reasons.0, reasons.1)
            if what == "lock" { timeline.record(.lockWaiting(lock: objectName(event.object), thread: id), at: now) }
            settle(id)
        case "woke":
            if let wait = slots[id.rawValue].wait, wait.what == "get", workQueues[wait.object] != nil,
               let task = queuedTasks[wait.object]?.first {
                slots[id.rawValue].wake = .gotTask(task: task)
            }
            slots[id.rawValue].wait = nil
            slots[id.rawValue].sampled = nil
            settle(id)
        case "acq":
            let lock = objectName(event.object)
            if let holder = lockHolders[lock], holder != id {
                timeline.record(.lockReleased(lock: lock, thread: holder), at: now)
            }
            if lockHolders[lock] != id {
                lockHolders[lock] = id
                timeline.record(.lockAcquired(lock: lock, thread: id), at: now)
            }
        case "rel":
            let lock = objectName(event.object)
            if lockHolders[lock] == id {
                lockHolders[lock] = nil
                timeline.record(.lockReleased(lock: lock, thread: id), at: now)
            }
        case "set":
            timeline.record(.eventSet(event: objectName(event.object), thread: id), at: now)
        case "put":
            queuePut(event, id)
        case "get":
            queueGet(event, id)
        case "exception":
            notes.append(.traceThreadRaised(thread: timeline.threads[id.rawValue].name, text: event.string("text") ?? "Exception"))
        default:
            break
        }
    }

    /// Ends the timeline at `time`: every live thread is terminated, unless `deadlock` (kernel ids, each waiting
    /// for the next) is given, which is reported as the simulator reports one.
    mutating func finish(at time: Int64, deadlock: [Int32]?) {
        advance(to: time)
        if let deadlock, !deadlock.isEmpty {
            reportDeadlock(deadlock)
        } else {
            for index in slots.indices {
                slots[index].ended = true
                settle(ThreadID(index))
            }
        }
        timeline.finish(at: now)
    }

    // MARK: Threads

    private mutating func addThread(tid: Int32, name: String) -> ThreadID {
        if let known = ids[tid] { return known }
        var unique = name
        if usedNames.contains(unique) { unique = "\(name) [\(tid)]" }
        usedNames.insert(unique)
        let isWorker = name.hasPrefix("ThreadPoolExecutor-")
        let pool = isWorker ? name.split(separator: "_").dropLast().joined(separator: "_") : nil
        let id = timeline.addThread(name: unique, kind: isWorker ? .poolWorker : .thread, pool: pool, kernelTID: tid)
        ids[tid] = id
        slots.append(TraceThreadSlot(tid: tid))
        return id
    }

    private func name(_ id: ThreadID) -> String { timeline.threads[id.rawValue].name }

    private func objectName(_ object: Int) -> String { objects[object]?.name ?? "#\(object)" }

    private mutating func advance(to nanoseconds: Int64) {
        now = max(now, (nanoseconds - base) / 1000)
    }

    // MARK: Walking to the target

    private func target(_ slot: TraceThreadSlot) -> TraceTarget? {
        if slot.ended { return .terminated }
        if let wait = slot.wait { return .blocked(wait.reason, wake: wait.wake) }
        switch slot.sampled {
        case nil, .running: return .running
        case .futex:
            return gil ? .ready(.waitingForGIL)
                : .blocked(.waitingForLock(lock: "a C-level lock", holder: "another thread"), wake: .gotLock(lock: "a C-level lock"))
        case .io, .other: return .blocked(.waitingForIO, wake: .ioDone)
        case .sleeping: return .blocked(.sleeping, wake: .wokeUp)
        case .gone: return nil
        }
    }

    private mutating func settle(_ id: ThreadID) {
        for _ in 0..<6 {
            guard let goal = target(slots[id.rawValue]) else { return }
            let state = timeline.currentState(of: id)
            switch (state, goal) {
            case (.terminated, _), (.ready, .ready), (.running, .running):
                return
            case (.created, _):
                timeline.record(id, to: .ready, at: now, reason: .started)
                slots[id.rawValue].readySince = now
            case (.ready, .running):
                if running.count < capacity { dispatch(id) }
                return
            case (.ready, .blocked), (.ready, .terminated):
                forceRun(id)
            case (.running, .ready(let reason)):
                leaveRunning(id, to: .ready, reason: reason)
                offerTurn()
                return
            case (.running, .blocked(let reason, let wake)):
                leaveRunning(id, to: .blocked, reason: reason)
                slots[id.rawValue].blockedReason = reason
                slots[id.rawValue].wake = wake
                offerTurn()
                return
            case (.running, .terminated):
                leaveRunning(id, to: .terminated, reason: .finished)
                offerTurn()
                return
            case (.blocked, .blocked(let reason, _)) where reason == slots[id.rawValue].blockedReason:
                return
            case (.blocked, _):
                timeline.record(id, to: .ready, at: now, reason: slots[id.rawValue].wake ?? .ioDone)
                slots[id.rawValue].readySince = now
                slots[id.rawValue].blockedReason = nil
            }
        }
    }

    private mutating func dispatch(_ id: ThreadID) {
        let core = freeCores.removeFirst()
        let reason: Reason
        if gil, let last = lastHolder, last != id { reason = .gotGIL(from: name(last)) } else { reason = .dispatched(core: core) }
        timeline.record(id, to: .running, at: now, core: core, reason: reason)
        slots[id.rawValue].core = core
        running.append(id)
        if gil {
            timeline.record(.gilAcquired(thread: id), at: now)
            lastHolder = id
        }
    }

    private mutating func leaveRunning(_ id: ThreadID, to state: ThreadState, reason: Reason) {
        let core = slots[id.rawValue].core
        timeline.record(id, to: state, at: now, core: core, reason: reason)
        if gil { timeline.record(.gilReleased(thread: id), at: now) }
        if let core {
            freeCores.append(core)
            freeCores.sort()
        }
        slots[id.rawValue].core = nil
        running.removeAll { $0 == id }
        if state == .ready { slots[id.rawValue].readySince = now }
    }

    /// Rule 3: the thread must have run; if the turn is taken, its holder is made ready for this instant.
    private mutating func forceRun(_ id: ThreadID) {
        if running.count >= capacity, let holder = running.first {
            leaveRunning(holder, to: .ready, reason: .waitingForGIL)
        }
        dispatch(id)
    }

    /// Gives free turns to ready threads that want to run, longest-ready first.
    private mutating func offerTurn() {
        while running.count < capacity {
            let waiting = slots.indices.filter { index in
                let id = ThreadID(index)
                return timeline.currentState(of: id) == .ready && target(slots[index]) == .running
            }
            guard let next = waiting.min(by: { slots[$0].readySince < slots[$1].readySince }) else { return }
            dispatch(ThreadID(next))
        }
    }

    // MARK: Reasons and resources

    private mutating func waitReasons(what: String, object: Int, other: Int32, _ id: ThreadID) -> (Reason, Reason) {
        let objectName = objectName(object)
        switch what {
        case "lock":
            let holder = ids[other].map(name) ?? "another thread"
            return (.waitingForLock(lock: objectName, holder: holder), .gotLock(lock: objectName))
        case "cond" where objectName.hasPrefix("future#"):
            return (.waitingForResult(task: objectName), .resultReady(task: objectName))
        case "cond", "sem", "event", "barrier":
            return (.waitingForEvent(event: objectName), .eventSet(event: objectName))
        case "get":
            if workQueues[object] != nil, timeline.threads[id.rawValue].kind == .poolWorker {
                return (.waitingForWork, .gotTask(task: queuedTasks[object]?.first ?? "a task"))
            }
            return (.waitingForEvent(event: "\(objectName) not empty"), .eventSet(event: "\(objectName) not empty"))
        case "put":
            return (.waitingForEvent(event: "\(objectName) not full"), .eventSet(event: "\(objectName) not full"))
        case "join":
            let joined = ids[other].map(name) ?? "a thread"
            return (.waitingForThread(thread: joined), .threadFinished(thread: joined))
        case "exit":
            return (.waitingForThread(thread: "the other threads"), .threadFinished(thread: "the other threads"))
        case "sleep":
            return (.sleeping, .wokeUp)
        default:
            return (.waitingForIO, .ioDone)
        }
    }

    /// A ThreadPoolExecutor's work queue is `_work_queue`; the n-th one made belongs to ThreadPoolExecutor-n,
    /// the name CPython gives its workers.
    private mutating func queuePut(_ event: TraceEvent, _ id: ThreadID) {
        guard objects[event.object]?.name.hasPrefix("_work_queue") == true, let item = event.string("item") else { return }
        let pool: String
        if let known = workQueues[event.object] {
            pool = known
        } else {
            pool = "ThreadPoolExecutor-\(workQueues.count)"
            workQueues[event.object] = pool
        }
        let count = (taskCounts[item] ?? 0) + 1
        taskCounts[item] = count
        let task = "\(item)#\(count)"
        queuedTasks[event.object, default: []].append(task)
        timeline.record(.taskQueued(pool: pool, task: task), at: now)
    }

    private mutating func queueGet(_ event: TraceEvent, _ id: ThreadID) {
        guard let pool = workQueues[event.object], event.string("item") != nil,
              var tasks = queuedTasks[event.object], !tasks.isEmpty else { return }
        let task = tasks.removeFirst()
        queuedTasks[event.object] = tasks
        timeline.record(.taskDequeued(pool: pool, task: task, worker: id), at: now)
    }

    private mutating func reportDeadlock(_ tids: [Int32]) {
        let members = tids.compactMap { ids[$0] }
        var cycle: [WaitEdge] = []
        for (index, id) in members.enumerated() {
            let next = members[(index + 1) % members.count]
            let reason = slots[id.rawValue].wait?.reason ?? .waitingForLock(lock: "a lock", holder: name(next))
            cycle.append(WaitEdge(thread: id, waitsFor: next, reason: reason))
        }
        var stuck: [WaitEdge] = []
        for index in slots.indices where timeline.currentState(of: ThreadID(index)) == .blocked {
            let id = ThreadID(index)
            let waitsFor = cycle.first { $0.thread == id }?.waitsFor
            stuck.append(WaitEdge(thread: id, waitsFor: waitsFor, reason: slots[index].blockedReason ?? .waitingForIO))
        }
        timeline.reportDeadlock(Deadlock(time: now, cycle: cycle, stuck: stuck))
    }
}
