import ThreadModel

/// Thread pools for real: worker threads, a task queue and futures, like `ThreadPoolExecutor`.
extension LiveScheduler {
    /// A worker's loop: take a task (handed over or queued), run it, complete its future; block "waiting for
    /// work" when the queue is empty; end when the pool shuts down. False when the run is stopping.
    func workForPool(_ pool: Int, as worker: Int) -> Bool {
        while true {
            mutex.lock()
            if stopRequested {
                mutex.unlock()
                return false
            }
            guard let task = nextTask(in: pool, for: worker) else {
                if pools[pool].isShuttingDown {
                    mutex.unlock()
                    return true
                }
                pools[pool].idleWorkers.append(worker)
                let running = blockAndWait(worker, reason: .waitingForWork)
                mutex.unlock()
                if !running { return false }
                continue
            }
            futures[task].state = .running
            futures[task].worker = worker
            for waiter in futures[task].waiters {
                slots[waiter].waitsFor = worker
                slots[waiter].waitsForIsCertain = true
            }
            record(.futureState(task: program.tasks[task].name, state: .running))
            mutex.unlock()
            for op in program.tasks[task].ops {
                guard perform(op, by: worker) else {
                    // An exception ends the task (its future is done); the worker goes on, as in Python.
                    let raised = mutex.withLock { slots[worker].raisedError != nil && !stopRequested }
                    guard raised else { return false }
                    mutex.withLock { slots[worker].raisedError = nil }
                    break
                }
            }
            mutex.withLock { complete(task) }
        }
    }

    private func nextTask(in pool: Int, for worker: Int) -> Int? {
        if let task = slots[worker].assignedTask {
            slots[worker].assignedTask = nil
            return task
        }
        guard let task = pools[pool].queue.popFirst() else { return nil }
        record(.taskDequeued(pool: program.pools[pool].name, task: program.tasks[task].name, worker: ThreadID(worker)))
        return task
    }

    private func complete(_ task: Int) {
        futures[task].state = .done
        record(.futureState(task: program.tasks[task].name, state: .done))
        for waiter in futures[task].waiters { makeReady(waiter, reason: .resultReady(task: program.tasks[task].name)) }
        futures[task].waiters = []
    }

    /// Queues a task; an idle worker takes it at once.
    func submit(_ task: Int, to pool: Int) {
        guard futures[task].state == nil else { return }
        futures[task].state = .pending
        futures[task].pool = pool
        let name = program.tasks[task].name
        record(.futureState(task: name, state: .pending))
        record(.taskQueued(pool: program.pools[pool].name, task: name))
        guard let worker = pools[pool].idleWorkers.popFirst() else {
            pools[pool].queue.append(task)
            startWorkerIfNeeded(in: pool)
            return
        }
        slots[worker].assignedTask = task
        record(.taskDequeued(pool: program.pools[pool].name, task: name, worker: ThreadID(worker)))
        makeReady(worker, reason: .gotTask(task: name))
    }

    func awaitResult(of task: Int, by thread: Int) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        if futures[task].state == .done { return true }
        futures[task].waiters.append(thread)
        let running = futures[task].worker
        let blocker = running ?? futures[task].pool.flatMap(firstLiveWorker(of:))
        let reason = Reason.waitingForResult(task: program.tasks[task].name)
        return blockAndWait(thread, reason: reason, waitsFor: blocker, certain: running != nil)
    }

    /// `shutdown(wait=True)`: no new work; idle workers end; the caller waits until every worker has ended.
    func shutDown(_ pool: Int, by thread: Int) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        closePool(pool)
        if pools[pool].liveWorkers == 0 { return true }
        pools[pool].shutdownWaiters.append(thread)
        let reason = Reason.waitingForPool(pool: program.pools[pool].name)
        return blockAndWait(thread, reason: reason, waitsFor: firstLiveWorker(of: pool), certain: false)
    }

    /// A task queued behind busy workers, or a shutdown, waits for the pool's first worker still alive
    /// (the same arrow the simulator draws).
    func firstLiveWorker(of pool: Int) -> Int? {
        program.pools[pool].workers.first { slots[$0.rawValue].state != .terminated && slots[$0.rawValue].state != .created }?.rawValue
    }

    /// No idle worker took the task: a new worker starts if fewer than the pool's maximum exist (it takes the
    /// oldest queued task), as `ThreadPoolExecutor` does at `submit`.
    private func startWorkerIfNeeded(in pool: Int) {
        let workers = program.pools[pool].workers
        guard !pools[pool].isShuttingDown, pools[pool].started < workers.count else { return }
        let worker = workers[pools[pool].started].rawValue
        pools[pool].started += 1
        pools[pool].liveWorkers += 1
        makeReady(worker, reason: .started)
        conditions[worker].signal()
    }

    /// Marks the pool closing and wakes its idle workers so they end, and the workers never started so their
    /// OS threads exit; returns how many idle workers woke.
    @discardableResult
    func closePool(_ pool: Int) -> Int {
        if !pools[pool].isShuttingDown {
            for worker in program.pools[pool].workers.dropFirst(pools[pool].started).map(\.rawValue) {
                slots[worker].isUnused = true
                unusedWorkers += 1
                conditions[worker].signal()
            }
        }
        pools[pool].isShuttingDown = true
        let idle = pools[pool].idleWorkers.removeAll()
        for worker in idle { makeReady(worker, reason: .poolClosing(pool: program.pools[pool].name)) }
        return idle.count
    }

    /// A worker terminated; the last one releases whoever waits in `shutdown`.
    func workerEnded(in pool: Int) {
        pools[pool].liveWorkers -= 1
        guard pools[pool].liveWorkers == 0 else { return }
        for waiter in pools[pool].shutdownWaiters { makeReady(waiter, reason: .poolShutDown(pool: program.pools[pool].name)) }
        pools[pool].shutdownWaiters = []
    }
}
