/// The one wait-for-graph search every engine uses. Each engine decides when to look and which arrows count
/// (the simulator: every arrow, once no event is left; the live engine: only arrows that one thread alone can
/// end, right after a thread blocks); this finds the cycle and writes the report, so both read alike.
public enum DeadlockFinder {
    /// Follows "waits for" arrows from `start` until the walk comes back to a thread already on it: the loop's
    /// members, starting at the lowest id (the order the reports print). Nil when the walk reaches a thread
    /// that waits for nobody.
    public static func cycle(from start: ThreadID, waitsFor: (ThreadID) -> ThreadID?) -> [ThreadID]? {
        var path: [ThreadID] = []
        var current: ThreadID? = start
        while let node = current, !path.contains(node) {
            path.append(node)
            current = waitsFor(node)
        }
        guard let repeated = current, let loopStart = path.firstIndex(of: repeated) else { return nil }
        let members = path[loopStart...]
        let lowest = members.indices.min { members[$0] < members[$1] } ?? loopStart
        return Array(members[lowest...] + members[..<lowest])
    }

    /// The first cycle reached from the lowest of `starts` (a whole graph at once), or an empty list.
    public static func firstCycle(from starts: [ThreadID], waitsFor: (ThreadID) -> ThreadID?) -> [ThreadID] {
        for start in starts.sorted() {
            if let members = cycle(from: start, waitsFor: waitsFor) { return members }
        }
        return []
    }

    /// The report: every stuck thread's wait (in thread order) and the cycle's arrows taken from them; an empty
    /// `cycle` reports a run that is stuck without one (an event nobody sets).
    public static func report(at time: Int64, stuck: [WaitEdge], cycle: [ThreadID]) -> Deadlock {
        let arrows = cycle.compactMap { member in stuck.first { $0.thread == member } }
        return Deadlock(time: time, cycle: arrows, stuck: stuck)
    }
}
