import CThreadShim
import ThreadModel

/// The program's ops, done for real: CPU work measured in the thread's own CPU time, timed waits for I/O and
/// sleep, and locks, events, joins and counters kept under the scheduler's lock. This is the live engine's one
/// place per verb.
extension LiveScheduler {
    /// Performs one op for a running thread; false when the run is stopping.
    func perform(_ op: Program.Op, by thread: Int) -> Bool {
        switch op {
        case .compute(let micros): return compute(scale.nanoseconds(micros), by: thread)
        case .io(let micros):
            return timedWait(scale.nanoseconds(micros), by: thread, reason: .waitingForIO, wake: .ioDone)
        case .sleep(let micros):
            return timedWait(scale.nanoseconds(micros), by: thread, reason: .sleeping, wake: .wokeUp)
        case .lock(let lock): return acquire(lock, by: thread)
        case .unlock(let lock): return locked { release(lock, by: thread) }
        case .wait(let event): return waitFor(event, by: thread)
        case .set(let event): return locked { set(event, by: thread) }
        case .clear(let event): return locked { clear(event, by: thread) }
        case .start(let other): return locked { start(other.rawValue) }
        case .join(let other): return join(other.rawValue, by: thread)
        case .increment(let counter): return increment(counter, by: thread)
        case .submit(let pool, let task): return locked { submit(task, to: pool) }
        case .result(let task): return awaitResult(of: task, by: thread)
        case .shutdown(let pool): return shutDown(pool, by: thread)
        case .timedLock(let lock, let timeout): return acquire(lock, by: thread, timeout: timeout)
        case .timedWait(let event, let timeout): return waitFor(event, by: thread, timeout: timeout)
        default: return performCoordination(op, by: thread)
        }
    }

    /// Runs `body` under the lock unless the run is stopping.
    func locked(_ body: () -> Void) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        body()
        return true
    }

    /// Burns `duration` of this thread's own CPU time, so a demo keeps its shape on a busy machine.
    func compute(_ duration: Int64, by thread: Int) -> Bool {
        var remaining = duration
        while remaining > 0 {
            let chunk = min(remaining, checkPeriod)
            let start = tt_thread_cpu_time_ns()
            var now = start
            while now - start < chunk { now = tt_thread_cpu_time_ns() }
            remaining -= now - start
            guard checkpoint(thread, cpuUsed: now - start) else { return false }
        }
        return true
    }

    /// io / sleep: blocked for a real timed wait (the GIL and the core are free meanwhile), then ready.
    private func timedWait(_ duration: Int64, by thread: Int, reason: Reason, wake: Reason) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        block(thread, reason: reason, timed: true)
        let deadline = clock.nanoseconds() + duration
        while !stopRequested && clock.nanoseconds() < deadline {
            conditions[thread].wait(mutex, untilNanoseconds: deadline)
        }
        guard !stopRequested else { return false }
        makeReady(thread, reason: wake)
        requestWakeupPreemption(for: thread)
        return waitUntilRunning(thread)
    }

    private func acquire(_ lock: Int, by thread: Int, timeout: Int64? = nil) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        return acquireInMonitor(lock, by: thread, timeout: timeout)
    }

    /// Takes the lock or waits for it (the scheduler's lock held); with a timeout, gives up at the deadline.
    func acquireInMonitor(_ lock: Int, by thread: Int, timeout: Int64? = nil) -> Bool {
        guard let holder = lockHolders[lock] else {
            lockHolders[lock] = thread
            record(.lockAcquired(lock: program.locks[lock], thread: ThreadID(thread)))
            return true
        }
        record(.lockWaiting(lock: program.locks[lock], thread: ThreadID(thread)))
        lockWaiters[lock].append(thread)
        let reason = Reason.waitingForLock(lock: program.locks[lock], holder: name(holder))
        guard let timeout else { return blockAndWait(thread, reason: reason, waitsFor: holder) }
        return blockAndWait(thread, reason: reason, waitsFor: holder, timeout: timeout) {
            lockWaiters[lock].remove(thread)
            record(.lockWaitTimedOut(lock: program.locks[lock], thread: ThreadID(thread)))
            makeReady(thread, reason: .lockTimedOut(lock: program.locks[lock]))
        }
    }

    /// Releases a lock; the longest waiter gets it at once (blocked → ready "got lock"). A thread that does not
    /// hold it (its timed acquire gave up) releases nothing, as in the simulator.
    func release(_ lock: Int, by thread: Int) {
        guard lockHolders[lock] == thread else { return }
        record(.lockReleased(lock: program.locks[lock], thread: ThreadID(thread)))
        guard let next = lockWaiters[lock].popFirst() else {
            lockHolders[lock] = nil
            return
        }
        lockHolders[lock] = next
        record(.lockAcquired(lock: program.locks[lock], thread: ThreadID(next)))
        for waiter in lockWaiters[lock] { slots[waiter].waitsFor = next }
        makeReady(next, reason: .gotLock(lock: program.locks[lock]))
    }

    private func waitFor(_ event: Int, by thread: Int, timeout: Int64? = nil) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        if eventFlags[event] { return true }
        eventWaiters[event].append(thread)
        let reason = Reason.waitingForEvent(event: program.events[event])
        guard let timeout else { return blockAndWait(thread, reason: reason) }
        return blockAndWait(thread, reason: reason, timeout: timeout) {
            eventWaiters[event].removeAll { $0 == thread }
            makeReady(thread, reason: .eventTimedOut(event: program.events[event]))
        }
    }

    private func set(_ event: Int, by thread: Int) {
        eventFlags[event] = true
        record(.eventSet(event: program.events[event], thread: ThreadID(thread)))
        for waiter in eventWaiters[event] { makeReady(waiter, reason: .eventSet(event: program.events[event])) }
        eventWaiters[event] = []
    }

    private func clear(_ event: Int, by thread: Int) {
        eventFlags[event] = false
        record(.eventCleared(event: program.events[event], thread: ThreadID(thread)))
    }

    private func start(_ other: Int) {
        guard slots[other].state == .created else { return }
        slots[other].startDeadline = nil
        makeReady(other, reason: .started)
        conditions[other].signal()
    }

    private func join(_ other: Int, by thread: Int) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        if slots[other].state == .terminated { return true }
        slots[other].joiners.append(thread)
        return blockAndWait(thread, reason: .waitingForThread(thread: name(other)), waitsFor: other)
    }

    /// A non-atomic read–modify–write: read, compute for the increment cost (a preemption here loses
    /// updates, as in the Python demo), then write what was read plus one.
    private func increment(_ counter: Int, by thread: Int) -> Bool {
        var value = 0
        guard locked({
            value = counters[counter]
            record(.counterRead(counter: program.counters[counter], thread: ThreadID(thread), value: value))
        }) else { return false }
        guard compute(incrementCostNanoseconds, by: thread) else { return false }
        return locked {
            counters[counter] = value + 1
            record(.counterWritten(counter: program.counters[counter], thread: ThreadID(thread), value: value + 1))
        }
    }
}
