import CThreadShim
import ThreadModel

/// A live thread's life from its OS thread's point of view: register, wait to be started, run, finish, exit.
extension LiveScheduler {
    /// The body of OS thread `thread`.
    func runThread(_ thread: Int) {
        _ = tt_set_thread_name(ThreadName.kernelName(for: program.threads[thread].name))
        let tid = tt_gettid()
        mutex.lock()
        slots[thread].kernelTID = tid
        registeredCount += 1
        control.broadcast()
        let started = waitToStart(thread)
        mutex.unlock()
        if started && performScript(of: thread) { finish(thread) }
        mutex.withLock {
            slots[thread].hasExited = true
            exitedCount += 1
            control.broadcast()
        }
    }

    /// Called by the controller once every thread has registered: time zero of the recording.
    func begin() {
        mutex.withLock {
            recorder.resetOrigin(to: clock.nanoseconds())
            for (index, thread) in program.threads.enumerated() {
                // Pool workers stay created until a submit needs one.
                switch thread.pool == nil ? thread.start : .manual {
                case .immediately: makeReady(index, reason: .started)
                case .after(let delay):
                    slots[index].startDeadline = clock.nanoseconds() + scale.nanoseconds(delay)
                    conditions[index].signal()
                case .manual: break
                }
            }
            if programHasExited {
                for pool in pools.indices { closePool(pool) }
            }
            if program.threads.isEmpty { endNanoseconds = 0 }
        }
    }

    /// Waits (lock held) in `created` until started, by another thread or by its own start delay, then until
    /// dispatched. False when the run is stopping.
    private func waitToStart(_ thread: Int) -> Bool {
        while slots[thread].state == .created && !stopRequested && !slots[thread].isUnused {
            let now = clock.nanoseconds()
            if let deadline = slots[thread].startDeadline, now >= deadline {
                slots[thread].startDeadline = nil
                makeReady(thread, reason: .started)
                break
            }
            let wake = min(slots[thread].startDeadline ?? .max, now + Self.stopPollInterval)
            conditions[thread].wait(mutex, untilNanoseconds: wake)
        }
        if slots[thread].isUnused { return false }
        return waitUntilRunning(thread)
    }

    /// Every scenario thread that started (or will start by itself) has terminated: like CPython at exit, the
    /// pools are then shut down so their workers end.
    var programHasExited: Bool {
        program.threads.indices.allSatisfy { index in
            program.threads[index].pool != nil || slots[index].state == .terminated
                || (slots[index].state == .created && slots[index].startDeadline == nil
                    && program.threads[index].start == .manual)
        }
    }

    /// Runs the thread's ops (a worker runs its pool's tasks); false when the run stopped meanwhile.
    private func performScript(of thread: Int) -> Bool {
        if let pool = program.threads[thread].pool { return workForPool(pool, as: thread) }
        for op in program.threads[thread].ops {
            guard perform(op, by: thread) else { return mutex.withLock { slots[thread].raisedError != nil && !stopRequested } }
        }
        return true
    }

    /// running → terminated; wakes joiners and, for the last worker of a closing pool, its shutdown waiters.
    private func finish(_ thread: Int) {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return }
        let reason = slots[thread].raisedError.map { Reason.uncaughtError(error: $0) } ?? .finished
        transition(thread, to: .terminated, core: coreNumber(of: thread), reason: reason)
        releaseAll(of: thread)
        terminatedCount += 1
        for joiner in slots[thread].joiners { makeReady(joiner, reason: .threadFinished(thread: name(thread))) }
        slots[thread].joiners = []
        if let pool = program.threads[thread].pool {
            workerEnded(in: pool)
        } else if programHasExited {
            for pool in pools.indices where !pools[pool].isShuttingDown { closePool(pool) }
        }
        if everyThreadIsDone {
            endNanoseconds = recorder.elapsed()
            control.broadcast()
        } else {
            checkForDeadlock(after: nil)
        }
    }
}
