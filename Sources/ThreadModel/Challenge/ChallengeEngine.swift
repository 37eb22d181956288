/// The learner as the scheduler: a pure stepper over a compiled `Program`. Each move runs one thread one step
/// (one op; an `increment` is two steps, its read and its write, which is where an update gets lost). Ops with
/// time in them (`compute`, `io`, `sleep`) are one step each: in a challenge only the order matters.
/// A thread whose next op cannot go on (a held lock, an empty queue, a condition nobody notified) is blocked and
/// its move is refused with the demos' `Reason`. Pool ops pass in one step doing nothing: `threadtutor check`
/// rejects challenges with pools. The rules of each op are in `ChallengeEngine+Rules`.
public struct ChallengeEngine: Hashable, Sendable {
    public let program: Program
    /// The thread a `starve` goal is about (its waiting is counted in the state); nil when no goal needs it,
    /// so other challenges do not pay for the count in states.
    public private(set) var watched: ThreadID?
    /// The `starve` goal's number of moves: the count stops there, keeping the states finite.
    public private(set) var starveWindow = 0

    public init(program: Program) { self.program = program }

    /// This engine counting what `goal` needs (a `starve` goal's thread); `ChallengePlay` and the solver call it.
    public func watching(_ goal: ChallengeGoal?) -> ChallengeEngine {
        var engine = self
        engine.watched = nil
        engine.starveWindow = 0
        if case .starve(let name, let moves)? = goal, let index = program.threads.firstIndex(where: { $0.name == name }) {
            engine.watched = ThreadID(index)
            engine.starveWindow = max(1, moves)
        }
        return engine
    }

    /// The state before any move, threads already past an `enter`/`leave` they start with (those cost no move).
    public var initialState: ChallengeState {
        var state = ChallengeState(program: program)
        passEdges(in: &state)
        return state
    }

    /// Whether the thread's ops are all run (or an exception ended it).
    public func isDone(_ thread: ThreadID, in state: ChallengeState) -> Bool {
        state.positions[thread.rawValue] >= program.threads[thread.rawValue].ops.count
    }

    public func allDone(in state: ChallengeState) -> Bool {
        program.threads.indices.allSatisfy { isDone(ThreadID($0), in: state) }
    }

    /// The threads that can run one step now, in id order.
    public func legalMoves(in state: ChallengeState) -> [ThreadID] {
        program.threads.indices.map(ThreadID.init).filter { refusal(of: $0, in: state) == nil }
    }

    /// Why `thread` cannot run now, or nil when it can.
    public func refusal(of thread: ThreadID, in state: ChallengeState) -> ChallengeRefusal? {
        guard program.threads.indices.contains(thread.rawValue) else { return .noSuchThread }
        if isDone(thread, in: state) { return .finished }
        if !state.started[thread.rawValue] { return .notStarted }
        return blockReason(of: thread, in: state).map(ChallengeRefusal.blocked)
    }

    /// The thread's five-state letter now, for the pane and for transitions (never `running`: a move is over
    /// when it returns).
    public func threadState(of thread: ThreadID, in state: ChallengeState) -> ThreadState {
        if isDone(thread, in: state) { return .terminated }
        if !state.started[thread.rawValue] { return .created }
        return blockReason(of: thread, in: state) == nil ? .ready : .blocked
    }

    /// The op the thread runs next, nil when it is done.
    public func nextOp(of thread: ThreadID, in state: ChallengeState) -> Program.Op? {
        let ops = program.threads[thread.rawValue].ops
        let position = state.positions[thread.rawValue]
        return ops.indices.contains(position) ? ops[position] : nil
    }

    /// Runs `thread` one step, or says why it cannot.
    public func apply(_ thread: ThreadID, to state: ChallengeState, move: Int = 0) -> Result<ChallengeStep, ChallengeRefusalError> {
        if let refusal = refusal(of: thread, in: state) { return .failure(ChallengeRefusalError(thread: thread, refusal: refusal)) }
        let next = successor(of: state, moving: thread)
        return .success(ChallengeStep(state: next, transitions: transitions(from: state, to: next, mover: thread, move: move)))
    }
}
