/// The discrete-event simulator's state and main loop. Virtual time only: time moves to the next scheduled
/// event; nothing reads a clock. Per event the cost is O(log n) (the event heap) plus O(cores).
struct SimulationEngine<Policy: SchedulingPolicy> {
    let program: Program
    var policy: Policy
    var timeline: Timeline
    var threads: [SimulatedThread] = []
    var ready = ReadyQueue()
    var queue = EventQueue()
    var random: SplitMix64?
    var now: Int64 = 0
    var coreOwners: [ThreadID?]
    /// Empty for one-to-one; else who each kernel thread carries.
    var kernelThreadOwners: [ThreadID?]
    var gilHolder: ThreadID?
    var gilHoldEpoch = 0
    var gilDropScheduledFor = -1
    /// Who last let the GIL go (terminated, blocked or preempted) and when: a thread dispatched at that same
    /// instant takes the GIL that thread released, and its move says so ("got the GIL from A").
    var gilReleased: (by: ThreadID, at: Int64)?
    /// Locks, events, counters, pools and tasks by the program's ids (names in `program`).
    var locks: [SimulatedLock]
    var events: [SimulatedEvent]
    var counters: [Int]
    var joiners: [[ThreadID]] = []
    var pools: [SimulatedPool]
    var tasks: [SimulatedTask]
    var semaphores: [SimulatedSemaphore]
    var conditions: [SimulatedCondition]
    var queues: [SimulatedQueue]
    var barriers: [SimulatedBarrier]
    /// Non-worker threads started (or due to start) and not yet terminated; at 0 the program exits and,
    /// like CPython at exit, shuts its pools down.
    var activeThreads = 0
    var expiredSlices: [(ThreadID, Int)] = []
    /// A GIL hand-over fell due at this instant (handled after the instant's other events).
    var gilDropDueFor: Int?
    var pending: SchedulingDecision?

    init(program: Program, policy: Policy, seed: UInt64?) {
        self.program = program
        self.policy = policy
        timeline = program.makeTimeline()
        random = (seed ?? program.seed).map { SplitMix64(seed: $0) }
        coreOwners = Array(repeating: nil, count: max(1, program.cores))
        kernelThreadOwners = Array(repeating: nil, count: program.kernelThreads ?? 0)
        locks = Array(repeating: SimulatedLock(), count: program.locks.count)
        events = Array(repeating: SimulatedEvent(), count: program.events.count)
        counters = program.counterInitialValues
        pools = Array(repeating: SimulatedPool(), count: program.pools.count)
        tasks = Array(repeating: SimulatedTask(), count: program.tasks.count)
        semaphores = program.semaphores.map { SimulatedSemaphore(value: $0.value) }
        conditions = Array(repeating: SimulatedCondition(), count: program.conditions.count)
        queues = Array(repeating: SimulatedQueue(), count: program.queues.count)
        barriers = Array(repeating: SimulatedBarrier(), count: program.barriers.count)
    }

    var limitsKernelThreads: Bool { !kernelThreadOwners.isEmpty }

    // MARK: Main loop

    mutating func run() -> SimulationResult {
        setUp()
        while pending == nil, let time = queue.nextTime {
            now = time
            while pending == nil, queue.nextTime == now, let entry = queue.pop() { handle(entry.event) }
            if pending == nil { handleExpiredSlices() }
            if pending == nil { handleGILDrop() }
            if pending == nil { dispatchIdleCores() }
        }
        if pending == nil {
            if let deadlock = findDeadlock() { timeline.reportDeadlock(deadlock) }
            timeline.finish(at: now)
        }
        return SimulationResult(timeline: timeline, pendingDecision: pending)
    }

    private mutating func setUp() {
        let ops = program.opCount
        timeline.reserveCapacity(transitions: 2 * ops, events: 2 * ops)
        for (index, thread) in program.threads.enumerated() {
            let id = ThreadID(index)
            threads.append(SimulatedThread(name: thread.name, ops: thread.ops, pool: thread.pool))
            // Pool workers stay created until a submit needs one (CPython 3.8+ starts them on demand).
            if thread.pool != nil { continue }
            switch thread.start {
            case .immediately: schedule(.autoStart(id), at: 0)
            case .after(let delay): schedule(.autoStart(id), at: delay)
            case .manual: continue
            }
            activeThreads += 1
        }
        joiners = Array(repeating: [], count: threads.count)
        if activeThreads == 0 { closeAllPools() }
    }

    mutating func schedule(_ event: SimulationEvent, at time: Int64) {
        queue.push(event, at: time, tieBreak: random?.next() ?? 0)
    }

    private mutating func handle(_ event: SimulationEvent) {
        switch event {
        case .autoStart(let id):
            start(id)
        case .wake(let id, let epoch):
            guard threads[id.rawValue].epoch == epoch, threads[id.rawValue].state == .blocked else { return }
            let reason: Reason = threads[id.rawValue].blockReason == .sleeping ? .wokeUp : .ioDone
            wake(id, reason: reason)
            if program.wakeupPreemption { preemptForWakeup(id) }
        case .checkpoint(let id, let epoch):
            guard threads[id.rawValue].epoch == epoch, threads[id.rawValue].state == .running else { return }
            accountCPU(id)
            if threads[id.rawValue].remaining == 0 {
                completeCPUWork(id)
                execute(id)
            } else {
                expiredSlices.append((id, epoch))
            }
        case .gilDrop(let holdEpoch):
            if holdEpoch == gilHoldEpoch { gilDropDueFor = holdEpoch }
        case .timeout(let id, let epoch):
            guard threads[id.rawValue].epoch == epoch, threads[id.rawValue].state == .blocked else { return }
            timeOut(id)
        }
    }

    /// The GIL changes hands after the instant's other events, so a thread finishing its work at this very
    /// instant finishes rather than being sent back to the ready queue.
    private mutating func handleGILDrop() {
        guard let due = gilDropDueFor else { return }
        gilDropDueFor = nil
        guard due == gilHoldEpoch, let holder = gilHolder, !ready.isEmpty else { return }
        handOverGIL(from: holder)
    }

    /// Slices that ran out at this instant preempt their threads — but only as many as there are threads
    /// waiting, and only after every other event of the instant (an I/O finishing now joins the queue first).
    private mutating func handleExpiredSlices() {
        var waiting = ready.count
        for (id, epoch) in expiredSlices {
            guard threads[id.rawValue].epoch == epoch, threads[id.rawValue].state == .running else { continue }
            if waiting > 0 {
                waiting -= 1
                preempt(id, reason: .sliceUsedUp)
            } else {
                threads[id.rawValue].sliceEnd = now + (policy.timeSlice ?? 0)
                scheduleCheckpoint(id)
            }
        }
        expiredSlices.removeAll(keepingCapacity: true)
    }

    // MARK: Dispatching

    private var canRunAnother: Bool {
        if program.gilSwitchInterval != nil, gilHolder != nil { return false }
        if limitsKernelThreads, !kernelThreadOwners.contains(where: { $0 == nil }) { return false }
        return true
    }

    /// A ready thread that still holds a kernel thread (back from a system call) runs first: its kernel thread
    /// carries nobody else. Otherwise the policy chooses, if a kernel thread is free.
    private mutating func dispatchIdleCores() {
        while pending == nil, !ready.isEmpty, let idle = coreOwners.firstIndex(where: { $0 == nil }) {
            let carried = limitsKernelThreads ? ready.firstIndex { threads[$0.rawValue].kernelThread != nil } : nil
            if carried != nil, program.gilSwitchInterval != nil, gilHolder != nil { return }
            guard carried != nil || canRunAnother, let index = carried ?? chooseReady(core: idle + 1) else { return }
            let id = ready.remove(at: index)
            dispatch(id, core: preferredCore(for: id) ?? idle + 1, reason: gilReason(for: id))
        }
    }

    /// Under the GIL, a thread dispatched at the instant another let the GIL go runs because it took that GIL:
    /// its reason is the GIL's, as CPython's waiting thread wakes when the holder drops it. Nil otherwise (a free
    /// GIL taken later, or no GIL: "dispatched to core N").
    func gilReason(for id: ThreadID) -> Reason? {
        guard program.gilSwitchInterval != nil, let released = gilReleased, released.at == now, released.by != id
        else { return nil }
        return .gotGIL(from: threads[released.by.rawValue].name)
    }

    /// Asks the policy which ready thread runs next (no question when only one is ready).
    mutating func chooseReady(core: Int) -> Int? {
        guard ready.count > 1 else { return 0 }
        let decision = SchedulingDecision(time: now, core: core, ready: ready)
        guard let index = policy.choose(decision), ready.indices.contains(index) else {
            pending = decision
            return nil
        }
        return index
    }

    /// The core the thread last ran on, if it is free (so a thread's bar stays on one core when it can).
    func preferredCore(for id: ThreadID) -> Int? {
        guard let core = threads[id.rawValue].lastCore, coreOwners[core - 1] == nil else { return nil }
        return core
    }

    mutating func dispatch(_ id: ThreadID, core: Int, reason: Reason?) {
        coreOwners[core - 1] = id
        threads[id.rawValue].core = core
        threads[id.rawValue].lastCore = core
        threads[id.rawValue].dispatchedAt = now
        threads[id.rawValue].epoch += 1
        threads[id.rawValue].state = .running
        timeline.record(id, from: .ready, to: .running, at: now, core: core, reason: reason ?? .dispatched(core: core))
        timeline.record(.coreAssigned(core: core, thread: id), at: now)
        if limitsKernelThreads, threads[id.rawValue].kernelThread == nil,
           let free = kernelThreadOwners.firstIndex(where: { $0 == nil }) {
            kernelThreadOwners[free] = id
            threads[id.rawValue].kernelThread = free + 1
            timeline.record(.kernelThreadAssigned(kernelThread: free + 1, thread: id), at: now)
        }
        if program.gilSwitchInterval != nil {
            gilHolder = id
            gilHoldEpoch += 1
            timeline.record(.gilAcquired(thread: id), at: now)
            scheduleGILDropIfWanted()
        }
        // Under the GIL threads take turns at the switch interval; an OS time slice would not release it.
        let slice = program.gilSwitchInterval == nil ? policy.timeSlice : nil
        threads[id.rawValue].sliceEnd = slice.map { now + $0 } ?? .max
        execute(id)
    }

    /// Wake-up preemption: with every core busy, the thread back from I/O or sleep takes the core of the thread
    /// dispatched longest ago (the lowest core on a tie) at once. Not under the GIL, which changes hands only at
    /// the switch interval.
    private mutating func preemptForWakeup(_ id: ThreadID) {
        guard program.gilSwitchInterval == nil, threads[id.rawValue].state == .ready,
              !coreOwners.contains(where: { $0 == nil }) else { return }
        let running = coreOwners.enumerated().compactMap { index, owner in owner.map { (core: index + 1, thread: $0) } }
        guard let victim = running.min(by: {
            (threads[$0.thread.rawValue].dispatchedAt, $0.core) < (threads[$1.thread.rawValue].dispatchedAt, $1.core)
        }) else { return }
        accountCPU(victim.thread)
        preempt(victim.thread, reason: .preemptedByWakeup(thread: threads[id.rawValue].name))
        if let index = ready.firstIndex(of: id) { _ = ready.remove(at: index) }
        dispatch(id, core: victim.core, reason: nil)
    }

    /// A ready thread that the GIL keeps off the CPU makes the holder hand it over after the switch interval.
    mutating func scheduleGILDropIfWanted() {
        guard let interval = program.gilSwitchInterval, gilHolder != nil, !ready.isEmpty,
              gilDropScheduledFor != gilHoldEpoch else { return }
        gilDropScheduledFor = gilHoldEpoch
        schedule(.gilDrop(holdEpoch: gilHoldEpoch), at: now + interval)
    }

    private mutating func handOverGIL(from holder: ThreadID) {
        guard let index = chooseReady(core: threads[holder.rawValue].core ?? 1) else { return }
        let next = ready[index]
        let interval = program.gilSwitchInterval ?? 0
        let core = threads[holder.rawValue].core ?? 1
        accountCPU(holder)
        preempt(holder, reason: .gilHandedOver(to: threads[next.rawValue].name, afterMicros: interval))
        _ = ready.remove(at: index)
        dispatch(next, core: preferredCore(for: next) ?? core, reason: .gotGIL(from: threads[holder.rawValue].name))
    }
}
