/// A move as Timeline transitions that the validator accepts: the mover is dispatched on core 1 and leaves the
/// core at once (ready again, blocked or terminated); a thread the move woke goes blocked → ready; a thread it
/// started goes created → ready. Only the mover runs, so only the mover can block or end.
extension ChallengeEngine {
    /// The threads that are already going when the challenge opens (created → ready), at time 0: a Timeline
    /// starts every thread `created`, so a pane that draws the moves' transitions records these first.
    public var openingTransitions: [Transition] {
        let after = initialState
        var before = after
        before.started = before.started.map { _ in false }
        before.positions = before.positions.map { _ in 0 }  // a thread that passed only edges is not done before
        return transitions(from: before, to: after, mover: nil, move: 0)
    }

    /// `mover` is nil only for the opening.
    func transitions(from before: ChallengeState, to after: ChallengeState, mover: ThreadID?, move: Int) -> [Transition] {
        var result: [Transition] = []
        func record(_ thread: ThreadID, _ from: ThreadState, _ to: ThreadState, _ reason: Reason) {
            let core = from == .running || to == .running ? 1 : nil
            result.append(Transition(seq: move, time: Int64(move), thread: thread, from: from, to: to, core: core, reason: reason))
        }
        let order = (mover.map { [$0] } ?? []) + program.threads.indices.map(ThreadID.init).filter { $0 != mover }
        for thread in order {
            var current = threadState(of: thread, in: before)
            let new = threadState(of: thread, in: after)
            if current == .created, new != .created {
                record(thread, .created, .ready, .started)
                current = .ready
            }
            if current == .blocked, new != .blocked {
                record(thread, .blocked, .ready, wakeReason(thread, before: before, after: after))
                current = .ready
            }
            // The mover runs; so does a thread a barrier let go past its last op (it returns and ends).
            guard current == .ready, thread == mover || new == .terminated else { continue }
            record(thread, .ready, .running, .dispatched(core: 1))
            switch new {
            case .terminated:
                let reason: Reason = after.emptyPops[thread.rawValue] == nil ? .finished : .uncaughtError(error: Self.indexError)
                record(thread, .running, .terminated, reason)
            case .blocked:
                record(thread, .running, .blocked, blockReason(of: thread, in: after) ?? .sliceUsedUp)
            default:
                // The learner switches threads after every move: the Timeline's nearest word is a slice used up.
                record(thread, .running, .ready, .sliceUsedUp)
            }
        }
        return result
    }

    /// Why a blocked thread woke: what it waited for is there, and it will try again (a lock or an item may still
    /// be taken by another thread first; an event, a finished thread or a passed barrier stays so).
    func wakeReason(_ thread: ThreadID, before: ChallengeState, after: ChallengeState) -> Reason {
        if let condition = condition(waitedOnBy: thread, in: before) {
            let lock = program.conditions[condition].lock
            return before.notified[thread.rawValue] ? .lockReleased(lock: program.locks[lock]) : .notified(condition: program.conditions[condition].name)
        }
        switch nextOp(of: thread, in: before) {
        case .lock(let lock)?, .timedLock(let lock, _)?: return .lockReleased(lock: program.locks[lock])
        case .wait(let event)?, .timedWait(let event, _)?: return .eventSet(event: program.events[event])
        case .join(let other)?: return .threadFinished(thread: program.threads[other.rawValue].name)
        case .acquire(let semaphore, _)?: return .semaphoreReleased(semaphore: program.semaphores[semaphore].name)
        case .put(let queue, _)?: return .gotRoom(queue: program.queues[queue].name)
        case .get(let queue)?: return .itemArrived(queue: program.queues[queue].name)
        case .joinQueue(let queue)?: return .queueDone(queue: program.queues[queue].name)
        case .barrierWait(let barrier, _)?: return .barrierPassed(barrier: program.barriers[barrier].name)
        default: return .started
        }
    }
}
