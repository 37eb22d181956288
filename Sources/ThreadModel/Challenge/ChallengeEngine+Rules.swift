/// What one move does, op by op, and what keeps a thread from moving. Rules follow CPython: a condition wait
/// releases the lock and, once notified, must take it back before it returns; `notify` wakes the oldest waiters;
/// `pop(0)` on an empty list raises IndexError. Waits that need no queue of waiters here (a lock, `get`, `put`,
/// `join Q`, a semaphore) block while their resource is missing, and the learner picks who goes once it is back:
/// CPython's Lock promises no order, which is what a `starve` goal is about.
extension ChallengeEngine {
    static let indexError = "IndexError: pop from empty list"

    /// The state after `thread` runs one step; the caller has checked that it may. A thread whose next op cannot
    /// go on runs into the wait and blocks; one whose own op made it wait (a condition, a barrier) blocks too;
    /// then every blocked thread whose wait is over wakes, ready to try again.
    func successor(of state: ChallengeState, moving thread: ThreadID) -> ChallengeState {
        var next = state
        let index = thread.rawValue
        if obstacle(of: thread, in: state) != nil {
            next.blocked[index] = true
        } else {
            if state.notified[index] { takeBack(thread, in: &next) } else { run(thread, in: &next) }
            if next.positions[index] == state.positions[index], obstacle(of: thread, in: next) != nil {
                next.blocked[index] = true
            }
        }
        for other in next.blocked.indices where next.blocked[other] && obstacle(of: ThreadID(other), in: next) == nil {
            next.blocked[other] = false
        }
        passEdges(in: &next)
        countStarvation(before: state, mover: thread, into: &next)
        return next
    }

    private func run(_ thread: ThreadID, in next: inout ChallengeState) {
        let index = thread.rawValue
        guard let op = nextOp(of: thread, in: next) else { return }
        var advance = true
        switch op {
        case .increment(let counter):
            if let read = next.pendingReads[index] {
                next.counters[counter] = read + 1
                next.pendingReads[index] = nil
            } else {
                next.pendingReads[index] = next.counters[counter]
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
        case .conditionWait(let condition, _):
            wait(thread, on: condition, in: &next)
            advance = false
        case .waitIfEmpty(let condition, let queue), .waitWhileEmpty(let condition, let queue):
            if next.queueItems[queue].isEmpty {
                wait(thread, on: condition, in: &next)
                advance = false
            }
        case .notify(let condition, let count):
            let woken = next.conditionWaiters[condition].prefix(count)
            next.conditionWaiters[condition].removeFirst(woken.count)
            // A notified waiter wakes; its next move takes the lock back (or blocks on it while it is held).
            for waiter in woken {
                next.notified[waiter.rawValue] = true
                next.blocked[waiter.rawValue] = false
            }
        case .put(let queue, let item):
            next.queueItems[queue].append(item)
            next.queueUnfinished[queue] += 1
        case .get(let queue):
            next.queueItems[queue].removeFirst()
        case .taskDone(let queue):
            // Python raises ValueError for one task-done too many; a challenge just does not count below zero.
            next.queueUnfinished[queue] = max(0, next.queueUnfinished[queue] - 1)
        case .barrierWait(let barrier, _):
            if next.barrierWaiters[barrier].count + 1 >= program.barriers[barrier].parties {
                for waiter in next.barrierWaiters[barrier] {
                    next.positions[waiter.rawValue] += 1
                    next.blocked[waiter.rawValue] = false
                }
                next.barrierWaiters[barrier] = []
            } else {
                next.barrierWaiters[barrier].append(thread)
                advance = false
            }
        case .store(let counter, let value):
            next.counters[counter] = value
        case .spinWhile(let counter):
            // A spin that finds the flag set changes nothing: the solver has seen that state already.
            advance = next.counters[counter] == 0
        case .pop(let queue):
            if next.queueItems[queue].isEmpty {
                die(thread, in: &next)
                next.emptyPops[index] = queue
                advance = false
            } else {
                next.queueItems[queue].removeFirst()
            }
        case .compute, .io, .sleep, .wait, .timedWait, .join, .joinQueue, .enter, .leave, .submit, .result, .shutdown:
            break
        }
        if advance { next.positions[index] += 1 }
    }

    /// A condition wait: the lock is released and the thread queues behind the condition's earlier waiters.
    private func wait(_ thread: ThreadID, on condition: Int, in next: inout ChallengeState) {
        let lock = program.conditions[condition].lock
        if next.lockHolders[lock] == thread { next.lockHolders[lock] = nil }
        next.conditionWaiters[condition].append(thread)
    }

    /// A notified waiter takes its lock back; `wait-while-empty` then looks at the queue again.
    private func takeBack(_ thread: ThreadID, in next: inout ChallengeState) {
        let index = thread.rawValue
        next.notified[index] = false
        guard let condition = condition(waitedOnBy: thread, in: next) else { return }
        next.lockHolders[program.conditions[condition].lock] = thread
        if case .waitWhileEmpty(_, let queue)? = nextOp(of: thread, in: next), next.queueItems[queue].isEmpty {
            wait(thread, on: condition, in: &next)
        } else {
            next.positions[index] += 1
        }
    }

    /// An uncaught exception ends the thread; the locks it holds are let go, as the `with` blocks it stands
    /// for would on their way out.
    private func die(_ thread: ThreadID, in next: inout ChallengeState) {
        for lock in next.lockHolders.indices where next.lockHolders[lock] == thread { next.lockHolders[lock] = nil }
        next.pendingReads[thread.rawValue] = nil
        next.positions[thread.rawValue] = program.threads[thread.rawValue].ops.count
    }

    /// `enter` and `leave` cost no move: every started thread whose next op is one passes it at once.
    func passEdges(in state: inout ChallengeState) {
        for index in program.threads.indices where state.started[index] {
            let ops = program.threads[index].ops
            while ops.indices.contains(state.positions[index]), isEdge(ops[state.positions[index]]) {
                state.positions[index] += 1
            }
        }
    }

    private func isEdge(_ op: Program.Op) -> Bool {
        switch op {
        case .enter, .leave: true
        default: false
        }
    }

    /// Counts the moves in a row the watched thread has wanted a lock or semaphore without getting it: from the
    /// move it runs into the wait, through every wake-up that another thread beats it to, until it gets it.
    private func countStarvation(before: ChallengeState, mover: ThreadID, into next: inout ChallengeState) {
        guard let watched else { return }
        let stillWaiting = next.positions[watched.rawValue] == before.positions[watched.rawValue]
            && resourceFree(for: watched, in: next) != nil
        if stillWaiting, next.blocked[watched.rawValue] || before.starvedMoves > 0 {
            next.starvedMoves = min(starveWindow, before.starvedMoves + 1)
            // Free before a move that did not give it to the watched thread: someone else took it, or nobody.
            next.starveSawFree = before.starveSawFree || (before.starvedMoves > 0 && resourceFree(for: watched, in: before) == true)
        } else {
            next.starvedMoves = 0
            next.starveSawFree = false
        }
    }

    /// Whether the lock or semaphore the thread's next op takes is free; nil when its next op takes none.
    func resourceFree(for thread: ThreadID, in state: ChallengeState) -> Bool? {
        guard state.started[thread.rawValue], !state.notified[thread.rawValue] else { return nil }
        switch nextOp(of: thread, in: state) {
        case .lock(let lock)?, .timedLock(let lock, _)?: return state.lockHolders[lock] == nil
        case .acquire(let semaphore, _)?: return state.semaphoreValues[semaphore] > 0
        default: return nil
        }
    }

    /// The condition the thread's next op waits on (`wait C`, `wait-if-empty C Q`, `wait-while-empty C Q`).
    func condition(waitedOnBy thread: ThreadID, in state: ChallengeState) -> Int? {
        switch nextOp(of: thread, in: state) {
        case .conditionWait(let condition, _)?, .waitIfEmpty(let condition, _)?, .waitWhileEmpty(let condition, _)?: condition
        default: nil
        }
    }

    /// What would stop the thread's next op now, in the Timeline's words (whether or not it has run into it yet).
    func obstacle(of thread: ThreadID, in state: ChallengeState) -> Reason? {
        if let condition = condition(waitedOnBy: thread, in: state) {
            let lock = program.conditions[condition].lock
            if state.conditionWaiters[condition].contains(thread) {
                return .waitingForCondition(condition: program.conditions[condition].name, lock: program.locks[lock])
            }
            guard state.notified[thread.rawValue], let holder = state.lockHolders[lock] else { return nil }
            return .waitingForLock(lock: program.locks[lock], holder: program.threads[holder.rawValue].name)
        }
        switch nextOp(of: thread, in: state) {
        case .lock(let lock)?, .timedLock(let lock, _)?:
            guard let holder = state.lockHolders[lock] else { return nil }
            return .waitingForLock(lock: program.locks[lock], holder: program.threads[holder.rawValue].name)
        case .wait(let event)?, .timedWait(let event, _)?:
            return state.eventsSet[event] ? nil : .waitingForEvent(event: program.events[event])
        case .join(let other)?:
            guard program.threads.indices.contains(other.rawValue), !isDone(other, in: state) else { return nil }
            return .waitingForThread(thread: program.threads[other.rawValue].name)
        case .acquire(let semaphore, _)?:
            return state.semaphoreValues[semaphore] > 0 ? nil : .waitingForSemaphore(semaphore: program.semaphores[semaphore].name)
        case .put(let queue, _)?:
            return program.queues[queue].isFull(count: state.queueItems[queue].count) ? .waitingForRoom(queue: program.queues[queue].name) : nil
        case .get(let queue)?:
            return state.queueItems[queue].isEmpty ? .waitingForItem(queue: program.queues[queue].name) : nil
        case .joinQueue(let queue)?:
            return state.queueUnfinished[queue] > 0 ? .waitingForQueueDone(queue: program.queues[queue].name) : nil
        case .barrierWait(let barrier, _)? where state.barrierWaiters[barrier].contains(thread):
            let arrived = state.barrierWaiters[barrier].count
            return .waitingAtBarrier(barrier: program.barriers[barrier].name, arrived: arrived, parties: program.barriers[barrier].parties)
        default:
            return nil
        }
    }
}
