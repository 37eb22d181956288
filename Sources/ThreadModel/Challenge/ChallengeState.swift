/// One moment of a challenge, where the learner is the scheduler: a value, so undo is keeping the previous one and
/// the solver can put states in a set. Everything a move can change is here; the program stays outside.
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
    /// Each condition's waiters (by condition id), oldest first: `notify` wakes from the front, as CPython's deque.
    public var conditionWaiters: [[ThreadID]]
    /// By thread: notified out of a condition wait, its next move takes the condition's lock back.
    public var notified: [Bool]
    /// Each queue's items (by queue id), oldest first.
    public var queueItems: [[String]]
    /// Each queue's items put and not yet `task-done` (what `join Q` waits for).
    public var queueUnfinished: [Int]
    /// Each barrier's threads waiting for the last party (by barrier id), in order of arrival.
    public var barrierWaiters: [[ThreadID]]
    /// By thread: the queue it ran `pop` on and found empty (IndexError ended the thread there).
    public var emptyPops: [Int?]
    /// Moves in a row the watched thread (a `starve` goal's) has waited at a lock or semaphore without getting it,
    /// counted up to the goal's window so the states stay finite.
    public var starvedMoves: Int
    /// Whether that lock or semaphore was free before one of those moves (someone barged, or the learner chose
    /// another thread while it could have gone on).
    public var starveSawFree: Bool

    /// The state before any move: counters at their initial values, every lock free, manual threads not started.
    /// (`ChallengeEngine.initialState` also passes the `enter`/`leave` a thread starts with.)
    public init(program: Program) {
        let threads = program.threads.count
        positions = Array(repeating: 0, count: threads)
        started = program.threads.map { $0.start != .manual }
        pendingReads = Array(repeating: nil, count: threads)
        counters = program.counterInitialValues
        lockHolders = Array(repeating: nil, count: program.locks.count)
        eventsSet = Array(repeating: false, count: program.events.count)
        semaphoreValues = program.semaphores.map(\.value)
        conditionWaiters = Array(repeating: [], count: program.conditions.count)
        notified = Array(repeating: false, count: threads)
        queueItems = Array(repeating: [], count: program.queues.count)
        queueUnfinished = Array(repeating: 0, count: program.queues.count)
        barrierWaiters = Array(repeating: [], count: program.barriers.count)
        emptyPops = Array(repeating: nil, count: threads)
        starvedMoves = 0
        starveSawFree = false
    }
}
