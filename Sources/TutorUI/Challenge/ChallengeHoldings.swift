import ThreadModel

/// What each thread holds in a challenge state, and who waits for what. The engine keeps lock holders; a
/// semaphore keeps only its count, so what a thread holds of one is its own acquires minus its releases so far.
struct ChallengeHoldings {
    let engine: ChallengeEngine
    let state: ChallengeState

    var program: Program { engine.program }

    /// Names of the locks `thread` holds, then its semaphore units ("S(2)" for two).
    func held(by thread: ThreadID) -> [String] {
        let locks = engine.heldLocks(by: thread, in: state).map { program.locks[$0] }
        var units = Array(repeating: 0, count: program.semaphores.count)
        let ops = program.threads[thread.rawValue].ops
        for op in ops.prefix(min(ops.count, state.positions[thread.rawValue])) {
            switch op {
            case .acquire(let semaphore, _): units[semaphore] += 1
            case .release(let semaphore): units[semaphore] -= 1
            default: break
            }
        }
        let semaphores = units.indices.filter { units[$0] > 0 }.map { index in
            program.semaphores[index].name + (units[index] > 1 ? "(\(units[index]))" : "")
        }
        return locks + semaphores
    }

    /// The threads blocked on lock `lock`, in id order.
    func waiters(forLock lock: Int) -> [ThreadID] {
        program.threads.indices.map(ThreadID.init).filter { thread in
            guard engine.threadState(of: thread, in: state) == .blocked else { return false }
            switch engine.nextOp(of: thread, in: state) {
            case .lock(let id), .timedLock(let id, _): return id == lock
            default: return false
            }
        }
    }

    /// The value `thread` has read in the middle of an increment, with the value it will write.
    func halfDoneIncrement(of thread: ThreadID) -> (read: Int, write: Int)? {
        guard let read = state.pendingReads[thread.rawValue] else { return nil }
        return (read, read + 1)
    }
}
