/// When no event is left but threads are still blocked, the run is stuck: build the wait-for graph and find
/// its cycle, if any.
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
        return Deadlock(time: now, cycle: cycle(in: waitsFor, edges: stuck), stuck: stuck)
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
            return pools[pool].workers.first { threads[$0.rawValue].state != .terminated }
        case .pool(let pool): return pools[pool].workers.first { threads[$0.rawValue].state != .terminated }
        case .none, .timer, .event, .work: return nil
        }
    }

    /// The first cycle reached from the lowest thread id, starting at its lowest member.
    private func cycle(in waitsFor: [ThreadID: ThreadID], edges: [WaitEdge]) -> [WaitEdge] {
        for start in waitsFor.keys.sorted() {
            var path: [ThreadID] = []
            var current: ThreadID? = start
            while let node = current, !path.contains(node), path.count <= waitsFor.count {
                path.append(node)
                current = waitsFor[node]
            }
            guard let repeated = current, let loopStart = path.firstIndex(of: repeated) else { continue }
            var members = Array(path[loopStart...])
            let lowest = members.indices.min { members[$0] < members[$1] } ?? 0
            members = Array(members[lowest...] + members[..<lowest])
            return members.compactMap { member in edges.first { $0.thread == member } }
        }
        return []
    }
}
