import ThreadModel

/// The counting gate for cores: at most `cores` threads run scenario work at once; the others wait, READY,
/// in arrival order. Pure bookkeeping: the scheduler calls it under its lock and does the waking.
struct CoreGate: Sendable {
    /// Which thread holds each core (index 0 is core 1).
    private(set) var holders: [Int?]
    private(set) var waiting = FIFOQueue<Int>()

    init(cores: Int) { holders = Array(repeating: nil, count: max(1, cores)) }

    var hasWaiters: Bool { !waiting.isEmpty }
    var busyCount: Int { holders.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }

    /// Gives `thread` a free core (its index), or queues it and returns nil. Waiters are served first.
    mutating func request(for thread: Int) -> Int? {
        if waiting.isEmpty, let core = holders.firstIndex(where: { $0 == nil }) {
            holders[core] = thread
            return core
        }
        waiting.append(thread)
        return nil
    }

    /// Frees `core`; when a thread is waiting it gets the core at once, and is returned.
    mutating func release(core: Int) -> Int? {
        guard let next = waiting.popFirst() else {
            holders[core] = nil
            return nil
        }
        holders[core] = next
        return next
    }

    /// Gives `core` straight to `thread`, which leaves the waiters (wake-up preemption: it jumps the queue).
    mutating func handOver(core: Int, to thread: Int) {
        waiting.remove(thread)
        holders[core] = thread
    }

    /// Forgets a waiting thread (used when a run stops).
    mutating func cancel(_ thread: Int) { waiting.remove(thread) }
}
