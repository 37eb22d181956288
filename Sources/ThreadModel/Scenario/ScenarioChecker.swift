import TutorBasics

/// Checks that need the whole scenario: names that must exist, locks unlocked only by their holder, limits.
enum ScenarioChecker {
    static func check(_ scenario: Scenario, limits: ScenarioLimits, reader: inout ScenarioReader) {
        var context = Context(scenario: scenario)
        checkNames(scenario, limits: limits, reader: &reader)
        for (index, thread) in scenario.threads.enumerated() {
            let locations = reader.threadActionLocations[safe: index] ?? []
            check(thread.actions, owner: thread.name, isThread: true, locations: locations, context: &context, reader: &reader)
        }
        for (index, task) in scenario.tasks.enumerated() {
            let locations = reader.taskActionLocations[safe: index] ?? []
            check(task.actions, owner: task.name, isThread: false, locations: locations, context: &context, reader: &reader)
        }
        for thread in scenario.threads where thread.start == .manual && context.joined.contains(thread.name) {
            if !context.started.contains(thread.name) {
                reader.report("thread \(thread.name) is joined but nobody runs `start \(thread.name)`", at: thread.location ?? reader.origin)
            }
        }
        if case .threads(let names) = scenario.predict {
            for name in names where !context.allThreadNames.contains(name) {
                reader.report("`predict` names undefined thread '\(name)'" + Suggestion.hint(for: name, in: context.allThreadNames),
                              at: reader.predictLocation ?? reader.origin)
            }
        }
    }

    /// What the per-action checks accumulate across threads and tasks.
    private struct Context {
        let scenario: Scenario
        let threadNames: [String]
        let allThreadNames: [String]
        let poolNames: [String]
        let taskNames: [String]
        var started: Set<String> = []
        var joined: Set<String> = []
        var submitted: Set<String> = []
        let semaphoreNames: [String]
        let conditionNames: [String]
        let queueNames: [String]

        init(scenario: Scenario) {
            semaphoreNames = scenario.semaphores.keys.sorted()
            conditionNames = scenario.conditions.keys.sorted()
            queueNames = scenario.queues.keys.sorted()
            self.scenario = scenario
            threadNames = scenario.threads.map(\.name)
            allThreadNames = threadNames + scenario.pools.flatMap(\.workerNames)
            poolNames = scenario.pools.map(\.name)
            taskNames = scenario.tasks.map(\.name) + Array(Set(scenario.tasks.compactMap(\.group))).sorted()
        }
    }

    private static func checkNames(_ scenario: Scenario, limits: ScenarioLimits, reader: inout ScenarioReader) {
        var seen: Set<String> = []
        for thread in scenario.threads where !seen.insert(thread.name).inserted {
            reader.report("thread name '\(thread.name)' is used twice", at: thread.location ?? reader.origin)
        }
        for (index, pool) in scenario.pools.enumerated() {
            let location = reader.poolLocations[safe: index] ?? reader.origin
            for worker in pool.workerNames where !seen.insert(worker).inserted {
                reader.report("pool \(pool.name)'s worker '\(worker)' clashes with another thread's name", at: location)
            }
            if scenario.pools.prefix(index).contains(where: { $0.name == pool.name }) {
                reader.report("pool name '\(pool.name)' is used twice", at: location)
            }
        }
        if seen.count > limits.maxThreads {
            reader.report("\(seen.count) threads (counting pool workers); the limit is \(limits.maxThreads)", at: reader.origin)
        }
        let kinds = [
            ("semaphore", Array(scenario.semaphores.keys)), ("condition", Array(scenario.conditions.keys)),
            ("queue", Array(scenario.queues.keys)), ("barrier", Array(scenario.barriers.keys)),
        ]
        var kindOf: [String: String] = [:]
        for (kind, names) in kinds {
            for name in names.sorted() {
                if let other = kindOf[name] {
                    reader.report("'\(name)' is both a \(other) and a \(kind); give each its own name", at: reader.origin)
                }
                kindOf[name] = kind
            }
        }
        for name in scenario.queues.keys.sorted() where scenario.threads.contains(where: { $0.name == name }) {
            reader.report("queue '\(name)' has a thread's name, so `join \(name)` would be ambiguous", at: reader.origin)
        }
        let taskNames = scenario.tasks.map(\.name)
        if Set(taskNames).count != taskNames.count {
            reader.report("two tasks have the same name", at: reader.origin)
        }
        let total = (scenario.threads.flatMap(\.actions) + scenario.tasks.flatMap(\.actions)).reduce(Int64(0)) { $0 + $1.scriptedDuration }
        if total > limits.maxScriptedTime {
            reader.report("the scripted time adds up to \(DurationText.format(total)); the limit is \(DurationText.format(limits.maxScriptedTime))", at: reader.origin)
        }
    }

    private static func check(
        _ actions: [Action], owner: String, isThread: Bool, locations: [SourceLocation],
        context: inout Context, reader: inout ScenarioReader
    ) {
        var held: Set<String> = []
        for (index, action) in actions.enumerated() {
            let location = locations[safe: index] ?? reader.origin
            if let problem = problem(with: action, owner: owner, isThread: isThread, held: &held, context: &context) {
                reader.report(problem, at: location)
            }
        }
    }

    /// The first thing wrong with one action, if any; also tracks held locks and who starts, joins, submits what.
    private static func problem(
        with action: Action, owner: String, isThread: Bool, held: inout Set<String>, context: inout Context
    ) -> String? {
        switch action {
        case .lock(let lock), .timedLock(let lock, _):
            held.insert(lock)
        case .wait(let name), .timedWait(let name, _):
            if let lock = context.scenario.conditions[name], !held.contains(lock) {
                return "wait on condition \(name) needs its lock \(lock) held here (`lock \(lock)` first)"
            }
        case .notify(let name, _), .notifyAll(let name):
            if let problem = undefined(name, "condition", in: context.conditionNames) { return problem }
            if let lock = context.scenario.conditions[name], !held.contains(lock) {
                return "notify on condition \(name) needs its lock \(lock) held here (`lock \(lock)` first)"
            }
        case .acquire(let name, _), .release(let name):
            return undefined(name, "semaphore", in: context.semaphoreNames)
        case .put(let name, _), .get(let name), .taskDone(let name), .pop(let name):
            return undefined(name, "queue", in: context.queueNames)
        case .waitIfEmpty(let condition, let queue), .waitWhileEmpty(let condition, let queue):
            if let problem = undefined(condition, "condition", in: context.conditionNames) ?? undefined(queue, "queue", in: context.queueNames) {
                return problem
            }
            // Python raises RuntimeError for a wait without the lock; the scripts have no branches, so this
            // static check is exact and the engine never meets such a wait.
            if let lock = context.scenario.conditions[condition], !held.contains(lock) {
                return "wait on condition \(condition) needs its lock \(lock) held here (`lock \(lock)` first)"
            }
        case .unlock(let lock):
            if held.remove(lock) == nil { return "unlock of lock \(lock), which \(owner) does not hold here" }
        case .start(let thread):
            if let problem = undefined(thread, "thread", in: context.threadNames) { return problem }
            if thread == owner { return "a thread cannot start itself" }
            guard context.scenario.threads.first(where: { $0.name == thread })?.start == .manual else {
                return "thread \(thread) starts by itself; give it `start: manual` to start it here"
            }
            if !context.started.insert(thread).inserted { return "thread \(thread) is started more than once" }
        case .join(let thread):
            if context.queueNames.contains(thread) { return nil }
            if let problem = undefined(thread, "thread", in: context.threadNames) { return problem }
            if thread == owner { return "a thread cannot join itself" }
            context.joined.insert(thread)
        case .submit(let pool, let task):
            return undefined(pool, "pool", in: context.poolNames) ?? submit(task, context: &context)
        case .map(let pool, let group):
            return undefined(pool, "pool", in: context.poolNames) ?? submit(group, context: &context)
        case .result(let task):
            return undefined(task, "task", in: context.taskNames)
        case .shutdown(let pool):
            return undefined(pool, "pool", in: context.poolNames)
        default:
            break
        }
        return nil
    }

    private static func submit(_ task: String, context: inout Context) -> String? {
        if let problem = undefined(task, "task", in: context.taskNames) { return problem }
        for spec in context.scenario.tasks(named: task) where !context.submitted.insert(spec.name).inserted {
            return "task \(spec.name) is submitted more than once (each task is one future)"
        }
        return nil
    }

    private static func undefined(_ name: String, _ what: String, in names: [String]) -> String? {
        names.contains(name) ? nil : "undefined \(what) '\(name)'" + Suggestion.hint(for: name, in: names)
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
