/// A binary min-heap of timed simulation events, ordered by (time, tie-break, insertion order) so that the
/// same scenario and seed always pop in the same order. Push and pop are O(log n).
struct EventQueue {
    struct Entry {
        var time: Int64
        var tieBreak: UInt64
        var order: Int
        var event: SimulationEvent

        func precedes(_ other: Entry) -> Bool {
            if time != other.time { return time < other.time }
            if tieBreak != other.tieBreak { return tieBreak < other.tieBreak }
            return order < other.order
        }
    }

    private var heap: [Entry] = []
    private var pushed = 0

    var isEmpty: Bool { heap.isEmpty }
    var nextTime: Int64? { heap.first?.time }

    mutating func push(_ event: SimulationEvent, at time: Int64, tieBreak: UInt64) {
        heap.append(Entry(time: time, tieBreak: tieBreak, order: pushed, event: event))
        pushed += 1
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard heap[child].precedes(heap[parent]) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Entry? {
        guard !heap.isEmpty else { return nil }
        heap.swapAt(0, heap.count - 1)
        let top = heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var smallest = parent
            if left < heap.count, heap[left].precedes(heap[smallest]) { smallest = left }
            if right < heap.count, heap[right].precedes(heap[smallest]) { smallest = right }
            guard smallest != parent else { break }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
        return top
    }
}
