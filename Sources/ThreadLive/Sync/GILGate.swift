import ThreadModel

/// The GIL: one holder at a time. A holder that computes must hand it over once another thread has waited
/// for the switch interval (CPython's `sys.getswitchinterval()`); a holder that blocks releases it at once.
/// Pure bookkeeping, called under the scheduler's lock.
struct GILGate: Sendable {
    let switchInterval: Int64
    private(set) var holder: Int?
    private var waiters = FIFOQueue<Int>()
    /// When the first waiter started waiting, per waiter, for the "handed over after" figure.
    private var waitingSince: [Int: Int64] = [:]
    /// The holder must let go at this time if someone is still waiting.
    private(set) var dropDeadline: Int64?

    init(switchInterval: Int64) { self.switchInterval = switchInterval }

    var hasWaiters: Bool { !waiters.isEmpty }

    /// Takes the GIL for `thread` (true), or queues it (false).
    mutating func request(for thread: Int, now: Int64) -> Bool {
        if holder == nil && waiters.isEmpty {
            holder = thread
            return true
        }
        waiters.append(thread)
        waitingSince[thread] = now
        if dropDeadline == nil { dropDeadline = now + switchInterval }
        return false
    }

    /// Whether the holder has to hand the GIL over now.
    func mustDrop(now: Int64) -> Bool {
        guard let deadline = dropDeadline, !waiters.isEmpty else { return false }
        return now >= deadline
    }

    /// Who would get the GIL now, and how long it has waited (without changing anything).
    func nextWaiter(now: Int64) -> (thread: Int, waited: Int64)? {
        guard let next = waiters.first else { return nil }
        return (next, now - (waitingSince[next] ?? now))
    }

    /// Releases the GIL; returns the next holder and how long it waited, when there is one.
    mutating func release(now: Int64) -> (thread: Int, waited: Int64)? {
        holder = nil
        guard let next = waiters.popFirst() else {
            dropDeadline = nil
            return nil
        }
        holder = next
        let waited = now - (waitingSince.removeValue(forKey: next) ?? now)
        dropDeadline = waiters.isEmpty ? nil : now + switchInterval
        return (next, waited)
    }

    /// Forgets a waiting thread (used when a run stops).
    mutating func cancel(_ thread: Int) {
        waiters.remove(thread)
        waitingSince[thread] = nil
    }
}
