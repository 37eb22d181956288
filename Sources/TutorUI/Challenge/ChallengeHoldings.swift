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

    /// The threads blocked on lock `lock`, in id order, in the engine's own words: a `lock` op, or a notified
    /// condition waiter taking its lock back.
    func waiters(forLock lock: Int) -> [ThreadID] {
        program.threads.indices.map(ThreadID.init).filter { thread in
            guard case .waitingForLock(let name, _)? = engine.blockReason(of: thread, in: state) else { return false }
            return name == program.locks[lock]
        }
    }

    /// The value `thread` has read in the middle of an increment, with the value it will write.
    func halfDoneIncrement(of thread: ThreadID) -> (read: Int, write: Int)? {
        guard let read = state.pendingReads[thread.rawValue] else { return nil }
        return (read, read + 1)
    }
}
