/// What the challenge pane asks about a state, beside the `ChallengeState` fields it reads directly
/// (`lockHolders`, `semaphoreValues`, `queueItems`, `conditionWaiters`, `barrierWaiters`, `counters`).
extension ChallengeEngine {
    /// The 0-based line of the thread's `code` that its next op stands for; nil when done or not given.
    public func currentLine(of thread: ThreadID, in state: ChallengeState) -> Int? {
        guard !isDone(thread, in: state) else { return nil }
        return program.sourceLine(of: thread, op: state.positions[thread.rawValue])
    }

    /// The locks (by id) the thread holds.
    public func heldLocks(by thread: ThreadID, in state: ChallengeState) -> [Int] {
        state.lockHolders.indices.filter { state.lockHolders[$0] == thread }
    }

    /// Whether a move of this thread would only spin: its next op is `spin-while` and the flag is set. It is
    /// ready, never blocked: it burns its slice.
    public func isSpinning(_ thread: ThreadID, in state: ChallengeState) -> Bool {
        guard case .spinWhile(let counter)? = nextOp(of: thread, in: state) else { return false }
        return state.counters[counter] != 0
    }

    /// The critical sections (by id in `program.sections`) the thread is inside: past `enter`, not yet at
    /// `leave`. A thread an exception ended is inside none.
    public func sections(of thread: ThreadID, in state: ChallengeState) -> [Int] {
        guard state.emptyPops[thread.rawValue] == nil else { return [] }
        var depth = Array(repeating: 0, count: program.sections.count)
        for op in program.threads[thread.rawValue].ops.prefix(state.positions[thread.rawValue]) {
            switch op {
            case .enter(let section): depth[section] += 1
            case .leave(let section): depth[section] -= 1
            default: break
            }
        }
        return depth.indices.filter { depth[$0] > 0 }
    }

    /// The threads inside the critical section now, in id order.
    public func threadsInside(section: Int, in state: ChallengeState) -> [ThreadID] {
        program.threads.indices.map(ThreadID.init).filter { sections(of: $0, in: state).contains(section) }
    }
}
