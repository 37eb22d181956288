import CThreadShim

/// The live engine's monitor: one pthread mutex guards the cores, the GIL, every lock, event, join, pool and
/// future of a run, and the recorder is called while it is held, so a transition is recorded inside the very
/// critical section that causes it and the record's order is the real order. Threads do their real work
/// (spinning for CPU time, timed waits for I/O) outside the lock and block on their own condition variable.
/// Every wait is timed and re-checks `stopRequested`, so a stop always gets through.
final class LiveScheduler: @unchecked Sendable {
    let plan: LivePlan
    let recorder: LiveRecorder
    let clock = MonotonicClock()
    let mutex = PThreadMutex()
    /// One per thread: a thread sleeps on its own condition, so a wake-up wakes exactly one thread.
    let conditions: [PThreadCondition]
    /// Signalled when threads register, finish or exit (for the controller).
    let control = PThreadCondition()

    var slots: [LiveThreadSlot]
    var cores: CoreGate
    /// Many-to-one / many-to-many: a user thread needs one of these to run, and keeps it through a system call
    /// (io, sleep), so a blocking call holds back its siblings. Nil for one-to-one.
    var kernelThreads: CoreGate?
    var gil: GILGate?
    var lockHolders: [Int?]
    var lockWaiters: [FIFOQueue]
    var eventFlags: [Bool]
    var eventWaiters: [[Int]]
    var counters: [Int]
    var pools: [LivePoolState]
    var futures: [LiveFuture]

    var stopRequested = false
    var deadlock: LiveDeadlockReport?
    var registeredCount = 0
    var exitedCount = 0
    var terminatedCount = 0
    /// Time (since the origin) when every thread terminated, a deadlock was found or a stop was asked.
    var endNanoseconds: Int64?

    /// How much CPU time a computing thread spends between looks at the scheduler (slice, GIL, stop).
    let checkPeriod: Int64
    /// The longest a waiting thread sleeps before it looks at the stop flag again.
    static let stopPollInterval: Int64 = 50_000_000

    init(plan: LivePlan, recorder: LiveRecorder) {
        self.plan = plan
        self.recorder = recorder
        conditions = plan.threads.map { _ in PThreadCondition() }
        slots = Array(repeating: LiveThreadSlot(), count: plan.threads.count)
        cores = CoreGate(cores: plan.cores)
        kernelThreads = plan.kernelThreads.map { CoreGate(cores: $0) }
        gil = plan.gilSwitchIntervalNanoseconds.map { GILGate(switchInterval: $0) }
        lockHolders = Array(repeating: nil, count: plan.lockNames.count)
        lockWaiters = Array(repeating: FIFOQueue(), count: plan.lockNames.count)
        eventFlags = Array(repeating: false, count: plan.eventNames.count)
        eventWaiters = Array(repeating: [], count: plan.eventNames.count)
        counters = plan.counterInitialValues
        pools = plan.poolWorkers.map { LivePoolState(liveWorkers: $0.count) }
        futures = Array(repeating: LiveFuture(), count: plan.taskNames.count)
        let shortest = min(plan.sliceNanoseconds, plan.gilSwitchIntervalNanoseconds ?? .max)
        checkPeriod = min(1_000_000, max(20_000, shortest / 5))
    }

    // MARK: Recording (lock held)

    func transition(_ thread: Int, to state: LiveState, core: Int? = nil, reason: LiveReason) {
        recorder.record(.transition(thread: thread, from: slots[thread].state, to: state, core: core, reason: reason))
        slots[thread].state = state
    }

    func record(_ event: LiveResourceEvent) { recorder.record(.resource(event)) }

    /// The core number (from 1) a running thread is on, for the transition that leaves `running`.
    func coreNumber(of thread: Int) -> Int? { slots[thread].core.map { $0 + 1 } }

    // MARK: Getting onto a core (lock held)

    /// blocked/created → ready, then on to the GIL and a core if they are free.
    func makeReady(_ thread: Int, reason: LiveReason) {
        transition(thread, to: .ready, reason: reason)
        slots[thread].waitReason = nil
        slots[thread].waitsFor = nil
        slots[thread].waitsForIsCertain = false
        slots[thread].isTimedWait = false
        requestCPU(thread)
    }

    /// A ready thread asks for a kernel thread (when they are limited), the GIL (when there is one), then a
    /// core, always in that order so the gates cannot wait on each other; it stays ready while it waits.
    func requestCPU(_ thread: Int) {
        if kernelThreads != nil && slots[thread].kernelThread == nil {
            guard let kernelThread = kernelThreads!.request(for: thread) else { return }
            slots[thread].kernelThread = kernelThread
            record(.kernelThreadAssigned(kernelThread: kernelThread + 1, thread: thread))
        }
        if gil != nil && gil?.holder != thread {
            guard gil!.request(for: thread, now: clock.nanoseconds()) else { return }
            record(.gilAcquired(thread: thread))
        }
        requestCore(thread, reason: nil)
    }

    func requestCore(_ thread: Int, reason: LiveReason?) {
        if let core = cores.request(for: thread) { dispatch(thread, onto: core, reason: reason) }
    }

    func dispatch(_ thread: Int, onto core: Int, reason: LiveReason?) {
        slots[thread].core = core
        slots[thread].sliceUsed = 0
        transition(thread, to: .running, core: core + 1, reason: reason ?? .dispatched(core: core + 1))
        record(.coreAssigned(core: core + 1, thread: thread))
        conditions[thread].signal()
    }

    /// Gives the thread's core to the next ready thread (the thread has already left `running`).
    func releaseCore(of thread: Int) {
        guard let core = slots[thread].core else { return }
        slots[thread].core = nil
        if let next = cores.release(core: core) {
            dispatch(next, onto: core, reason: nil)
        } else {
            record(.coreAssigned(core: core + 1, thread: nil))
        }
    }

    /// Lets go of the GIL; the longest waiter takes it and goes for a core.
    func releaseGIL(of thread: Int, successorReason: LiveReason? = nil) {
        guard gil?.holder == thread else { return }
        record(.gilReleased(thread: thread))
        guard let next = gil!.release(now: clock.nanoseconds()) else { return }
        record(.gilAcquired(thread: next.thread))
        requestCore(next.thread, reason: successorReason)
    }

    /// Gives up the emulated kernel thread; the next user thread waiting for one takes it and moves on.
    func releaseKernelThread(of thread: Int) {
        guard let kernelThread = slots[thread].kernelThread else { return }
        slots[thread].kernelThread = nil
        guard let next = kernelThreads!.release(core: kernelThread) else {
            record(.kernelThreadAssigned(kernelThread: kernelThread + 1, thread: nil))
            return
        }
        slots[next].kernelThread = kernelThread
        record(.kernelThreadAssigned(kernelThread: kernelThread + 1, thread: next))
        requestCPU(next)
    }

    /// Leaves the CPU entirely: core, GIL and kernel thread.
    func releaseAll(of thread: Int) {
        releaseCore(of: thread)
        releaseGIL(of: thread)
        releaseKernelThread(of: thread)
    }

    /// running → blocked: records why, frees the core and the GIL (and the kernel thread, except in a system
    /// call, which keeps it busy).
    func block(_ thread: Int, reason: LiveReason, waitsFor: Int? = nil, certain: Bool = true, timed: Bool = false) {
        transition(thread, to: .blocked, core: coreNumber(of: thread), reason: reason)
        slots[thread].waitReason = reason
        slots[thread].waitsFor = waitsFor
        slots[thread].waitsForIsCertain = certain && waitsFor != nil
        slots[thread].isTimedWait = timed
        releaseCore(of: thread)
        releaseGIL(of: thread)
        if !timed { releaseKernelThread(of: thread) }
    }

    /// Sleeps until the thread is dispatched; false when the run is stopping.
    func waitUntilRunning(_ thread: Int) -> Bool {
        while slots[thread].state != .running && !stopRequested {
            conditions[thread].wait(mutex, untilNanoseconds: clock.nanoseconds() + Self.stopPollInterval)
        }
        return !stopRequested
    }

    /// Blocks on a resource another thread will hand over, then waits to run again; false when stopping.
    func blockAndWait(_ thread: Int, reason: LiveReason, waitsFor: Int? = nil, certain: Bool = true) -> Bool {
        block(thread, reason: reason, waitsFor: waitsFor, certain: certain)
        checkForDeadlock(after: thread)
        return waitUntilRunning(thread)
    }

    // MARK: Preemption (lock taken here)

    /// A computing thread's periodic look at the scheduler: hands over the GIL after the switch interval,
    /// yields its core when its slice is used up and someone is waiting. False when the run is stopping.
    func checkpoint(_ thread: Int, cpuUsed: Int64) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        if stopRequested { return false }
        slots[thread].sliceUsed += cpuUsed
        if let gate = gil, gate.holder == thread, gate.mustDrop(now: clock.nanoseconds()) {
            yieldGIL(thread)
            return waitUntilRunning(thread)
        }
        guard slots[thread].sliceUsed >= plan.sliceNanoseconds else { return true }
        guard plan.policy == .roundRobin, someoneIsReadyAndWaiting else {
            slots[thread].sliceUsed = 0
            return true
        }
        transition(thread, to: .ready, core: coreNumber(of: thread), reason: .sliceUsedUp)
        releaseAll(of: thread)
        requestCPU(thread)
        return waitUntilRunning(thread)
    }

    /// A ready thread waits at one of the gates (a core, the GIL, a kernel thread), as the simulator's ready
    /// queue would hold it: a used-up slice then preempts.
    private var someoneIsReadyAndWaiting: Bool {
        cores.hasWaiters || (gil?.hasWaiters ?? false) || (kernelThreads?.hasWaiters ?? false)
    }

    /// The switch interval passed with a waiter: running → ready, the GIL goes to the longest waiter.
    private func yieldGIL(_ thread: Int) {
        let now = clock.nanoseconds()
        guard let next = gil?.nextWaiter(now: now) else { return }
        transition(
            thread, to: .ready, core: coreNumber(of: thread),
            reason: .gilHandedOver(to: next.thread, afterNanoseconds: next.waited)
        )
        releaseCore(of: thread)
        releaseGIL(of: thread, successorReason: .gotGIL(from: thread))
        releaseKernelThread(of: thread)
        requestCPU(thread)
    }

    // MARK: Stopping (lock held)

    func requestStop() {
        guard !stopRequested else { return }
        stopRequested = true
        if endNanoseconds == nil { endNanoseconds = recorder.elapsed() }
        for condition in conditions { condition.broadcast() }
        control.broadcast()
    }
}
