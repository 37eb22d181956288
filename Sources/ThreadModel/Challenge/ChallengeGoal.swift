/// What the learner must make happen. Written in a lesson as `goal: {counter: c, equals: 1}` or `goal: deadlock`.
public enum ChallengeGoal: Hashable, Sendable {
    /// Every thread done and the counter at this value (the lost update: two increments, the counter at 1).
    case counter(String, equals: Int)
    /// No thread can move and not all are done.
    case deadlock

    /// Whether `state` reaches the goal; a counter the program does not have is never reached.
    public func isReached(in state: ChallengeState, engine: ChallengeEngine) -> Bool {
        switch self {
        case .counter(let name, let value):
            guard let id = engine.program.counters.firstIndex(of: name) else { return false }
            return engine.allDone(in: state) && state.counters[id] == value
        case .deadlock:
            return engine.legalMoves(in: state).isEmpty && !engine.allDone(in: state)
        }
    }
}
