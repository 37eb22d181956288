import ThreadModel

/// Semaphores, conditions, queues and barriers for real, under the scheduler's one lock, with the simulator's
/// rules: a release to a waiter or a put to a getter hands over at once, so the woken thread never finds the
/// resource gone. A wait nobody but another thread can end has no arrow (any thread could end it); when
/// nobody can make progress, `checkForDeadlock` reports the run stuck with who waits for what.
extension LiveScheduler {
    func performCoordination(_ op: Program.Op, by thread: Int) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        switch op {
        case .acquire(let semaphore, let timeout): return acquire(semaphore: semaphore, timeout: timeout, by: thread)
        case .release(let semaphore): return release(semaphore: semaphore, by: thread)
        case .conditionWait(let condition, let timeout): return conditionWait(condition, timeout: timeout, by: thread)
        case .notify(let condition, let count):
            notify(condition, count: count)
            return true
        case .put(let queue, let item): return put(item, into: queue, by: thread)
        case .get(let queue): return get(from: queue, by: thread)
        case .taskDone(let queue): return taskDone(queue, by: thread)
        case .joinQueue(let queue):
            guard queues[queue].unfinished > 0 else { return true }
            queues[queue].joiners.append(thread)
            return blockAndWait(thread, reason: .waitingForQueueDone(queue: program.queues[queue].name))
        case .barrierWait(let barrier, let timeout): return barrierWait(barrier, timeout: timeout, by: thread)
        case .store, .spinWhile, .enter, .leave, .waitIfEmpty, .waitWhileEmpty, .pop:
            // Challenge-only verbs: the parser allows them only in a ```challenge, which never runs live.
            return true
        default: return true
        }
    }

    /// An uncaught exception: noted for the script's runner, which ends the thread (or the worker's task).
    private func raise(_ error: String, by thread: Int) -> Bool {
        slots[thread].raisedError = error
        return false
    }

    // MARK: Semaphores

    private func acquire(semaphore: Int, timeout: Int64?, by thread: Int) -> Bool {
        let name = program.semaphores[semaphore].name
        if semaphoreValues[semaphore] > 0 {
            semaphoreValues[semaphore] -= 1
            record(.semaphoreAcquired(semaphore: name, thread: ThreadID(thread), value: semaphoreValues[semaphore]))
            return true
        }
        semaphoreWaiters[semaphore].append(thread)
        let reason = Reason.waitingForSemaphore(semaphore: name)
        guard let timeout else { return blockAndWait(thread, reason: reason) }
        return blockAndWait(thread, reason: reason, timeout: timeout) {
            semaphoreWaiters[semaphore].remove(thread)
            makeReady(thread, reason: .semaphoreTimedOut(semaphore: name))
        }
    }

    private func release(semaphore: Int, by thread: Int) -> Bool {
        let spec = program.semaphores[semaphore]
        let value = semaphoreValues[semaphore]
        if let waiter = semaphoreWaiters[semaphore].popFirst() {
            record(.semaphoreReleased(semaphore: spec.name, thread: ThreadID(thread), value: value + 1))
            record(.semaphoreAcquired(semaphore: spec.name, thread: ThreadID(waiter), value: value))
            makeReady(waiter, reason: .gotSemaphore(semaphore: spec.name))
            return true
        }
        if spec.bounded && value >= spec.value { return raise("ValueError", by: thread) }
        semaphoreValues[semaphore] = value + 1
        record(.semaphoreReleased(semaphore: spec.name, thread: ThreadID(thread), value: value + 1))
        return true
    }

    // MARK: Conditions

    /// Releases the lock, waits to be notified (or times out), then takes the lock back, which can block again.
    private func conditionWait(_ condition: Int, timeout: Int64?, by thread: Int) -> Bool {
        let lock = program.conditions[condition].lock
        let name = program.conditions[condition].name
        guard lockHolders[lock] == thread else { return raise("RuntimeError", by: thread) }
        release(lock, by: thread)
        conditionWaiters[condition].append(thread)
        let reason = Reason.waitingForCondition(condition: name, lock: program.locks[lock])
        let running: Bool
        if let timeout {
            running = blockAndWait(thread, reason: reason, timeout: timeout) {
                conditionWaiters[condition].remove(thread)
                makeReady(thread, reason: .conditionTimedOut(condition: name))
            }
        } else {
            running = blockAndWait(thread, reason: reason)
        }
        guard running else { return false }
        return acquireInMonitor(lock, by: thread)
    }

    private func notify(_ condition: Int, count: Int) {
        let name = program.conditions[condition].name
        var left = count
        while left > 0, let waiter = conditionWaiters[condition].popFirst() {
            left -= 1
            record(.conditionNotified(condition: name, thread: ThreadID(waiter)))
            makeReady(waiter, reason: .notified(condition: name))
        }
    }

    // MARK: Queues

    private func put(_ item: String, into queue: Int, by thread: Int) -> Bool {
        let name = program.queues[queue].name
        if let getter = queues[queue].getters.popFirst() {
            queues[queue].unfinished += 1
            record(.queuePut(queue: name, item: item, thread: ThreadID(thread)))
            record(.queueGot(queue: name, item: item, thread: ThreadID(getter)))
            makeReady(getter, reason: .gotItem(queue: name, item: item))
            return true
        }
        guard program.queues[queue].isFull(count: queues[queue].items.count) else {
            queues[queue].unfinished += 1
            queues[queue].items.append(item)
            record(.queuePut(queue: name, item: item, thread: ThreadID(thread)))
            return true
        }
        queues[queue].putters.append(.init(thread: thread, item: item))
        return blockAndWait(thread, reason: .waitingForRoom(queue: name))
    }

    private func get(from queue: Int, by thread: Int) -> Bool {
        let name = program.queues[queue].name
        guard let item = queues[queue].items.popFirst() else {
            queues[queue].getters.append(thread)
            return blockAndWait(thread, reason: .waitingForItem(queue: name))
        }
        record(.queueGot(queue: name, item: item, thread: ThreadID(thread)))
        if let putter = queues[queue].putters.popFirst() {
            queues[queue].unfinished += 1
            queues[queue].items.append(putter.item)
            record(.queuePut(queue: name, item: putter.item, thread: ThreadID(putter.thread)))
            makeReady(putter.thread, reason: .gotRoom(queue: name))
        }
        return true
    }

    private func taskDone(_ queue: Int, by thread: Int) -> Bool {
        guard queues[queue].unfinished > 0 else { return raise("ValueError", by: thread) }
        let name = program.queues[queue].name
        queues[queue].unfinished -= 1
        record(.queueTaskDone(queue: name, thread: ThreadID(thread), unfinished: queues[queue].unfinished))
        if queues[queue].unfinished == 0 {
            for joiner in queues[queue].joiners { makeReady(joiner, reason: .queueDone(queue: name)) }
            queues[queue].joiners = []
        }
        return true
    }

    // MARK: Barriers

    private func barrierWait(_ barrier: Int, timeout: Int64?, by thread: Int) -> Bool {
        let spec = program.barriers[barrier]
        guard !barriers[barrier].broken else { return raise("BrokenBarrierError", by: thread) }
        barriers[barrier].arrived.append(thread)
        let count = barriers[barrier].arrived.count
        record(.barrierArrived(barrier: spec.name, thread: ThreadID(thread), count: count))
        guard count < spec.parties else {
            let others = barriers[barrier].arrived.dropLast()
            barriers[barrier].arrived = []
            record(.barrierReleased(barrier: spec.name))
            for other in others { makeReady(other, reason: .barrierPassed(barrier: spec.name)) }
            return true
        }
        let reason = Reason.waitingAtBarrier(barrier: spec.name, arrived: count, parties: spec.parties)
        let running: Bool
        if let timeout {
            running = blockAndWait(thread, reason: reason, timeout: timeout) { breakBarrier(barrier) }
        } else {
            running = blockAndWait(thread, reason: reason)
        }
        guard running else { return false }
        guard !slots[thread].barrierBroke else {
            slots[thread].barrierBroke = false
            return raise("BrokenBarrierError", by: thread)
        }
        return true
    }

    /// A timeout broke the barrier: every waiter wakes to raise BrokenBarrierError, as do later arrivals.
    private func breakBarrier(_ barrier: Int) {
        let name = program.barriers[barrier].name
        barriers[barrier].broken = true
        record(.barrierBroken(barrier: name))
        let waiting = barriers[barrier].arrived
        barriers[barrier].arrived = []
        for waiter in waiting {
            slots[waiter].barrierBroke = true
            makeReady(waiter, reason: .barrierBroken(barrier: name))
        }
    }
}
