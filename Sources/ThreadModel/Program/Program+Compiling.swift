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
        incrementCost = scenario.incrementCost
        seed = scenario.seed
        var compiler = ProgramCompiler(scenario: scenario)
        threads = scenario.threads.map { Thread(name: $0.name, start: $0.start, ops: compiler.compile($0.actions)) }
        for (index, pool) in scenario.pools.enumerated() {
            let first = threads.count
            threads += pool.workerNames.map { Thread(name: $0, pool: index) }
            pools.append(Pool(name: pool.name, workers: (first..<threads.count).map(ThreadID.init)))
        }
        tasks = scenario.tasks.map { Task(name: $0.name, ops: compiler.compile($0.actions)) }
        locks = compiler.locks.names
        events = compiler.events.names
        counters = compiler.counters.names
        counterInitialValues = counters.map { scenario.counters[$0] ?? 0 }
    }
}
