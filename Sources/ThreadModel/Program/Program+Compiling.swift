/// Compiling a Scenario: names become ids, groups and `map` expand into one op per task. Locks, events and
/// counters are declared by use, so they get ids in order of first use (declared counters first, by name).
/// A name the scenario does not define (possible only through the API; the parser rejects it) compiles to no op,
/// which is what both engines did with it before: nothing.
extension Program {
    public init(compiling scenario: Scenario) {
        cores = scenario.cores
        policy = scenario.policy
        slice = scenario.slice
        gilSwitchInterval = scenario.gilSwitchInterval
        kernelThreads = scenario.model.kernelThreads
        wakeupPreemption = scenario.wakeupPreemption
        incrementCost = scenario.incrementCost
        seed = scenario.seed
        var compiler = ProgramCompiler(scenario: scenario)
        threads = scenario.threads.map { spec in
            var lines: [Int?] = []
            var thread = Thread(name: spec.name, start: spec.start, ops: compiler.compile(spec.actions, lines: spec.actionLines, opLines: &lines))
            thread.code = spec.code
            thread.opLines = lines.contains { $0 != nil } ? lines : []
            return thread
        }
        for (index, pool) in scenario.pools.enumerated() {
            let first = threads.count
            threads += pool.workerNames.map { Thread(name: $0, pool: index) }
            pools.append(Pool(name: pool.name, workers: (first..<threads.count).map(ThreadID.init)))
        }
        tasks = scenario.tasks.map { Task(name: $0.name, ops: compiler.compile($0.actions)) }
        semaphores = compiler.semaphoreNames.map {
            Semaphore(name: $0, value: scenario.semaphores[$0]?.value ?? 0, bounded: scenario.semaphores[$0]?.bounded ?? false)
        }
        conditions = compiler.conditionNames.map { Condition(name: $0, lock: compiler.conditionLocks[$0] ?? 0) }
        queues = compiler.queueNames.map { Queue(name: $0, capacity: scenario.queues[$0] ?? 0) }
        barriers = compiler.barrierNames.map { Barrier(name: $0, parties: scenario.barriers[$0] ?? 1) }
        locks = compiler.locks.names
        events = compiler.events.names
        counters = compiler.counters.names
        sections = compiler.sections.names
        counterInitialValues = counters.map { scenario.counters[$0] ?? 0 }
    }
}
