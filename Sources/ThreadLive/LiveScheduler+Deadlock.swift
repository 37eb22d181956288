/// Live deadlock detection from the engine's own wait-for graph: every lock, join and future is ours, so
/// holders and waiters are known exactly, under the same lock that changes them.
extension LiveScheduler {
    /// After `thread` blocked (or a thread ended, nil): a wait-for cycle through it, or nobody left who could
    /// make progress, is a deadlock; it is reported and the run is stopped.
    func checkForDeadlock(after thread: Int?) {
        guard deadlock == nil, !stopRequested else { return }
        if let thread, let cycle = cycle(through: thread) {
            report(cycle: cycle)
            return
        }
        guard !anyoneCanProgress() else { return }
        report(cycle: [])
    }

    private func edge(for thread: Int) -> LiveWaitEdge {
        LiveWaitEdge(thread: thread, waitsFor: slots[thread].waitsFor, reason: slots[thread].waitReason ?? .waitingForWork)
    }

    /// Follows "waits for" arrows from `start`; the edges of the loop when they come back to it.
    private func cycle(through start: Int) -> [LiveWaitEdge]? {
        var path: [Int] = []
        var current = start
        while slots[current].state == .blocked, slots[current].waitsForIsCertain, let next = slots[current].waitsFor {
            if path.contains(current) { return nil }
            path.append(current)
            if next == start { return path.map(edge(for:)) }
            current = next
        }
        return nil
    }

    /// The same cycle, read from its lowest thread index (as the simulator reports it).
    private func startingAtLowest(_ cycle: [LiveWaitEdge]) -> [LiveWaitEdge] {
        guard let lowest = cycle.indices.min(by: { cycle[$0].thread < cycle[$1].thread }) else { return cycle }
        return Array(cycle[lowest...] + cycle[..<lowest])
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

    private func report(cycle: [LiveWaitEdge]) {
        let stuck = slots.indices.filter {
            slots[$0].state == .blocked && !slots[$0].isTimedWait && slots[$0].waitReason != .waitingForWork
        }.map(edge(for:))
        deadlock = LiveDeadlockReport(nanoseconds: recorder.elapsed(), cycle: startingAtLowest(cycle), stuck: stuck)
        requestStop()
    }
}
