import ThreadModel

/// Resolves a scenario's names to the dense indices the live engine uses. Locks, events and counters are
/// declared by use, so they get indices in order of first appearance (declared counters first).
struct LiveNameTable {
    /// Names in index order, with the reverse lookup.
    struct Names {
        private(set) var names: [String] = []
        private var indices: [String: Int] = [:]

        mutating func index(of name: String) -> Int {
            if let index = indices[name] { return index }
            indices[name] = names.count
            names.append(name)
            return names.count - 1
        }
    }

    var locks = Names()
    var events = Names()
    var counters = Names()
    private(set) var poolWorkers: [[Int]] = []
    private var threadIndices: [String: Int] = [:]
    private var poolIndices: [String: Int] = [:]
    /// Task indices by task name and by group name (a group lists its tasks in order).
    private var taskIndices: [String: [Int]] = [:]
    private let timeScale: Double

    init(scenario: Scenario, timeScale: Double) {
        self.timeScale = timeScale > 0 ? timeScale : 1
        for (index, thread) in scenario.threads.enumerated() { threadIndices[thread.name] = index }
        var next = scenario.threads.count
        for (index, pool) in scenario.pools.enumerated() {
            poolIndices[pool.name] = index
            let workers = pool.workerNames
            for name in workers { threadIndices[name] = next; next += 1 }
            poolWorkers.append(Array((next - workers.count)..<next))
        }
        for (index, task) in scenario.tasks.enumerated() {
            taskIndices[task.name, default: []].append(index)
            if let group = task.group { taskIndices[group, default: []].append(index) }
        }
        for name in scenario.counters.keys.sorted() { _ = counters.index(of: name) }
    }

    /// Scripted µs → real ns, scaled.
    func nanoseconds(_ micros: Int64) -> Int64 {
        Int64((Double(max(0, micros)) * 1_000 * timeScale).rounded())
    }

    /// One scenario action becomes zero or more live actions (unknown names, which the parser rejects, vanish).
    mutating func resolve(_ actions: [Action]) -> [LiveAction] {
        actions.flatMap { resolve($0) }
    }

    private mutating func resolve(_ action: Action) -> [LiveAction] {
        switch action {
        case .compute(let micros): return [.compute(nanoseconds(micros))]
        case .io(let micros): return [.io(nanoseconds(micros))]
        case .sleep(let micros): return [.sleep(nanoseconds(micros))]
        case .lock(let name): return [.lock(locks.index(of: name))]
        case .unlock(let name): return [.unlock(locks.index(of: name))]
        case .wait(let name): return [.wait(events.index(of: name))]
        case .set(let name): return [.set(events.index(of: name))]
        case .clear(let name): return [.clear(events.index(of: name))]
        case .start(let name): return threadIndices[name].map { [.start($0)] } ?? []
        case .join(let name): return threadIndices[name].map { [.join($0)] } ?? []
        case .increment(let name): return [.increment(counters.index(of: name))]
        case .submit(let pool, let task): return submits(of: task, to: pool)
        case .result(let task): return (taskIndices[task] ?? []).map { .result($0) }
        case .map(let pool, let group): return submits(of: group, to: pool) + (taskIndices[group] ?? []).map { .result($0) }
        case .shutdown(let pool): return poolIndices[pool].map { [.shutdown($0)] } ?? []
        }
    }

    private func submits(of task: String, to pool: String) -> [LiveAction] {
        guard let pool = poolIndices[pool] else { return [] }
        return (taskIndices[task] ?? []).map { .submit(pool: pool, task: $0) }
    }
}
