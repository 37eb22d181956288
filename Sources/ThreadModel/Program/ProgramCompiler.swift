/// The name tables of one compilation (`Program(compiling:)`): threads, pools and task groups are known up
/// front; locks, events and counters are interned as they are used.
struct ProgramCompiler {
    private var threadIDs: [String: ThreadID] = [:]
    private var poolIDs: [String: Int] = [:]
    /// Task ids by task name and by group name, in scenario order (a group lists its tasks in order).
    private var taskIDs: [String: [Int]] = [:]
    var locks = NameTable()
    var events = NameTable()
    var counters = NameTable()

    init(scenario: Scenario) {
        // Only scenario threads can be started or joined (the checker allows no worker there).
        for (index, spec) in scenario.threads.enumerated() { threadIDs[spec.name] = ThreadID(index) }
        for (index, pool) in scenario.pools.enumerated() { poolIDs[pool.name] = index }
        for (index, task) in scenario.tasks.enumerated() {
            taskIDs[task.name, default: []].append(index)
            if let group = task.group { taskIDs[group, default: []].append(index) }
        }
        for name in scenario.counters.keys.sorted() { _ = counters.id(for: name) }
    }

    mutating func compile(_ actions: [Action]) -> [Program.Op] {
        var ops: [Program.Op] = []
        ops.reserveCapacity(actions.count)
        for action in actions { compile(action, into: &ops) }
        return ops
    }

    private mutating func compile(_ action: Action, into ops: inout [Program.Op]) {
        switch action {
        case .compute(let duration): ops.append(.compute(duration))
        case .io(let duration): ops.append(.io(duration))
        case .sleep(let duration): ops.append(.sleep(duration))
        case .lock(let name): ops.append(.lock(locks.id(for: name)))
        case .unlock(let name): ops.append(.unlock(locks.id(for: name)))
        case .wait(let name): ops.append(.wait(events.id(for: name)))
        case .set(let name): ops.append(.set(events.id(for: name)))
        case .clear(let name): ops.append(.clear(events.id(for: name)))
        case .start(let name): if let id = threadIDs[name] { ops.append(.start(id)) }
        case .join(let name): if let id = threadIDs[name] { ops.append(.join(id)) }
        case .increment(let name): ops.append(.increment(counters.id(for: name)))
        case .submit(let pool, let task): submit(task, to: pool, into: &ops)
        case .result(let task): for id in taskIDs[task] ?? [] { ops.append(.result(task: id)) }
        case .map(let pool, let group):
            submit(group, to: pool, into: &ops)
            for id in taskIDs[group] ?? [] { ops.append(.result(task: id)) }
        case .shutdown(let pool): if let id = poolIDs[pool] { ops.append(.shutdown(pool: id)) }
        }
    }

    private func submit(_ task: String, to pool: String, into ops: inout [Program.Op]) {
        guard let pool = poolIDs[pool] else { return }
        for id in taskIDs[task] ?? [] { ops.append(.submit(pool: pool, task: id)) }
    }
}
