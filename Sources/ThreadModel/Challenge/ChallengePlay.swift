/// A challenge being played: the states so far (undo is dropping the last one, so it restores the exact state)
/// and the moves that led there (the schedule a test records and replays).
public struct ChallengePlay: Hashable, Sendable {
    public let engine: ChallengeEngine
    public let goal: ChallengeGoal
    /// Every state from the start; never empty.
    public private(set) var history: [ChallengeState]
    public private(set) var moves: [ThreadID] = []

    /// The engine is set to count what the goal needs (`ChallengeEngine.watching`).
    public init(engine: ChallengeEngine, goal: ChallengeGoal) {
        self.engine = engine.watching(goal)
        self.goal = goal
        history = [self.engine.initialState]
    }

    public var state: ChallengeState { history[history.count - 1] }
    public var isSolved: Bool { goal.isReached(in: state, engine: engine) }

    /// Runs `thread` one step; a refused move changes nothing and says why.
    @discardableResult
    public mutating func play(_ thread: ThreadID) -> Result<ChallengeStep, ChallengeRefusalError> {
        let result = engine.apply(thread, to: state, move: moves.count + 1)
        if case .success(let step) = result {
            history.append(step.state)
            moves.append(thread)
        }
        return result
    }

    /// Takes the last move back; false at the start.
    @discardableResult
    public mutating func undo() -> Bool {
        guard !moves.isEmpty else { return false }
        history.removeLast()
        moves.removeLast()
        return true
    }

    public mutating func restart() {
        history = [engine.initialState]
        moves = []
    }
}
