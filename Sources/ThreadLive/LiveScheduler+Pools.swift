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
                pools[pool].idleWorkers.push(worker)
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
            record(.futureRunning(task: task))
            mutex.unlock()
            for action in plan.taskActions[task] {
                guard perform(action, by: worker) else { return false }
            }
            mutex.withLock { complete(task) }
        }
    }

    private func nextTask(in pool: Int, for worker: Int) -> Int? {
        if let task = slots[worker].assignedTask {
            slots[worker].assignedTask = nil
            return task
        }
        guard let task = pools[pool].queue.pop() else { return nil }
        record(.taskDequeued(pool: pool, task: task, worker: worker))
        return task
    }

    private func complete(_ task: Int) {
        futures[task].state = .done
        record(.futureDone(task: task))
        for waiter in futures[task].waiters { makeReady(waiter, reason: .resultReady(task: task)) }
        futures[task].waiters = []
    }

    /// Queues a task; an idle worker takes it at once.
    func submit(_ task: Int, to pool: Int) {
        guard futures[task].state == .unsubmitted else { return }
        futures[task].state = .pending
        futures[task].pool = pool
        record(.futurePending(task: task))
        record(.taskQueued(pool: pool, task: task))
        guard let worker = pools[pool].idleWorkers.pop() else {
            pools[pool].queue.push(task)
            return
        }
        slots[worker].assignedTask = task
        record(.taskDequeued(pool: pool, task: task, worker: worker))
        makeReady(worker, reason: .gotTask(task: task))
    }

    func awaitResult(of task: Int, by thread: Int) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        if futures[task].state == .done { return true }
        futures[task].waiters.append(thread)
        let running = futures[task].worker
        let blocker = running ?? futures[task].pool.flatMap(firstLiveWorker(of:))
        return blockAndWait(thread, reason: .waitingForResult(task: task), waitsFor: blocker, certain: running != nil)
    }

    /// `shutdown(wait=True)`: no new work; idle workers end; the caller waits until every worker has ended.
    func shutDown(_ pool: Int, by thread: Int) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        guard !stopRequested else { return false }
        closePool(pool)
        if pools[pool].liveWorkers == 0 { return true }
        pools[pool].shutdownWaiters.append(thread)
        return blockAndWait(thread, reason: .waitingForPool(pool: pool), waitsFor: firstLiveWorker(of: pool), certain: false)
    }

    /// A task queued behind busy workers, or a shutdown, waits for the pool's first worker still alive
    /// (the same arrow the simulator draws).
    func firstLiveWorker(of pool: Int) -> Int? {
        plan.poolWorkers[pool].first { slots[$0].state != .terminated }
    }

    /// Marks the pool closing and wakes its idle workers so they end; returns how many woke.
    @discardableResult
    func closePool(_ pool: Int) -> Int {
        pools[pool].isShuttingDown = true
        let idle = pools[pool].idleWorkers.removeAll()
        for worker in idle { makeReady(worker, reason: .poolClosing(pool: pool)) }
        return idle.count
    }

    /// A worker terminated; the last one releases whoever waits in `shutdown`.
    func workerEnded(in pool: Int) {
        pools[pool].liveWorkers -= 1
        guard pools[pool].liveWorkers == 0 else { return }
        for waiter in pools[pool].shutdownWaiters { makeReady(waiter, reason: .poolShutDown(pool: pool)) }
        pools[pool].shutdownWaiters = []
    }
}
