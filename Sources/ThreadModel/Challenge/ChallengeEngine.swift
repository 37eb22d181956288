/// The learner as the scheduler: a pure stepper over a compiled `Program`. Each move runs one thread one step
/// (one op; an `increment` is two steps, its read and its write, which is where an update gets lost). Ops with
/// time in them (`compute`, `io`, `sleep`) are one step each: in a challenge only the order matters.
/// Ops the challenge has no rules for yet (pools, queues, conditions, barriers) also pass in one step, doing
/// nothing; `threadtutor check` keeps challenges to the supported verbs.
public struct ChallengeEngine: Hashable, Sendable {
    public let program: Program

    public init(program: Program) { self.program = program }

    public var initialState: ChallengeState { ChallengeState(program: program) }

    /// Whether the thread's ops are all run.
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

    /// The thread's five-state letter now, for the pane and for transitions.
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
        var next = state
        let index = thread.rawValue
        var advance = true
        switch nextOp(of: thread, in: state) {
        case .increment(let counter):
            if let read = state.pendingReads[index] {
                next.counters[counter] = read + 1
                next.pendingReads[index] = nil
            } else {
                next.pendingReads[index] = state.counters[counter]
                advance = false
            }
        case .lock(let lock), .timedLock(let lock, _):
            next.lockHolders[lock] = thread
        case .unlock(let lock):
            if next.lockHolders[lock] == thread { next.lockHolders[lock] = nil }
        case .set(let event):
            next.eventsSet[event] = true
        case .clear(let event):
            next.eventsSet[event] = false
        case .start(let other):
            if program.threads.indices.contains(other.rawValue) { next.started[other.rawValue] = true }
        case .acquire(let semaphore, _):
            next.semaphoreValues[semaphore] -= 1
        case .release(let semaphore):
            next.semaphoreValues[semaphore] += 1
        default:
            break
        }
        if advance { next.positions[index] += 1 }
        return .success(ChallengeStep(state: next, transitions: transitions(from: state, to: next, mover: thread, move: move)))
    }

    /// What stops the thread's next op, in the Timeline's words.
    func blockReason(of thread: ThreadID, in state: ChallengeState) -> Reason? {
        switch nextOp(of: thread, in: state) {
        case .lock(let lock), .timedLock(let lock, _):
            guard let holder = state.lockHolders[lock] else { return nil }
            return .waitingForLock(lock: program.locks[lock], holder: program.threads[holder.rawValue].name)
        case .wait(let event), .timedWait(let event, _):
            return state.eventsSet[event] ? nil : .waitingForEvent(event: program.events[event])
        case .join(let other):
            guard program.threads.indices.contains(other.rawValue), !isDone(other, in: state) else { return nil }
            return .waitingForThread(thread: program.threads[other.rawValue].name)
        case .acquire(let semaphore, _):
            return state.semaphoreValues[semaphore] > 0 ? nil : .waitingForSemaphore(semaphore: program.semaphores[semaphore].name)
        default:
            return nil
        }
    }

    /// Every thread whose letter changed, with why: the mover finishing, a waiter let go, a thread started.
    func transitions(from before: ChallengeState, to after: ChallengeState, mover: ThreadID, move: Int) -> [Transition] {
        var result: [Transition] = []
        for index in program.threads.indices {
            let thread = ThreadID(index)
            let old = threadState(of: thread, in: before)
            let new = threadState(of: thread, in: after)
            guard old != new else { continue }
            let reason: Reason
            switch (old, new) {
            case (_, .terminated): reason = .finished
            case (.created, _): reason = .started
            case (_, .blocked): reason = blockReason(of: thread, in: after) ?? .started
            default: reason = letGo(thread, before: before)
            }
            result.append(Transition(seq: move, time: Int64(move), thread: thread, from: old, to: new, reason: reason))
        }
        return result
    }

    /// Why a blocked thread became ready: what it was waiting for happened.
    func letGo(_ thread: ThreadID, before: ChallengeState) -> Reason {
        switch nextOp(of: thread, in: before) {
        case .lock(let lock), .timedLock(let lock, _): .gotLock(lock: program.locks[lock])
        case .wait(let event), .timedWait(let event, _): .eventSet(event: program.events[event])
        case .join(let other): .threadFinished(thread: program.threads[other.rawValue].name)
        case .acquire(let semaphore, _): .gotSemaphore(semaphore: program.semaphores[semaphore].name)
        default: .started
        }
    }
}
