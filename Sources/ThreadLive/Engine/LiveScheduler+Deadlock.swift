import ThreadModel

/// Live deadlock detection from the engine's own wait-for graph: every lock, join and future is ours, so
/// holders and waiters are known exactly, under the same lock that changes them. The search and the report are
/// ThreadModel's `DeadlockFinder`, as in the simulator; only when to look and which arrows count are the live
/// engine's: right after a thread blocks, through arrows only one thread can end (a cycle declared early must be
/// certain), and "stuck" once nobody can make progress.
extension LiveScheduler {
    /// After `thread` blocked (or a thread ended, nil): a wait-for cycle through it, or nobody left who could
    /// make progress, is a deadlock; it is reported and the run is stopped.
    func checkForDeadlock(after thread: Int?) {
        guard deadlock == nil, !stopRequested else { return }
        if let thread, let cycle = DeadlockFinder.cycle(from: ThreadID(thread), waitsFor: certainArrow),
           cycle.contains(ThreadID(thread)) {
            report(cycle: cycle)
            return
        }
        guard !anyoneCanProgress() else { return }
        report(cycle: [])
    }

    /// The thread `thread` waits for when only that one can free it (a lock holder, a joined thread, the worker
    /// running an awaited task); nil otherwise.
    private func certainArrow(_ thread: ThreadID) -> ThreadID? {
        let slot = slots[thread.rawValue]
        guard slot.state == .blocked, slot.waitsForIsCertain else { return nil }
        return slot.waitsFor.map(ThreadID.init)
    }

    /// True when some thread is ready, running, in a timed wait, or due to start by itself.
    private func anyoneCanProgress() -> Bool {
        slots.contains { slot in
            switch slot.state {
            case .ready, .running: true
            case .blocked: slot.isTimedWait
            case .created: slot.startDeadline != nil
            case .terminated: false
            }
        }
    }

    private func report(cycle: [ThreadID]) {
        let stuck = slots.indices.filter {
            slots[$0].state == .blocked && !slots[$0].isTimedWait && slots[$0].waitReason != .waitingForWork
        }.map { index in
            WaitEdge(
                thread: ThreadID(index), waitsFor: slots[index].waitsFor.map(ThreadID.init),
                reason: slots[index].waitReason ?? .waitingForWork
            )
        }
        deadlock = DeadlockFinder.report(at: scale.micros(recorder.elapsed()), stuck: stuck, cycle: cycle)
        requestStop()
    }
}
