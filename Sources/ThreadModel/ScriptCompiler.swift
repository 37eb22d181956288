/// Turns a scenario's actions into `ScriptOp`s, interning lock, event, counter and task-group names.
struct ScriptCompiler {
    let threadIndex: [String: ThreadID]
    let poolIndex: [String: Int]
    var locks = NameTable()
    var events = NameTable()
    var counters = NameTable()
    var taskGroups = NameTable()

    mutating func compile(_ action: Action) -> ScriptOp {
        switch action {
        case .compute(let duration): .compute(duration)
        case .io(let duration): .io(duration)
        case .sleep(let duration): .sleep(duration)
        case .lock(let name): .lock(locks.id(for: name))
        case .unlock(let name): .unlock(locks.id(for: name))
        case .wait(let name): .wait(events.id(for: name))
        case .set(let name): .set(events.id(for: name))
        case .clear(let name): .clear(events.id(for: name))
        case .start(let name): .start(threadIndex[name])
        case .join(let name): .join(threadIndex[name])
        case .increment(let name): .increment(counters.id(for: name))
        case .submit(let pool, let task): .submit(pool: poolIndex[pool], tasks: taskGroups.id(for: task))
        case .result(let task): .result(tasks: taskGroups.id(for: task))
        case .map(let pool, let group): .map(pool: poolIndex[pool], tasks: taskGroups.id(for: group))
        case .shutdown(let pool): .shutdown(poolIndex[pool])
        }
    }
}
