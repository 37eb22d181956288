import TextKernel
import ThreadModel

/// The pane's lines for semaphores, queues, conditions and barriers: a count or a row of items, and who waits.
enum CoordinationLines {
    /// Queues of up to this capacity show their empty places too, so "full" can be seen.
    static let boxedCapacity = 8

    static func lines(_ frame: DemoFrame, width: Int) -> [StyledLine] {
        let state = frame.snapshot.coordination
        guard !state.isEmpty else { return [] }
        let waiting = { (threads: [ThreadID]) -> String in
            threads.isEmpty ? "" : " (" + frame.say(.demoWaiting(names: threads.map { frame.name($0) }.joined(separator: ", "))) + ")"
        }
        var lines: [StyledLine] = []
        lines += ResourceLines.pack(state.semaphores.map { ResourceLines.entry(frame.say(.demoSemaphore($0.name)), "\($0.value)" + waiting($0.waiters)) }, width: width)
        for queue in state.queues {
            lines.append(ResourceLines.entry(frame.say(.demoItemQueue(queue.name)), row(queue.items, capacity: queue.capacity) + waiting(queue.waiters)))
        }
        lines += ResourceLines.pack(state.conditions.map {
            ResourceLines.entry(frame.say(.demoCondition($0.name)), $0.waiters.isEmpty ? frame.say(.demoNobodyWaits) : frame.say(.demoWaiting(names: $0.waiters.map { frame.name($0) }.joined(separator: ", "))))
        }, width: width)
        lines += ResourceLines.pack(state.barriers.map {
            ResourceLines.entry(frame.say(.demoBarrier($0.name)), $0.broken ? frame.say(.demoBarrierBroken) : frame.say(.demoArrived($0.arrived, of: $0.parties)))
        }, width: width)
        return lines
    }

    /// "[a][b][ ] 2/3" for a small bounded queue, "[a][b] 2/8+" cut short for a long one, "[a] 1/∞" unbounded.
    static func row(_ items: [String], capacity: Int) -> String {
        let shown = items.prefix(boxedCapacity).map { "[\($0)]" }.joined()
        let empties = capacity > 0 && capacity <= boxedCapacity ? String(repeating: "[ ]", count: max(0, capacity - items.count)) : ""
        let more = items.count > boxedCapacity ? "…" : ""
        // An empty unbounded queue has no places to draw: its count alone ("0/∞", not " 0/∞" after the colon).
        let places = shown + more + empties
        return places + (places.isEmpty ? "" : " ") + "\(items.count)/" + (capacity > 0 ? "\(capacity)" : "∞")
    }
}
