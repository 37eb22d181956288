extension Program {
    /// An op as the scenario language writes it (`lock L`, `increment count`, `put q job`), for a challenge's
    /// threads when no Python source is given, and for authors' messages. Not translated: it is code.
    public func describe(_ op: Op) -> String {
        switch op {
        case .compute(let micros): "compute \(Self.scenarioDuration(micros))"
        case .io(let micros): "io \(Self.scenarioDuration(micros))"
        case .sleep(let micros): "sleep \(Self.scenarioDuration(micros))"
        case .lock(let id): "lock \(locks[id])"
        case .unlock(let id): "unlock \(locks[id])"
        case .wait(let id): "wait \(events[id])"
        case .set(let id): "set \(events[id])"
        case .clear(let id): "clear \(events[id])"
        case .start(let thread): "start \(threads[thread.rawValue].name)"
        case .join(let thread): "join \(threads[thread.rawValue].name)"
        case .increment(let id): "increment \(counters[id])"
        case .submit(let pool, let task): "submit \(pools[pool].name) \(tasks[task].name)"
        case .result(let task): "result \(tasks[task].name)"
        case .shutdown(let pool): "shutdown \(pools[pool].name)"
        case .timedLock(let id, let timeout): "lock \(locks[id]) \(Self.scenarioDuration(timeout))"
        case .timedWait(let id, let timeout): "wait \(events[id]) \(Self.scenarioDuration(timeout))"
        case .acquire(let id, let timeout): "acquire \(semaphores[id].name)" + (timeout.map { " " + Self.scenarioDuration($0) } ?? "")
        case .release(let id): "release \(semaphores[id].name)"
        case .conditionWait(let id, let timeout): "wait \(conditions[id].name)" + (timeout.map { " " + Self.scenarioDuration($0) } ?? "")
        case .notify(let id, let count): count == .max ? "notify-all \(conditions[id].name)" : "notify \(conditions[id].name)" + (count == 1 ? "" : " \(count)")
        case .put(let id, let item): "put \(queues[id].name) \(item)"
        case .get(let id): "get \(queues[id].name)"
        case .taskDone(let id): "task-done \(queues[id].name)"
        case .joinQueue(let id): "join \(queues[id].name)"
        case .barrierWait(let id, let timeout): "wait \(barriers[id].name)" + (timeout.map { " " + Self.scenarioDuration($0) } ?? "")
        case .store(let id, let value): "store \(counters[id]) \(value)"
        case .spinWhile(let id): "spin-while \(counters[id])"
        case .enter(let id): "enter \(sections[id])"
        case .leave(let id): "leave \(sections[id])"
        case .waitIfEmpty(let condition, let queue): "wait-if-empty \(conditions[condition].name) \(queues[queue].name)"
        case .waitWhileEmpty(let condition, let queue): "wait-while-empty \(conditions[condition].name) \(queues[queue].name)"
        case .pop(let id): "pop \(queues[id].name)"
        }
    }

    /// The line of Python source an op of `thread` stands for, when the scenario gave one.
    public func sourceLine(of thread: ThreadID, op index: Int) -> Int? {
        let lines = threads[thread.rawValue].opLines
        return lines.indices.contains(index) ? lines[index] : nil
    }

    /// `5ms`, `250us`, `2s`: a duration as the scenario language writes it (whole units only, so it reads back).
    static func scenarioDuration(_ micros: Int64) -> String {
        if micros != 0, micros % 1_000_000 == 0 { return "\(micros / 1_000_000)s" }
        if micros != 0, micros % 1_000 == 0 { return "\(micros / 1_000)ms" }
        return "\(micros)us"
    }
}
