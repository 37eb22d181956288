/// Everything that happened in one demo run: thread transitions and resource events, in time order, sharing one
/// sequence. Built by appending (the live engine appends as things happen), so appending is O(1) and never
/// re-sorts; spans and "state at t" are derived by binary search.
public struct Timeline: Sendable {
    public private(set) var threads: [ThreadInfo] = []
    public private(set) var transitions: [Transition] = []
    public private(set) var events: [ResourceEvent] = []
    /// Virtual CPUs the run had (for utilisation and validation).
    public var cores: Int
    /// Set when the run stopped with threads still blocked.
    public private(set) var deadlock: Deadlock?
    /// Set when the run is over; a timeline still being recorded (live, or waiting for a learner's choice) has nil.
    public private(set) var endTime: Int64?

    /// Indices into `transitions`, one list per thread, for O(log n) per-thread queries.
    private var transitionIndices: [[Int]] = []
    private var nextSeq = 0

    public init(cores: Int) { self.cores = cores }

    // MARK: Recording

    /// Adds a thread (state `created`) and returns its id.
    @discardableResult
    public mutating func addThread(name: String, kind: ThreadKind = .thread, pool: String? = nil, kernelTID: Int32? = nil) -> ThreadID {
        let id = ThreadID(threads.count)
        threads.append(ThreadInfo(id: id, name: name, kind: kind, pool: pool, kernelTID: kernelTID))
        transitionIndices.append([])
        return id
    }

    /// Makes room for this many more entries, so a long run appends without repeated copying.
    public mutating func reserveCapacity(transitions extraTransitions: Int, events extraEvents: Int) {
        transitions.reserveCapacity(transitions.count + extraTransitions)
        events.reserveCapacity(events.count + extraEvents)
    }

    /// The live engine learns kernel thread ids after the threads start.
    public mutating func setKernelTID(_ tid: Int32, for thread: ThreadID) {
        threads[thread.rawValue].kernelTID = tid
    }

    /// Records `thread` moving to `to`. `from` defaults to the thread's last recorded state; pass it only to
    /// record exactly what an observer saw (the validator then checks it).
    @discardableResult
    public mutating func record(
        _ thread: ThreadID, from: ThreadState? = nil, to: ThreadState, at time: Int64, core: Int? = nil, reason: Reason
    ) -> Transition {
        let transition = Transition(
            seq: takeSeq(), time: time, thread: thread, from: from ?? currentState(of: thread),
            to: to, core: core, reason: reason
        )
        transitionIndices[thread.rawValue].append(transitions.count)
        transitions.append(transition)
        return transition
    }

    /// Records a resource event.
    public mutating func record(_ kind: ResourceEventKind, at time: Int64) {
        events.append(ResourceEvent(seq: takeSeq(), time: time, kind: kind))
    }

    /// Appends an entry recorded elsewhere (the live engine's log) as this timeline's next entry; `from` is
    /// kept as recorded, so the validator checks what the engine saw.
    public mutating func append(_ entry: TimelineEntry) {
        switch entry {
        case .transition(let transition):
            record(
                transition.thread, from: transition.from, to: transition.to, at: transition.time,
                core: transition.core, reason: transition.reason
            )
        case .event(let event):
            record(event.kind, at: event.time)
        }
    }

    public mutating func reportDeadlock(_ deadlock: Deadlock) { self.deadlock = deadlock }

    /// Marks the run as over at `time`.
    public mutating func finish(at time: Int64) { endTime = time }

    private mutating func takeSeq() -> Int {
        defer { nextSeq += 1 }
        return nextSeq
    }

    // MARK: Per-thread queries

    /// The thread's transitions in order.
    public func transitions(of thread: ThreadID) -> [Transition] {
        transitionIndices[thread.rawValue].map { transitions[$0] }
    }

    /// The state after everything recorded so far.
    public func currentState(of thread: ThreadID) -> ThreadState {
        transitionIndices[thread.rawValue].last.map { transitions[$0].to } ?? .created
    }

    /// The state at time `t`, after every transition stamped at or before `t`.
    public func state(of thread: ThreadID, at time: Int64) -> ThreadState {
        lastTransition(of: thread) { $0.time <= time }?.to ?? .created
    }

    /// The state after the entry with sequence number `seq` (for a playback cursor that steps event by event).
    public func state(of thread: ThreadID, afterSeq seq: Int) -> ThreadState {
        lastTransition(of: thread) { $0.seq <= seq }?.to ?? .created
    }

    /// The last transition of `thread` satisfying a predicate that is true for a prefix of its transitions.
    public func lastTransition(of thread: ThreadID, where isBefore: (Transition) -> Bool) -> Transition? {
        let indices = transitionIndices[thread.rawValue]
        var low = 0, high = indices.count
        while low < high {
            let mid = (low + high) / 2
            if isBefore(transitions[indices[mid]]) { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : transitions[indices[low - 1]]
    }

    /// The thread's life as consecutive spans; the last span runs to the end of the timeline.
    public func spans(for thread: ThreadID) -> [Span] {
        var spans: [Span] = []
        var state = ThreadState.created, start: Int64 = 0, core: Int?, reason: Reason?
        for index in transitionIndices[thread.rawValue] {
            let transition = transitions[index]
            spans.append(Span(thread: thread, state: state, start: start, end: transition.time, core: core, reason: reason))
            state = transition.to
            start = transition.time
            core = transition.to == .running ? transition.core : nil
            reason = transition.reason
        }
        spans.append(Span(thread: thread, state: state, start: start, end: max(start, end), core: core, reason: reason))
        return spans
    }

    /// Time spent in each state up to the end of the timeline.
    public func totals(for thread: ThreadID) -> StateTotals {
        var totals = StateTotals()
        for span in spans(for: thread) { totals.add(span.duration, to: span.state) }
        return totals
    }

    // MARK: Whole-run queries

    /// The end of the run: `endTime` once finished, else the latest time recorded.
    public var end: Int64 {
        endTime ?? max(transitions.last?.time ?? 0, events.last?.time ?? 0)
    }

    /// Time from 0 until the last thread stopped changing state.
    public var makespan: Int64 { transitions.last?.time ?? 0 }

    /// Busy core time ÷ (cores × makespan), from 0 to 1.
    public var utilisation: Double {
        let makespan = makespan
        guard makespan > 0, cores > 0 else { return 0 }
        let busy = threads.reduce(Int64(0)) { $0 + totals(for: $1.id).running }
        return Double(busy) / Double(Int64(cores) * makespan)
    }

    /// Which thread runs on each core at `t` (index 0 is core 1); nil for an idle core.
    public func coreHolders(at time: Int64) -> [ThreadID?] {
        var holders = [ThreadID?](repeating: nil, count: cores)
        for info in threads {
            guard let last = lastTransition(of: info.id, where: { $0.time <= time }), last.to == .running,
                  let core = last.core, (1...cores).contains(core) else { continue }
            holders[core - 1] = info.id
        }
        return holders
    }

    /// Who holds the GIL at `t`.
    public func gilHolder(at time: Int64) -> ThreadID? {
        var holder: ThreadID?
        for event in events(upTo: time) {
            switch event.kind {
            case .gilAcquired(let thread): holder = thread
            case .gilReleased(let thread) where holder == thread: holder = nil
            default: break
            }
        }
        return holder
    }

    /// Who holds each lock at `t` (locks nobody holds are absent).
    public func lockHolders(at time: Int64) -> [String: ThreadID] {
        var holders: [String: ThreadID] = [:]
        for event in events(upTo: time) {
            switch event.kind {
            case .lockAcquired(let lock, let thread): holders[lock] = thread
            case .lockReleased(let lock, let thread) where holders[lock] == thread: holders[lock] = nil
            default: break
            }
        }
        return holders
    }

    /// The threads waiting for each lock at `t`, in the order they started waiting.
    public func lockWaiters(at time: Int64) -> [String: [ThreadID]] {
        var waiters: [String: [ThreadID]] = [:]
        for event in events(upTo: time) {
            switch event.kind {
            case .lockWaiting(let lock, let thread): waiters[lock, default: []].append(thread)
            case .lockAcquired(let lock, let thread), .lockWaitTimedOut(let lock, let thread):
                waiters[lock]?.removeAll { $0 == thread }
            default: break
            }
        }
        return waiters.filter { !$0.value.isEmpty }
    }

    /// Each counter's last written value (counters never written are absent).
    public var finalCounters: [String: Int] {
        var values: [String: Int] = [:]
        for event in events {
            if case .counterWritten(let counter, _, let value) = event.kind { values[counter] = value }
        }
        return values
    }

    /// Resource events stamped at or before `t` (events are appended in time order).
    public func events(upTo time: Int64) -> ArraySlice<ResourceEvent> {
        var low = 0, high = events.count
        while low < high {
            let mid = (low + high) / 2
            if events[mid].time <= time { low = mid + 1 } else { high = mid }
        }
        return events[..<low]
    }

    /// How many entries (transitions and events) have been recorded; their `seq`s are 0..<entryCount.
    public var entryCount: Int { nextSeq }

    /// The transition or event with this sequence number (O(log n)).
    public func entry(withSeq seq: Int) -> TimelineEntry? {
        if let index = Self.index(ofSeq: seq, in: transitions, seqOf: \.seq) { return .transition(transitions[index]) }
        if let index = Self.index(ofSeq: seq, in: events, seqOf: \.seq) { return .event(events[index]) }
        return nil
    }

    private static func index<T>(ofSeq seq: Int, in list: [T], seqOf: (T) -> Int) -> Int? {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if seqOf(list[mid]) < seq { low = mid + 1 } else { high = mid }
        }
        return low < list.count && seqOf(list[low]) == seq ? low : nil
    }

    /// The thread with this name, if any.
    public func thread(named name: String) -> ThreadID? {
        threads.first { $0.name == name }?.id
    }
}
