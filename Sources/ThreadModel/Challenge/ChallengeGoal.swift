/// What the learner must make happen. Written in a lesson as `goal: {counter: c, equals: 1}` or `goal: deadlock`.
public enum ChallengeGoal: Hashable, Sendable {
    /// Every thread done and the counter at this value (the lost update: two increments, the counter at 1).
    case counter(String, equals: Int)
    /// No thread can move and not all are done.
    case deadlock
    /// Two threads inside the critical section NAME at once (between `enter NAME` and `leave NAME`): a
    /// hand-written lock that checks a flag and then sets it. Written `{critical-section: NAME}`.
    case criticalSection(String)
    /// Thread NAME, once it has run into a lock or semaphore, goes `moves` moves in a row without getting it, and
    /// it was free at least once in that time: released, and taken by another (CPython's Lock promises no order). Written `{starve: NAME, moves: N}`.
    case starve(String, moves: Int)
    /// A thread pops from queue NAME and finds it empty (IndexError), typically one woken from a condition wait
    /// (the `if` that should have been a `while`). Written `{empty-pop: NAME}`.
    case emptyPop(String)

    /// Whether `state` reaches the goal; a name the program does not have is never reached. A `starve` goal is
    /// counted only by an engine `watching` it (`ChallengePlay` and the solver make sure of that).
    public func isReached(in state: ChallengeState, engine: ChallengeEngine) -> Bool {
        switch self {
        case .counter(let name, let value):
            guard let id = engine.program.counters.firstIndex(of: name) else { return false }
            return engine.allDone(in: state) && state.counters[id] == value
        case .deadlock:
            return engine.legalMoves(in: state).isEmpty && !engine.allDone(in: state)
        case .criticalSection(let name):
            guard let section = engine.program.sections.firstIndex(of: name) else { return false }
            return engine.threadsInside(section: section, in: state).count >= 2
        case .starve(let name, let moves):
            guard let watched = engine.watched, engine.program.threads[watched.rawValue].name == name else { return false }
            return state.starvedMoves >= moves && state.starveSawFree
        case .emptyPop(let name):
            guard let queue = engine.program.queues.firstIndex(where: { $0.name == name }) else { return false }
            return state.emptyPops.contains(queue)
        }
    }
}
