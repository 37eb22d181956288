/// The wait-for graph of patched locks while the program runs: who waits for which lock, held by whom. A lock
/// waiter re-reports the holder every 0.25 s (the bootstrap waits in slices), so a cycle counts as a deadlock only
/// once every wait in it has been re-reported after the cycle was first seen: a stale holder (the lock changed
/// hands between two reports) cannot fake one. Found about 0.3–0.6 s after it forms.
struct TraceDeadlockWatch {
    struct Wait: Hashable {
        var object: Int
        var holder: Int32
        var time: Int64
    }

    private(set) var waits: [Int32: Wait] = [:]
    private var candidate: (tids: [Int32], since: Int64)?

    mutating func apply(_ event: TraceEvent) {
        switch event.kind {
        case "wait":
            if event.string("what") == "lock" {
                waits[event.tid] = Wait(object: event.object, holder: Int32(truncatingIfNeeded: event.number("holder") ?? 0),
                                        time: event.time)
            } else {
                waits[event.tid] = nil
            }
        case "woke", "end", "acq":
            waits[event.tid] = nil
        default:
            break
        }
    }

    /// The threads of a confirmed cycle (each waits for the next; the last for the first), or nil.
    mutating func check(now: Int64) -> [Int32]? {
        guard let cycle = findCycle() else {
            candidate = nil
            return nil
        }
        if let candidate, candidate.tids == cycle {
            let refreshed = cycle.allSatisfy { (waits[$0]?.time ?? 0) > candidate.since }
            return refreshed ? cycle : nil
        }
        candidate = (cycle, now)
        return nil
    }

    /// A cycle in the holder graph, rotated to start at its lowest thread id.
    func findCycle() -> [Int32]? {
        for start in waits.keys.sorted() {
            var path: [Int32] = [start]
            var current = start
            while let next = waits[current]?.holder, next != 0, waits[next] != nil {
                if let index = path.firstIndex(of: next) {
                    let cycle = Array(path[index...])
                    let lowest = cycle.firstIndex(of: cycle.min()!)!
                    return Array(cycle[lowest...] + cycle[..<lowest])
                }
                path.append(next)
                current = next
            }
        }
        return nil
    }
}
