/// What the learner must make happen. Written in a lesson as `goal: {counter: c, equals: 1}` or `goal: deadlock`.
public enum ChallengeGoal: Hashable, Sendable {
    /// Every thread done and the counter at this value (the lost update: two increments, the counter at 1).
    case counter(String, equals: Int)
    /// No thread can move and not all are done.
    case deadlock
    /// Two threads inside the critical section NAME at once (between `enter NAME` and `leave NAME`): a
    /// hand-written lock that checks a flag and then sets it. Written `{critical-section: NAME}`.
    case criticalSection(String)
    /// Thread NAME waits for a lock or semaphore during `moves` moves in a row, and it was free at least once in
    /// that time (CPython's Lock promises no order among waiters). Written `{starve: NAME, moves: N}`.
    case starve(String, moves: Int)
    /// A thread woken from a condition wait pops from queue NAME and finds it empty (the `if` that should have been
    /// a `while`). Written `{empty-pop: NAME}`.
    case emptyPop(String)

    /// Whether `state` reaches the goal; a counter the program does not have is never reached.
    public func isReached(in state: ChallengeState, engine: ChallengeEngine) -> Bool {
        switch self {
        case .counter(let name, let value):
            guard let id = engine.program.counters.firstIndex(of: name) else { return false }
            return engine.allDone(in: state) && state.counters[id] == value
        case .deadlock:
            return engine.legalMoves(in: state).isEmpty && !engine.allDone(in: state)
        case .criticalSection, .starve, .emptyPop:
            return false  // the engine branch gives these their rules
        }
    }
}
