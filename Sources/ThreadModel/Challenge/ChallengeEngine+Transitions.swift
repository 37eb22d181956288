/// A move as Timeline transitions that the validator accepts: the mover is dispatched on core 1 and leaves the
/// core at once (ready again, blocked or terminated). A thread that is blocked because of someone else's move
/// (its lock was just taken) is shown dispatched and blocking in the same move, which is what it would do the
/// next time it ran; the five-state model has no ready → blocked.
extension ChallengeEngine {
    /// The threads that are already going when the challenge opens (created → ready, or on to blocked when
    /// their first op waits), at time 0: a Timeline starts every thread `created`, so a pane that draws the
    /// moves' transitions records these first.
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
            let old = threadState(of: thread, in: before)
            let new = threadState(of: thread, in: after)
            let newReason = blockReason(of: thread, in: after)
            var current = old
            if current == .created, new != .created {
                record(thread, .created, .ready, .started)
                current = .ready
            }
            // A new kind of wait (notified, now waiting for the lock) is a wake-up and a new block; a count that
            // moved (more arrivals at the barrier) is not.
            if current == .blocked, new != .blocked || newReason?.kind != blockReason(of: thread, in: before)?.kind {
                record(thread, .blocked, .ready, letGo(thread, before: before, after: after))
                current = .ready
            }
            guard current == .ready, thread == mover || new != .ready else { continue }
            record(thread, .ready, .running, .dispatched(core: 1))
            switch new {
            case .terminated: record(thread, .running, .terminated, after.emptyPops[thread.rawValue] == nil ? .finished : .uncaughtError(error: Self.indexError))
            case .blocked: record(thread, .running, .blocked, newReason ?? .sliceUsedUp)
            default: record(thread, .running, .ready, .sliceUsedUp)
            }
        }
        return result
    }

    /// Why a blocked thread became ready: what it was waiting for happened.
    func letGo(_ thread: ThreadID, before: ChallengeState, after: ChallengeState) -> Reason {
        if let condition = condition(waitedOnBy: thread, in: before) {
            let lock = program.conditions[condition].lock
            return before.notified[thread.rawValue] ? .gotLock(lock: program.locks[lock]) : .notified(condition: program.conditions[condition].name)
        }
        switch nextOp(of: thread, in: before) {
        case .lock(let lock)?, .timedLock(let lock, _)?: return .gotLock(lock: program.locks[lock])
        case .wait(let event)?, .timedWait(let event, _)?: return .eventSet(event: program.events[event])
        case .join(let other)?: return .threadFinished(thread: program.threads[other.rawValue].name)
        case .acquire(let semaphore, _)?: return .gotSemaphore(semaphore: program.semaphores[semaphore].name)
        case .put(let queue, _)?: return .gotRoom(queue: program.queues[queue].name)
        case .get(let queue)?: return .gotItem(queue: program.queues[queue].name, item: after.queueItems[queue].first ?? "")
        case .joinQueue(let queue)?: return .queueDone(queue: program.queues[queue].name)
        case .barrierWait(let barrier, _)?: return .barrierPassed(barrier: program.barriers[barrier].name)
        default: return .started
        }
    }
}
