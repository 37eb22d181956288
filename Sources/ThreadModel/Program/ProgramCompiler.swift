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
    var sections = NameTable()
    /// Declared objects, each kind by name in sorted order (its id is the index).
    let semaphoreNames: [String]
    let conditionNames: [String]
    let queueNames: [String]
    let barrierNames: [String]
    /// Each condition's lock id (locks are interned up front for them).
    var conditionLocks: [String: Int] = [:]
    private let semaphoreIDs: [String: Int]
    private let conditionIDs: [String: Int]
    private let queueIDs: [String: Int]
    private let barrierIDs: [String: Int]

    init(scenario: Scenario) {
        // Only scenario threads can be started or joined (the checker allows no worker there).
        for (index, spec) in scenario.threads.enumerated() { threadIDs[spec.name] = ThreadID(index) }
        for (index, pool) in scenario.pools.enumerated() { poolIDs[pool.name] = index }
        for (index, task) in scenario.tasks.enumerated() {
            taskIDs[task.name, default: []].append(index)
            if let group = task.group { taskIDs[group, default: []].append(index) }
        }
        for name in scenario.counters.keys.sorted() { _ = counters.id(for: name) }
        semaphoreNames = scenario.semaphores.keys.sorted()
        conditionNames = scenario.conditions.keys.sorted()
        queueNames = scenario.queues.keys.sorted()
        barrierNames = scenario.barriers.keys.sorted()
        semaphoreIDs = Self.ids(semaphoreNames)
        conditionIDs = Self.ids(conditionNames)
        queueIDs = Self.ids(queueNames)
        barrierIDs = Self.ids(barrierNames)
        for name in conditionNames { conditionLocks[name] = locks.id(for: scenario.conditions[name] ?? name) }
    }

    private static func ids(_ names: [String]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    /// `wait X` is a condition wait, a barrier wait or an event wait, by what X was declared as.
    private mutating func wait(_ name: String, timeout: Int64?) -> Program.Op {
        if let id = conditionIDs[name] { return .conditionWait(id, timeout: timeout) }
        if let id = barrierIDs[name] { return .barrierWait(id, timeout: timeout) }
        let event = events.id(for: name)
        return timeout.map { .timedWait(event, timeout: $0) } ?? .wait(event)
    }

    mutating func compile(_ actions: [Action]) -> [Program.Op] {
        var ops: [Program.Op] = []
        ops.reserveCapacity(actions.count)
        for action in actions { compile(action, into: &ops) }
        return ops
    }

    /// Compiles `actions` and gives every op the source line of the action it came from (`lines` is parallel
    /// to `actions`, or empty), so an action that expands to several ops points all of them at its line.
    mutating func compile(_ actions: [Action], lines: [Int?], opLines: inout [Int?]) -> [Program.Op] {
        var ops: [Program.Op] = []
        ops.reserveCapacity(actions.count)
        for (index, action) in actions.enumerated() {
            let before = ops.count
            compile(action, into: &ops)
            let line = lines.indices.contains(index) ? lines[index] : nil
            opLines += Array(repeating: line, count: ops.count - before)
        }
        return ops
    }

    private mutating func compile(_ action: Action, into ops: inout [Program.Op]) {
        switch action {
        case .compute(let duration): ops.append(.compute(duration))
        case .io(let duration): ops.append(.io(duration))
        case .sleep(let duration): ops.append(.sleep(duration))
        case .lock(let name): ops.append(.lock(locks.id(for: name)))
        case .unlock(let name): ops.append(.unlock(locks.id(for: name)))
        case .wait(let name): ops.append(wait(name, timeout: nil))
        case .timedWait(let name, let timeout): ops.append(wait(name, timeout: timeout))
        case .timedLock(let name, let timeout): ops.append(.timedLock(locks.id(for: name), timeout: timeout))
        case .acquire(let name, let timeout):
            if let id = semaphoreIDs[name] { ops.append(.acquire(semaphore: id, timeout: timeout)) }
        case .release(let name): if let id = semaphoreIDs[name] { ops.append(.release(semaphore: id)) }
        case .notify(let name, let count): if let id = conditionIDs[name] { ops.append(.notify(id, count: count)) }
        case .notifyAll(let name): if let id = conditionIDs[name] { ops.append(.notify(id, count: .max)) }
        case .put(let name, let item): if let id = queueIDs[name] { ops.append(.put(queue: id, item: item)) }
        case .get(let name): if let id = queueIDs[name] { ops.append(.get(queue: id)) }
        case .taskDone(let name): if let id = queueIDs[name] { ops.append(.taskDone(queue: id)) }
        case .set(let name): ops.append(.set(events.id(for: name)))
        case .clear(let name): ops.append(.clear(events.id(for: name)))
        case .start(let name): if let id = threadIDs[name] { ops.append(.start(id)) }
        case .join(let name):
            if let id = queueIDs[name] { ops.append(.joinQueue(id)) } else if let id = threadIDs[name] { ops.append(.join(id)) }
        case .increment(let name): ops.append(.increment(counters.id(for: name)))
        case .submit(let pool, let task): submit(task, to: pool, into: &ops)
        case .result(let task): for id in taskIDs[task] ?? [] { ops.append(.result(task: id)) }
        case .map(let pool, let group):
            submit(group, to: pool, into: &ops)
            for id in taskIDs[group] ?? [] { ops.append(.result(task: id)) }
        case .shutdown(let pool): if let id = poolIDs[pool] { ops.append(.shutdown(pool: id)) }
        case .store(let name, let value): ops.append(.store(counter: counters.id(for: name), value: value))
        case .spinWhile(let name): ops.append(.spinWhile(counter: counters.id(for: name)))
        case .enter(let name): ops.append(.enter(section: sections.id(for: name)))
        case .leave(let name): ops.append(.leave(section: sections.id(for: name)))
        case .waitIfEmpty(let condition, let queue):
            if let c = conditionIDs[condition], let q = queueIDs[queue] { ops.append(.waitIfEmpty(condition: c, queue: q)) }
        case .waitWhileEmpty(let condition, let queue):
            if let c = conditionIDs[condition], let q = queueIDs[queue] { ops.append(.waitWhileEmpty(condition: c, queue: q)) }
        case .pop(let name): if let id = queueIDs[name] { ops.append(.pop(queue: id)) }
        }
    }

    private func submit(_ task: String, to pool: String, into ops: inout [Program.Op]) {
        guard let pool = poolIDs[pool] else { return }
        for id in taskIDs[task] ?? [] { ops.append(.submit(pool: pool, task: id)) }
    }
}
