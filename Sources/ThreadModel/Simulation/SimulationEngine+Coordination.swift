/// Semaphores, conditions, queues and barriers in the simulator, and the timeouts of every timed wait. A
/// hand-over (a release to a waiter, a put to a getter) happens at once, as with locks, so the woken thread
/// never finds the resource gone. Each op returns true to go on at the same instant.
extension SimulationEngine {
    mutating func performCoordination(_ op: Program.Op, by id: ThreadID) -> Bool {
        switch op {
        case .acquire(let semaphore, let timeout): return acquire(semaphore, timeout: timeout, by: id)
        case .release(let semaphore): return release(semaphore, by: id)
        case .conditionWait(let condition, let timeout): return conditionWait(condition, timeout: timeout, by: id)
        case .notify(let condition, let count):
            notify(condition, count: count)
            advance(id)
            return true
        case .put(let queue, let item): return put(item, into: queue, by: id)
        case .get(let queue): return get(from: queue, by: id)
        case .taskDone(let queue): return taskDone(queue, by: id)
        case .joinQueue(let queue):
            advance(id)
            guard queues[queue].unfinished > 0 else { return true }
            queues[queue].joiners.append(id)
            block(id, reason: .waitingForQueueDone(queue: program.queues[queue].name), on: .queueJoin(queue))
            return false
        case .barrierWait(let barrier, let timeout): return barrierWait(barrier, timeout: timeout, by: id)
        case .store, .spinWhile, .enter, .leave, .waitIfEmpty, .waitWhileEmpty, .pop:
            // Challenge-only verbs: the parser allows them only in a ```challenge, which the simulator never runs.
            advance(id)
            return true
        default:
            advance(id)
            return true
        }
    }

    /// A timed wait's clock starts once the thread has blocked (its epoch is the block's).
    mutating func scheduleTimeout(_ id: ThreadID, after timeout: Int64?) {
        guard let timeout else { return }
        schedule(.timeout(id, epoch: threads[id.rawValue].epoch), at: now + timeout)
    }

    /// An uncaught exception in the thread's script: a thread ends with it; a pool task ends (its worker goes on).
    private mutating func raise(_ error: String, by id: ThreadID) -> Bool {
        let t = id.rawValue
        if threads[t].pool != nil {
            threads[t].pc = threads[t].ops.count
            return true
        }
        advance(id)
        terminate(id, reason: .uncaughtError(error: error))
        return false
    }

    // MARK: Semaphores

    private mutating func acquire(_ semaphore: Int, timeout: Int64?, by id: ThreadID) -> Bool {
        advance(id)
        let name = program.semaphores[semaphore].name
        if semaphores[semaphore].value > 0 {
            semaphores[semaphore].value -= 1
            timeline.record(.semaphoreAcquired(semaphore: name, thread: id, value: semaphores[semaphore].value), at: now)
            return true
        }
        semaphores[semaphore].waiters.append(id)
        block(id, reason: .waitingForSemaphore(semaphore: name), on: .semaphore(semaphore))
        scheduleTimeout(id, after: timeout)
        return false
    }

    /// Gives one back: to the longest waiter if there is one, else to the count. A bounded semaphore released
    /// above its starting value raises ValueError in the releasing thread.
    private mutating func release(_ semaphore: Int, by id: ThreadID) -> Bool {
        let spec = program.semaphores[semaphore]
        if let waiter = semaphores[semaphore].waiters.popFirst() {
            let value = semaphores[semaphore].value
            timeline.record(.semaphoreReleased(semaphore: spec.name, thread: id, value: value + 1), at: now)
            timeline.record(.semaphoreAcquired(semaphore: spec.name, thread: waiter, value: value), at: now)
            wake(waiter, reason: .gotSemaphore(semaphore: spec.name))
        } else {
            if spec.bounded && semaphores[semaphore].value >= spec.value { return raise("ValueError", by: id) }
            semaphores[semaphore].value += 1
            timeline.record(.semaphoreReleased(semaphore: spec.name, thread: id, value: semaphores[semaphore].value), at: now)
        }
        advance(id)
        return true
    }

    // MARK: Conditions

    /// Phase 0 releases the lock and waits to be notified; phase 1 (after the wake-up) takes the lock back,
    /// which can block again — two waits, each with its own reason.
    private mutating func conditionWait(_ condition: Int, timeout: Int64?, by id: ThreadID) -> Bool {
        let lock = program.conditions[condition].lock
        guard threads[id.rawValue].phase == 0 else { return self.lock(lock, by: id) }
        guard locks[lock].holder == id else { return raise("RuntimeError", by: id) }
        unlock(lock, by: id)
        threads[id.rawValue].phase = 1
        conditions[condition].waiters.append(id)
        let reason = Reason.waitingForCondition(condition: program.conditions[condition].name, lock: program.locks[lock])
        block(id, reason: reason, on: .condition(condition))
        scheduleTimeout(id, after: timeout)
        return false
    }

    private mutating func notify(_ condition: Int, count: Int) {
        let name = program.conditions[condition].name
        var left = count
        while left > 0, let waiter = conditions[condition].waiters.popFirst() {
            left -= 1
            timeline.record(.conditionNotified(condition: name, thread: waiter), at: now)
            wake(waiter, reason: .notified(condition: name))
        }
    }

    // MARK: Queues

    /// A waiting getter takes the item at once; else it joins the queue, or the putter waits for room.
    private mutating func put(_ item: String, into queue: Int, by id: ThreadID) -> Bool {
        advance(id)
        let name = program.queues[queue].name
        if let getter = queues[queue].getters.popFirst() {
            queues[queue].unfinished += 1
            timeline.record(.queuePut(queue: name, item: item, thread: id), at: now)
            timeline.record(.queueGot(queue: name, item: item, thread: getter), at: now)
            wake(getter, reason: .gotItem(queue: name, item: item))
            return true
        }
        guard program.queues[queue].isFull(count: queues[queue].items.count) else {
            queues[queue].unfinished += 1
            queues[queue].items.append(item)
            timeline.record(.queuePut(queue: name, item: item, thread: id), at: now)
            return true
        }
        queues[queue].putters.append(.init(thread: id, item: item))
        block(id, reason: .waitingForRoom(queue: name), on: .queuePut(queue))
        return false
    }

    /// Takes the oldest item; the room it leaves goes at once to the longest-waiting putter.
    private mutating func get(from queue: Int, by id: ThreadID) -> Bool {
        advance(id)
        let name = program.queues[queue].name
        guard let item = queues[queue].items.popFirst() else {
            queues[queue].getters.append(id)
            block(id, reason: .waitingForItem(queue: name), on: .queueGet(queue))
            return false
        }
        timeline.record(.queueGot(queue: name, item: item, thread: id), at: now)
        if let putter = queues[queue].putters.popFirst() {
            queues[queue].unfinished += 1
            queues[queue].items.append(putter.item)
            timeline.record(.queuePut(queue: name, item: putter.item, thread: putter.thread), at: now)
            wake(putter.thread, reason: .gotRoom(queue: name))
        }
        return true
    }

    /// One item processed; the last one wakes every `join`. More calls than items raise ValueError, as in Python.
    private mutating func taskDone(_ queue: Int, by id: ThreadID) -> Bool {
        guard queues[queue].unfinished > 0 else { return raise("ValueError", by: id) }
        advance(id)
        let name = program.queues[queue].name
        queues[queue].unfinished -= 1
        timeline.record(.queueTaskDone(queue: name, thread: id, unfinished: queues[queue].unfinished), at: now)
        if queues[queue].unfinished == 0 {
            for joiner in queues[queue].joiners { wake(joiner, reason: .queueDone(queue: name)) }
            queues[queue].joiners = []
        }
        return true
    }

    // MARK: Barriers

    /// The last arrival releases the round; a broken barrier raises BrokenBarrierError at once, and in every
    /// waiter when it runs again.
    private mutating func barrierWait(_ barrier: Int, timeout: Int64?, by id: ThreadID) -> Bool {
        let t = id.rawValue
        let spec = program.barriers[barrier]
        if threads[t].phase == 1 {
            guard !threads[t].barrierBroke else {
                threads[t].barrierBroke = false
                return raise("BrokenBarrierError", by: id)
            }
            advance(id)
            return true
        }
        guard !barriers[barrier].broken else { return raise("BrokenBarrierError", by: id) }
        barriers[barrier].arrived.append(id)
        let count = barriers[barrier].arrived.count
        timeline.record(.barrierArrived(barrier: spec.name, thread: id, count: count), at: now)
        guard count < spec.parties else {
            let others = barriers[barrier].arrived.dropLast()
            barriers[barrier].arrived = []
            timeline.record(.barrierReleased(barrier: spec.name), at: now)
            for other in others { wake(other, reason: .barrierPassed(barrier: spec.name)) }
            advance(id)
            return true
        }
        threads[t].phase = 1
        block(id, reason: .waitingAtBarrier(barrier: spec.name, arrived: count, parties: spec.parties), on: .barrier(barrier))
        scheduleTimeout(id, after: timeout)
        return false
    }

    // MARK: Timeouts

    /// A timed wait ran out: the thread leaves its wait list and goes on (a barrier breaks for everyone).
    mutating func timeOut(_ id: ThreadID) {
        switch threads[id.rawValue].wait {
        case .lock(let lock):
            locks[lock].waiters.remove(id)
            timeline.record(.lockWaitTimedOut(lock: program.locks[lock], thread: id), at: now)
            wake(id, reason: .lockTimedOut(lock: program.locks[lock]))
        case .event(let event):
            events[event].waiters.removeAll { $0 == id }
            wake(id, reason: .eventTimedOut(event: program.events[event]))
        case .semaphore(let semaphore):
            semaphores[semaphore].waiters.remove(id)
            wake(id, reason: .semaphoreTimedOut(semaphore: program.semaphores[semaphore].name))
        case .condition(let condition):
            conditions[condition].waiters.remove(id)
            wake(id, reason: .conditionTimedOut(condition: program.conditions[condition].name))
        case .barrier(let barrier):
            let name = program.barriers[barrier].name
            barriers[barrier].broken = true
            timeline.record(.barrierBroken(barrier: name), at: now)
            let waiting = barriers[barrier].arrived
            barriers[barrier].arrived = []
            for waiter in waiting {
                threads[waiter.rawValue].barrierBroke = true
                wake(waiter, reason: .barrierBroken(barrier: name))
            }
        default:
            break
        }
    }
}
