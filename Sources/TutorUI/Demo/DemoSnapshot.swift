import ThreadModel

/// Everything the pane shows about one moment of a run: the fold of every entry up to the cursor.
/// Derived on each draw, never stored, so stepping back is as cheap as stepping forward.
public struct DemoSnapshot: Sendable {
    public var states: [ThreadState]
    /// Each thread's latest transition (nil while it has none).
    public var lastTransitions: [Transition?]
    /// The latest transition of any thread.
    public var latest: Transition?
    public var gilHolder: ThreadID?
    public var locks: [LockView] = []
    /// Each pool's queued tasks, oldest first, in the scenario's pool order.
    public var queues: [(pool: String, tasks: [String])] = []
    /// Futures submitted so far, in submission order.
    public var futures: [(task: String, state: FutureState)] = []
    public var counters: [(name: String, value: Int)] = []
    /// Reads of a counter not yet followed by the same thread's write: the window where an update gets lost.
    public var pendingReads: [String: [(thread: ThreadID, value: Int)]] = [:]
    /// Many-to-one / many-to-many: which user thread each kernel thread carries (index 0 is kernel thread 1).
    public var kernelThreads: [ThreadID?] = []
    /// Semaphores, queues, conditions and barriers (empty when the scenario declares none).
    public var coordination = CoordinationSnapshot()

    public init(timeline: Timeline, cursor: PlaybackCursor, scenario: Scenario) {
        let count = timeline.threads.count
        states = Array(repeating: .created, count: count)
        lastTransitions = Array(repeating: nil, count: count)
        for transition in timeline.transitions.prefix(timeline.transitionCount(throughSeq: cursor.seq)) {
            guard transition.thread.rawValue < count else { continue }
            states[transition.thread.rawValue] = transition.to
            lastTransitions[transition.thread.rawValue] = transition
            latest = transition
        }
        kernelThreads = Array(repeating: nil, count: scenario.model.kernelThreads ?? 0)
        foldEvents(timeline, through: cursor.seq, scenario: scenario)
        coordination = CoordinationSnapshot(
            timeline: timeline, through: cursor.seq, scenario: scenario, states: states, lastTransitions: lastTransitions
        )
    }

    /// The thread on each core (index 0 is core 1), from the running threads' dispatch records.
    public func coreHolders(cores: Int) -> [ThreadID?] {
        var holders = [ThreadID?](repeating: nil, count: max(0, cores))
        for (index, state) in states.enumerated() where state == .running {
            if let core = lastTransitions[index]?.core, holders.indices.contains(core - 1) {
                holders[core - 1] = ThreadID(index)
            }
        }
        return holders
    }

    private mutating func foldEvents(_ timeline: Timeline, through seq: Int, scenario: Scenario) {
        var holders: [String: ThreadID] = [:]
        var waiters: [String: [ThreadID]] = [:]
        var lockOrder: [String] = []
        var queued: [String: [String]] = [:]
        var futureStates: [String: FutureState] = [:]
        var futureOrder: [String] = []
        var values = scenario.counters
        var counterOrder = scenario.counters.keys.sorted()
        // Names come from the whole run, so a lock or counter is listed (free, 0) before its first use.
        for event in timeline.events {
            switch event.kind {
            case .lockAcquired(let lock, _), .lockWaiting(let lock, _), .lockReleased(let lock, _):
                if !lockOrder.contains(lock) { lockOrder.append(lock) }
            case .counterRead(let counter, _, _), .counterWritten(let counter, _, _):
                if !counterOrder.contains(counter) { counterOrder.append(counter) }
            default: break
            }
        }
        for event in timeline.events.prefix(timeline.eventCount(throughSeq: seq)) {
            switch event.kind {
            case .gilAcquired(let thread): gilHolder = thread
            case .gilReleased(let thread) where gilHolder == thread: gilHolder = nil
            case .lockAcquired(let lock, let thread):
                holders[lock] = thread
                waiters[lock]?.removeAll { $0 == thread }
            case .lockReleased(let lock, let thread) where holders[lock] == thread: holders[lock] = nil
            case .lockWaiting(let lock, let thread): waiters[lock, default: []].append(thread)
            case .lockWaitTimedOut(let lock, let thread): waiters[lock]?.removeAll { $0 == thread }
            case .taskQueued(let pool, let task): queued[pool, default: []].append(task)
            case .taskDequeued(let pool, let task, _):
                if let index = queued[pool]?.firstIndex(of: task) { queued[pool]?.remove(at: index) }
            case .futureState(let task, let state):
                if futureStates[task] == nil { futureOrder.append(task) }
                futureStates[task] = state
            case .counterRead(let counter, let thread, let value):
                pendingReads[counter, default: []].removeAll { $0.thread == thread }
                pendingReads[counter, default: []].append((thread, value))
            case .counterWritten(let counter, let thread, let value):
                values[counter] = value
                pendingReads[counter]?.removeAll { $0.thread == thread }
            case .kernelThreadAssigned(let kernelThread, let thread) where kernelThreads.indices.contains(kernelThread - 1):
                kernelThreads[kernelThread - 1] = thread
            default: break
            }
        }
        // By name, so live runs (whose first lock event varies) list them in the same order as the simulation.
        locks = lockOrder.sorted().map { LockView(name: $0, holder: holders[$0], waiters: waiters[$0] ?? []) }
        queues = scenario.pools.map { ($0.name, queued[$0.name] ?? []) }
        futures = futureOrder.map { ($0, futureStates[$0] ?? .pending) }
        counters = counterOrder.map { ($0, values[$0] ?? 0) }
    }
}
