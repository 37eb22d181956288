import CThreadShim
import ThreadModel

/// The live engine's monitor: one pthread mutex guards the cores, the GIL, every lock, event, join, pool and
/// future of a run, and the recorder is called while it is held, so a transition is recorded inside the very
/// critical section that causes it and the record's order is the real order. Threads do their real work
/// (spinning for CPU time, timed waits for I/O) outside the lock and block on their own condition variable.
/// Every wait is timed and re-checks `stopRequested`, so a stop always gets through.
final class LiveScheduler: @unchecked Sendable {
    let program: Program
    let recorder: LiveRecorder
    let scale: LiveTimeScale
    let clock = LiveClock()
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
    var lockWaiters: [FIFOQueue<Int>]
    var eventFlags: [Bool]
    var eventWaiters: [[Int]]
    var counters: [Int]
    var pools: [LivePoolState]
    var futures: [LiveFuture]
    var semaphoreValues: [Int]
    var semaphoreWaiters: [FIFOQueue<Int>]
    var conditionWaiters: [FIFOQueue<Int>]
    var queues: [LiveQueueState]
    var barriers: [LiveBarrierState]

    var stopRequested = false
    var deadlock: Deadlock?
    var registeredCount = 0
    var exitedCount = 0
    var terminatedCount = 0
    /// Pool workers never started by the time their pool closed: their OS threads exit without a transition.
    var unusedWorkers = 0

    /// Every thread has terminated, or (a pool worker) will never start.
    var everyThreadIsDone: Bool { terminatedCount + unusedWorkers == program.threads.count }
    /// Time (since the origin) when every thread terminated, a deadlock was found or a stop was asked.
    var endNanoseconds: Int64?

    /// The program's slice and increment cost in real ns (scaled).
    let sliceNanoseconds: Int64
    let incrementCostNanoseconds: Int64
    /// How much CPU time a computing thread spends between looks at the scheduler (slice, GIL, stop).
    let checkPeriod: Int64
    /// The longest a waiting thread sleeps before it looks at the stop flag again.
    static let stopPollInterval: Int64 = 50_000_000

    init(program: Program, recorder: LiveRecorder, scale: LiveTimeScale) {
        self.program = program
        self.recorder = recorder
        self.scale = scale
        conditions = program.threads.map { _ in PThreadCondition() }
        slots = Array(repeating: LiveThreadSlot(), count: program.threads.count)
        cores = CoreGate(cores: program.cores)
        kernelThreads = program.kernelThreads.map { CoreGate(cores: $0) }
        let switchInterval = program.gilSwitchInterval.map { max(1, scale.nanoseconds($0)) }
        gil = switchInterval.map { GILGate(switchInterval: $0) }
        lockHolders = Array(repeating: nil, count: program.locks.count)
        lockWaiters = Array(repeating: FIFOQueue(), count: program.locks.count)
        eventFlags = Array(repeating: false, count: program.events.count)
        eventWaiters = Array(repeating: [], count: program.events.count)
        counters = program.counterInitialValues
        pools = Array(repeating: LivePoolState(), count: program.pools.count)
        futures = Array(repeating: LiveFuture(), count: program.tasks.count)
        semaphoreValues = program.semaphores.map(\.value)
        semaphoreWaiters = Array(repeating: FIFOQueue(), count: program.semaphores.count)
        conditionWaiters = Array(repeating: FIFOQueue(), count: program.conditions.count)
        queues = Array(repeating: LiveQueueState(), count: program.queues.count)
        barriers = Array(repeating: LiveBarrierState(), count: program.barriers.count)
        sliceNanoseconds = max(1, scale.nanoseconds(program.slice))
        incrementCostNanoseconds = scale.nanoseconds(program.incrementCost)
        let shortest = min(sliceNanoseconds, switchInterval ?? .max)
        checkPeriod = min(1_000_000, max(20_000, shortest / 5))
    }

    /// A thread's name, for reasons (recorded as the Timeline holds them).
    func name(_ thread: Int) -> String { program.threads[thread].name }

    // MARK: Recording (lock held)

    func transition(_ thread: Int, to state: ThreadState, core: Int? = nil, reason: Reason) {
        recorder.record(ThreadID(thread), from: slots[thread].state, to: state, core: core, reason: reason)
        slots[thread].state = state
    }

    func record(_ event: ResourceEventKind) { recorder.record(event) }

    /// The core number (from 1) a running thread is on, for the transition that leaves `running`.
    func coreNumber(of thread: Int) -> Int? { slots[thread].core.map { $0 + 1 } }

    // MARK: Getting onto a core (lock held)

    /// blocked/created → ready, then on to the GIL and a core if they are free.
    func makeReady(_ thread: Int, reason: Reason) {
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
            record(.kernelThreadAssigned(kernelThread: kernelThread + 1, thread: ThreadID(thread)))
        }
        if gil != nil && gil?.holder != thread {
            guard gil!.request(for: thread, now: clock.nanoseconds()) else { return }
            record(.gilAcquired(thread: ThreadID(thread)))
        }
        requestCore(thread, reason: nil)
    }

    func requestCore(_ thread: Int, reason: Reason?) {
        if let core = cores.request(for: thread) { dispatch(thread, onto: core, reason: reason) }
    }

    func dispatch(_ thread: Int, onto core: Int, reason: Reason?) {
        slots[thread].core = core
        slots[thread].sliceUsed = 0
        slots[thread].dispatchedAt = clock.nanoseconds()
        slots[thread].yieldCoreTo = nil
        transition(thread, to: .running, core: core + 1, reason: reason ?? .dispatched(core: core + 1))
        record(.coreAssigned(core: core + 1, thread: ThreadID(thread)))
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
    func releaseGIL(of thread: Int, successorReason: Reason? = nil) {
        guard gil?.holder == thread else { return }
        record(.gilReleased(thread: ThreadID(thread)))
        guard let next = gil!.release(now: clock.nanoseconds()) else { return }
        record(.gilAcquired(thread: ThreadID(next.thread)))
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
        record(.kernelThreadAssigned(kernelThread: kernelThread + 1, thread: ThreadID(next)))
        requestCPU(next)
    }

    /// Leaves the CPU entirely: core, GIL and kernel thread. A thread waiting for the GIL takes it now, and its
    /// move to running says whose GIL it got (as the simulator's does).
    func releaseAll(of thread: Int) {
        releaseCore(of: thread)
        releaseGIL(of: thread, successorReason: .gotGIL(from: name(thread)))
        releaseKernelThread(of: thread)
    }

    /// running → blocked: records why, frees the core and the GIL (and the kernel thread, except in a system
    /// call, which keeps it busy).
    func block(
        _ thread: Int, reason: Reason, waitsFor: Int? = nil, certain: Bool = true, timed: Bool = false,
        keepKernelThread: Bool? = nil
    ) {
        transition(thread, to: .blocked, core: coreNumber(of: thread), reason: reason)
        slots[thread].waitReason = reason
        slots[thread].waitsFor = waitsFor
        slots[thread].waitsForIsCertain = certain && waitsFor != nil
        slots[thread].isTimedWait = timed
        releaseCore(of: thread)
        releaseGIL(of: thread, successorReason: .gotGIL(from: name(thread)))
        if !(keepKernelThread ?? timed) { releaseKernelThread(of: thread) }
    }

    /// Sleeps until the thread is dispatched; false when the run is stopping.
    func waitUntilRunning(_ thread: Int) -> Bool {
        while slots[thread].state != .running && !stopRequested {
            conditions[thread].wait(mutex, untilNanoseconds: clock.nanoseconds() + Self.stopPollInterval)
        }
        return !stopRequested
    }

    /// Blocks on a resource another thread will hand over, then waits to run again; false when stopping.
    func blockAndWait(_ thread: Int, reason: Reason, waitsFor: Int? = nil, certain: Bool = true) -> Bool {
        block(thread, reason: reason, waitsFor: waitsFor, certain: certain)
        checkForDeadlock(after: thread)
        return waitUntilRunning(thread)
    }

    /// A wait with a timeout (a lock, an event, a semaphore, a condition, a barrier): blocks until another
    /// thread makes it ready or, at the deadline, `expire` does (it removes the thread from its wait list and
    /// makes it ready with the timed-out reason); then waits to run. Time can end it, so it never counts as
    /// stuck and its arrow never declares a cycle. False when stopping.
    func blockAndWait(_ thread: Int, reason: Reason, waitsFor: Int? = nil, timeout: Int64, expire: () -> Void) -> Bool {
        block(thread, reason: reason, waitsFor: waitsFor, certain: false, timed: true, keepKernelThread: false)
        let deadline = clock.nanoseconds() + scale.nanoseconds(timeout)
        while slots[thread].state == .blocked && !stopRequested {
            let now = clock.nanoseconds()
            if now >= deadline {
                expire()
                break
            }
            conditions[thread].wait(mutex, untilNanoseconds: min(deadline, now + Self.stopPollInterval))
        }
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
        if let woken = slots[thread].yieldCoreTo {
            slots[thread].yieldCoreTo = nil
            if slots[woken].state == .ready, let core = slots[thread].core, cores.holders[core] == thread {
                yieldCore(core, of: thread, to: woken)
                return waitUntilRunning(thread)
            }
        }
        if let gate = gil, gate.holder == thread, gate.mustDrop(now: clock.nanoseconds()) {
            yieldGIL(thread)
            return waitUntilRunning(thread)
        }
        guard slots[thread].sliceUsed >= sliceNanoseconds else { return true }
        guard program.policy == .roundRobin, someoneIsReadyAndWaiting else {
            slots[thread].sliceUsed = 0
            return true
        }
        transition(thread, to: .ready, core: coreNumber(of: thread), reason: .sliceUsedUp)
        releaseAll(of: thread)
        requestCPU(thread)
        return waitUntilRunning(thread)
    }

    /// Wake-up preemption: `thread`, back from I/O or sleep, is ready with every core busy; the running thread
    /// dispatched longest ago (not already giving its core away) is asked to hand it over at its next
    /// checkpoint (≤ 1 ms of its CPU time). Not under the GIL, which changes hands at the switch interval.
    func requestWakeupPreemption(for thread: Int) {
        guard program.wakeupPreemption, gil == nil, slots[thread].state == .ready, slots[thread].core == nil else { return }
        let running = slots.indices.filter {
            slots[$0].state == .running && slots[$0].yieldCoreTo == nil && slots[$0].core != nil
        }
        guard let victim = running.min(by: { (slots[$0].dispatchedAt, $0) < (slots[$1].dispatchedAt, $1) }) else { return }
        slots[victim].yieldCoreTo = thread
    }

    /// running → ready "B woke up and took the core": the core goes straight to `woken`.
    private func yieldCore(_ core: Int, of thread: Int, to woken: Int) {
        transition(thread, to: .ready, core: core + 1, reason: .preemptedByWakeup(thread: name(woken)))
        slots[thread].core = nil
        cores.handOver(core: core, to: woken)
        dispatch(woken, onto: core, reason: nil)
        releaseKernelThread(of: thread)
        requestCPU(thread)
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
            reason: .gilHandedOver(to: name(next.thread), afterMicros: scale.micros(next.waited))
        )
        releaseCore(of: thread)
        releaseGIL(of: thread, successorReason: .gotGIL(from: name(thread)))
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
