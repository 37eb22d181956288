/// Running a thread's script: instant ops happen at the current instant, one after another, until an op takes
/// time (compute, increment), blocks, or the script ends. This is the simulator's one place per verb.
extension SimulationEngine {
    mutating func execute(_ id: ThreadID) {
        let t = id.rawValue
        while threads[t].state == .running {
            guard threads[t].pc < threads[t].ops.count else {
                finishScript(id)
                continue
            }
            if !perform(threads[t].ops[threads[t].pc], by: id) { return }
        }
    }

    /// Performs one op; true to go on with the next one at the same instant.
    private mutating func perform(_ op: Program.Op, by id: ThreadID) -> Bool {
        let t = id.rawValue
        switch op {
        case .compute(let duration):
            return compute(duration, by: id)
        case .increment(let counter):
            if threads[t].phase == 0 {
                let value = counters[counter]
                threads[t].readValue = value
                threads[t].phase = 1
                timeline.record(.counterRead(counter: program.counters[counter], thread: id, value: value), at: now)
            }
            return compute(program.incrementCost, by: id)
        case .io(let duration), .sleep(let duration):
            advance(id)
            if case .io = op { block(id, reason: .waitingForIO, on: .timer) } else { block(id, reason: .sleeping, on: .timer) }
            schedule(.wake(id, epoch: threads[t].epoch), at: now + duration)
            return false
        case .lock(let lock):
            return self.lock(lock, by: id)
        case .unlock(let lock):
            unlock(lock, by: id)
        case .wait(let event):
            advance(id)
            guard events[event].isSet else {
                events[event].waiters.append(id)
                block(id, reason: .waitingForEvent(event: program.events[event]), on: .event(event))
                return false
            }
            return true
        case .set(let event):
            events[event].isSet = true
            timeline.record(.eventSet(event: program.events[event], thread: id), at: now)
            let waiters = events[event].waiters
            events[event].waiters = []
            for waiter in waiters { wake(waiter, reason: .eventSet(event: program.events[event])) }
        case .clear(let event):
            events[event].isSet = false
            timeline.record(.eventCleared(event: program.events[event], thread: id), at: now)
        case .start(let target):
            if threads[target.rawValue].state == .created {
                activeThreads += 1
                start(target)
            }
        case .join(let target):
            advance(id)
            guard threads[target.rawValue].state != .terminated else { return true }
            joiners[target.rawValue].append(id)
            block(id, reason: .waitingForThread(thread: threads[target.rawValue].name), on: .join(target))
            return false
        case .submit(let pool, let task):
            submit(task, to: pool)
        case .result(let task):
            return awaitResult(of: task, by: id)
        case .shutdown(let pool):
            return shutdown(pool, by: id)
        case .timedLock(let lock, let timeout):
            guard self.lock(lock, by: id) else {
                scheduleTimeout(id, after: timeout)
                return false
            }
            return true
        case .timedWait(let event, let timeout):
            guard perform(.wait(event), by: id) else {
                scheduleTimeout(id, after: timeout)
                return false
            }
            return true
        default:
            return performCoordination(op, by: id)
        }
        advance(id)
        return true
    }

    /// Moves to the next op.
    mutating func advance(_ id: ThreadID) {
        threads[id.rawValue].pc += 1
        threads[id.rawValue].phase = 0
        threads[id.rawValue].remaining = -1
    }

    /// Starts or continues CPU work; true when it is already done (zero length).
    private mutating func compute(_ duration: Int64, by id: ThreadID) -> Bool {
        if threads[id.rawValue].remaining < 0 { threads[id.rawValue].remaining = duration }
        guard threads[id.rawValue].remaining > 0 else {
            completeCPUWork(id)
            return true
        }
        scheduleCheckpoint(id)
        return false
    }

    /// The CPU part of the current op is done: an increment writes what it read plus one.
    mutating func completeCPUWork(_ id: ThreadID) {
        let t = id.rawValue
        if case .increment(let counter) = threads[t].ops[threads[t].pc] {
            let value = threads[t].readValue + 1
            counters[counter] = value
            timeline.record(.counterWritten(counter: program.counters[counter], thread: id, value: value), at: now)
        }
        advance(id)
    }

    // MARK: Locks

    mutating func lock(_ lock: Int, by id: ThreadID) -> Bool {
        advance(id)
        let name = program.locks[lock]
        guard let holder = locks[lock].holder else {
            locks[lock].holder = id
            timeline.record(.lockAcquired(lock: name, thread: id), at: now)
            return true
        }
        locks[lock].waiters.append(id)
        timeline.record(.lockWaiting(lock: name, thread: id), at: now)
        block(id, reason: .waitingForLock(lock: name, holder: threads[holder.rawValue].name), on: .lock(lock))
        return false
    }

    /// Releases the lock and hands it straight to the longest waiter, which wakes holding it.
    mutating func unlock(_ lock: Int, by id: ThreadID) {
        guard locks[lock].holder == id else { return }
        let name = program.locks[lock]
        timeline.record(.lockReleased(lock: name, thread: id), at: now)
        let next = locks[lock].waiters.popFirst()
        locks[lock].holder = next
        if let next {
            timeline.record(.lockAcquired(lock: name, thread: next), at: now)
            wake(next, reason: .gotLock(lock: name))
        }
    }

    // MARK: Pools

    /// Queues a task (once; a second submit does nothing); an idle worker takes it at once, or a new worker
    /// is started for it when none is idle and fewer than the pool's maximum exist.
    private mutating func submit(_ task: Int, to pool: Int) {
        guard tasks[task].future == nil else { return }
        tasks[task].future = .pending
        tasks[task].pool = pool
        timeline.record(.futureState(task: program.tasks[task].name, state: .pending), at: now)
        timeline.record(.taskQueued(pool: program.pools[pool].name, task: program.tasks[task].name), at: now)
        pools[pool].queue.append(task)
        if let worker = pools[pool].idle.popFirst() {
            let next = takeTask(for: worker, from: pool)
            wake(worker, reason: .gotTask(task: next.map { program.tasks[$0].name } ?? ""))
        } else if pools[pool].started < program.pools[pool].workers.count, !pools[pool].closing {
            // No idle worker and fewer than max_workers: a new worker starts and takes the oldest queued task.
            let worker = program.pools[pool].workers[pools[pool].started]
            pools[pool].started += 1
            pools[pool].liveWorkers += 1
            start(worker)
        }
    }

    /// Gives a worker the next queued task, if any; the future becomes running.
    private mutating func takeTask(for worker: ThreadID, from pool: Int) -> Int? {
        guard let task = pools[pool].queue.popFirst() else { return nil }
        let name = program.tasks[task].name
        tasks[task].future = .running
        tasks[task].worker = worker
        timeline.record(.taskDequeued(pool: program.pools[pool].name, task: name, worker: worker), at: now)
        timeline.record(.futureState(task: name, state: .running), at: now)
        threads[worker.rawValue].task = task
        threads[worker.rawValue].ops = program.tasks[task].ops
        threads[worker.rawValue].pc = 0
        threads[worker.rawValue].phase = 0
        threads[worker.rawValue].remaining = -1
        return task
    }

    /// Blocks until the task is done; true once it is.
    private mutating func awaitResult(of task: Int, by id: ThreadID) -> Bool {
        guard tasks[task].future == .done else {
            tasks[task].waiters.append(id)
            block(id, reason: .waitingForResult(task: program.tasks[task].name), on: .result(task: task))
            return false
        }
        advance(id)
        return true
    }

    private mutating func shutdown(_ pool: Int, by id: ThreadID) -> Bool {
        advance(id)
        close(pool)
        guard pools[pool].liveWorkers > 0 else { return true }
        pools[pool].shutdownWaiters.append(id)
        block(id, reason: .waitingForPool(pool: program.pools[pool].name), on: .pool(pool))
        return false
    }

    /// No more work will come: idle workers wake to end; busy ones end when the queue is empty.
    mutating func close(_ pool: Int) {
        guard !pools[pool].closing else { return }
        pools[pool].closing = true
        while let worker = pools[pool].idle.popFirst() { wake(worker, reason: .poolClosing(pool: program.pools[pool].name)) }
    }

    mutating func closeAllPools() {
        for pool in pools.indices { close(pool) }
    }

    /// The end of a script: a thread terminates; a worker finishes its task and takes the next, waits for
    /// work, or — when its pool is closing and the queue is empty — terminates.
    private mutating func finishScript(_ id: ThreadID) {
        guard let pool = threads[id.rawValue].pool else {
            terminate(id)
            return
        }
        if let task = threads[id.rawValue].task {
            threads[id.rawValue].task = nil
            tasks[task].future = .done
            timeline.record(.futureState(task: program.tasks[task].name, state: .done), at: now)
            for waiter in tasks[task].waiters { wake(waiter, reason: .resultReady(task: program.tasks[task].name)) }
            tasks[task].waiters = []
        }
        if takeTask(for: id, from: pool) != nil { return }
        if pools[pool].closing {
            terminate(id)
            pools[pool].liveWorkers -= 1
            if pools[pool].liveWorkers == 0 {
                for waiter in pools[pool].shutdownWaiters { wake(waiter, reason: .poolShutDown(pool: program.pools[pool].name)) }
                pools[pool].shutdownWaiters = []
            }
        } else {
            pools[pool].idle.append(id)
            block(id, reason: .waitingForWork, on: .work)
        }
    }
}
