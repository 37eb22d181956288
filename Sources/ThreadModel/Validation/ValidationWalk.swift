/// The state the validator keeps while it replays a timeline entry by entry, in sequence order.
struct ValidationWalk {
    let timeline: Timeline
    let cores: Int
    let gil: Bool
    var issues: [ValidationIssue] = []
    private var states: [ThreadState]
    private var coreOwners: [Int: ThreadID] = [:]
    /// The core each running thread occupies, and how many run, kept as the walk goes (O(1) per entry).
    private var coreOf: [Int?]
    private var runningCount = 0
    private var gilHolder: ThreadID?
    private var lockHolders: [String: ThreadID] = [:]
    /// Each queue's items as put, to check that `get` takes the oldest (FIFO).
    private var queueItems: [String: FIFOQueue<String>] = [:]
    private var lastTime: Int64 = 0
    private var lastSeq = -1
    /// Time of the group of entries being checked; the running count is checked when the time moves on,
    /// because one instant may record a preemption and the next dispatch in either order.
    private var groupTime: Int64 = 0

    init(timeline: Timeline, cores: Int, gil: Bool) {
        self.timeline = timeline
        self.cores = cores
        self.gil = gil
        states = Array(repeating: .created, count: timeline.threads.count)
        coreOf = Array(repeating: nil, count: timeline.threads.count)
    }

    mutating func run() {
        var t = 0, e = 0
        let transitions = timeline.transitions, events = timeline.events
        while t < transitions.count || e < events.count {
            if e >= events.count || (t < transitions.count && transitions[t].seq < events[e].seq) {
                step(transitions[t])
                t += 1
            } else {
                step(events[e])
                e += 1
            }
        }
        checkRunningCount()
        checkEnd()
    }

    private mutating func issue(_ seq: Int?, _ time: Int64?, _ message: String) {
        issues.append(ValidationIssue(seq: seq, time: time, message: message))
    }

    private func name(_ thread: ThreadID) -> String {
        timeline.threads.indices.contains(thread.rawValue) ? timeline.threads[thread.rawValue].name : "\(thread)"
    }

    private mutating func order(seq: Int, time: Int64) {
        if seq <= lastSeq { issue(seq, time, "sequence number \(seq) does not follow \(lastSeq)") }
        if time < lastTime { issue(seq, time, "time goes back from \(lastTime) µs to \(time) µs") }
        if time != groupTime { checkRunningCount() }
        groupTime = time
        lastSeq = seq
        lastTime = max(lastTime, time)
    }

    private mutating func step(_ transition: Transition) {
        order(seq: transition.seq, time: transition.time)
        let index = transition.thread.rawValue
        guard states.indices.contains(index) else {
            issue(transition.seq, transition.time, "unknown thread \(transition.thread)")
            return
        }
        let who = name(transition.thread)
        if transition.from != states[index] {
            issue(transition.seq, transition.time, "bad old state: \(who) is \(states[index].rawValue), not \(transition.from.rawValue)")
        }
        if !states[index].canMove(to: transition.to) {
            issue(transition.seq, transition.time, "illegal transition for \(who): \(states[index].rawValue) → \(transition.to.rawValue)")
        }
        if states[index] == .running {
            runningCount -= 1
            if let core = coreOf[index], coreOwners[core] == transition.thread { coreOwners[core] = nil }
            coreOf[index] = nil
        }
        if transition.to == .running {
            runningCount += 1
            occupyCore(transition, who: who)
        }
        states[index] = transition.to
    }

    private mutating func occupyCore(_ transition: Transition, who: String) {
        guard let core = transition.core, (1...max(1, cores)).contains(core) else {
            issue(transition.seq, transition.time, "\(who) runs without a core between 1 and \(cores)")
            return
        }
        if let other = coreOwners[core], other != transition.thread {
            issue(transition.seq, transition.time, "\(who) and \(name(other)) both run on core \(core)")
        }
        coreOwners[core] = transition.thread
        coreOf[transition.thread.rawValue] = core
    }

    private mutating func checkRunningCount() {
        let running = runningCount
        let allowed = gil ? min(1, cores) : cores
        if running > allowed {
            let why = gil ? "with the GIL only one thread runs" : "only \(cores) core(s)"
            issue(nil, groupTime, "\(running) threads running at \(groupTime) µs; \(why)")
        }
    }

    private mutating func step(_ event: ResourceEvent) {
        order(seq: event.seq, time: event.time)
        switch event.kind {
        case .gilAcquired(let thread):
            if let holder = gilHolder, holder != thread {
                issue(event.seq, event.time, "\(name(thread)) takes the GIL while \(name(holder)) holds it")
            }
            gilHolder = thread
        case .gilReleased(let thread):
            if gilHolder != thread { issue(event.seq, event.time, "\(name(thread)) releases a GIL it does not hold") }
            gilHolder = nil
        case .lockAcquired(let lock, let thread):
            if let holder = lockHolders[lock], holder != thread {
                issue(event.seq, event.time, "\(name(thread)) takes lock \(lock) while \(name(holder)) holds it")
            }
            lockHolders[lock] = thread
        case .lockReleased(let lock, let thread):
            if lockHolders[lock] != thread { issue(event.seq, event.time, "\(name(thread)) releases lock \(lock) it does not hold") }
            lockHolders[lock] = nil
        case .semaphoreAcquired(let semaphore, let thread, let value), .semaphoreReleased(let semaphore, let thread, let value):
            if value < 0 { issue(event.seq, event.time, "semaphore \(semaphore) goes below 0 when \(name(thread)) takes it") }
        case .queuePut(let queue, let item, _):
            queueItems[queue, default: FIFOQueue()].append(item)
        case .queueGot(let queue, let item, let thread):
            let oldest = queueItems[queue]?.popFirst()
            if oldest != item {
                issue(event.seq, event.time, "\(name(thread)) gets \(item) from queue \(queue), but the oldest item is \(oldest ?? "none")")
            }
        default:
            break
        }
    }

    /// A finished run leaves every started thread terminated, unless it stopped on a reported deadlock.
    private mutating func checkEnd() {
        guard timeline.endTime != nil, timeline.deadlock == nil else { return }
        for (index, state) in states.enumerated() where state != .created && state != .terminated {
            issue(nil, timeline.endTime, "\(name(ThreadID(index))) ends the run \(state.rawValue), not terminated")
        }
    }
}
