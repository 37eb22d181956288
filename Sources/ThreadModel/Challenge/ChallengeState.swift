/// One moment of a challenge, where the learner is the scheduler: a value, so undo is keeping the previous one and
/// the solver can put states in a set. Only what a move can change is here; the program stays outside.
public struct ChallengeState: Hashable, Sendable {
    /// Index of each thread's next op (by `ThreadID.rawValue`); `ops.count` when the thread is done.
    public var positions: [Int]
    /// A manual thread is not started until another thread runs `start`.
    public var started: [Bool]
    /// The value a thread has read in the middle of an `increment` (the lost update lives in this gap).
    public var pendingReads: [Int?]
    public var counters: [Int]
    /// Each lock's holder, by lock id.
    public var lockHolders: [ThreadID?]
    public var eventsSet: [Bool]
    public var semaphoreValues: [Int]

    /// The state before any move: counters at their initial values, every lock free, manual threads not started.
    public init(program: Program) {
        positions = Array(repeating: 0, count: program.threads.count)
        started = program.threads.map { $0.start != .manual }
        pendingReads = Array(repeating: nil, count: program.threads.count)
        counters = program.counterInitialValues
        lockHolders = Array(repeating: nil, count: program.locks.count)
        eventsSet = Array(repeating: false, count: program.events.count)
        semaphoreValues = program.semaphores.map(\.value)
    }
}
