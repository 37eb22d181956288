/// When no event is left but threads are still blocked, the run is stuck: every arrow of the wait-for graph
/// counts (a result queued behind busy workers waits for the first of them), and `DeadlockFinder` reports.
extension SimulationEngine {
    func findDeadlock() -> Deadlock? {
        var stuck: [WaitEdge] = []
        var waitsFor: [ThreadID: ThreadID] = [:]
        for (index, thread) in threads.enumerated() where thread.state == .blocked && thread.wait != .work {
            let id = ThreadID(index)
            let target = blocker(of: thread)
            stuck.append(WaitEdge(thread: id, waitsFor: target, reason: thread.blockReason ?? .waitingForWork))
            waitsFor[id] = target
        }
        guard !stuck.isEmpty else { return nil }
        let cycle = DeadlockFinder.firstCycle(from: Array(waitsFor.keys)) { waitsFor[$0] }
        return DeadlockFinder.report(at: now, stuck: stuck, cycle: cycle)
    }

    /// The one thread that could end this wait, when there is one.
    private func blocker(of thread: SimulatedThread) -> ThreadID? {
        switch thread.wait {
        case .lock(let lock): return locks[lock].holder
        case .join(let target): return target
        case .result(let task):
            if let worker = tasks[task].worker { return worker }
            // Queued behind busy workers: any of them would have to finish first.
            guard let pool = tasks[task].pool else { return nil }
            return firstLiveWorker(of: pool)
        case .pool(let pool): return firstLiveWorker(of: pool)
        case .none, .timer, .event, .work, .semaphore, .condition, .queuePut, .queueGet, .queueJoin, .barrier: return nil
        }
    }

    private func firstLiveWorker(of pool: Int) -> ThreadID? {
        program.pools[pool].workers.first { threads[$0.rawValue].state != .terminated && threads[$0.rawValue].state != .created }
    }
}
