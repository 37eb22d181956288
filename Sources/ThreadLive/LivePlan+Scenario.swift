import ThreadModel

/// Builds the live engine's plan from a parsed Scenario: names become dense indices (threads in the
/// simulator's order: the scenario's threads, then each pool's workers), µs become ns, and `map`, task groups
/// and results of groups expand into one action per task, as the simulator runs them.
extension LivePlan {
    init(scenario: Scenario) {
        var names = LiveNameTable(scenario: scenario)
        cores = max(1, scenario.cores)
        sliceNanoseconds = max(1, scenario.slice) * 1_000
        policy = scenario.policy == .fifo ? .fifo : .roundRobin
        gilSwitchIntervalNanoseconds = scenario.gilSwitchInterval.map { max(1, $0) * 1_000 }
        kernelThreads = scenario.model.kernelThreads
        incrementCostNanoseconds = max(0, scenario.incrementCost) * 1_000
        threads = scenario.threads.map { spec in
            LiveThreadPlan(name: spec.name, start: LiveStart(spec.start), actions: names.resolve(spec.actions))
        }
        for (index, pool) in scenario.pools.enumerated() {
            threads += pool.workerNames.map { LiveThreadPlan(name: $0, pool: index) }
        }
        taskActions = scenario.tasks.map { names.resolve($0.actions) }
        taskNames = scenario.tasks.map(\.name)
        poolNames = scenario.pools.map(\.name)
        poolWorkers = names.poolWorkers
        lockNames = names.locks.names
        eventNames = names.events.names
        counterNames = names.counters.names
        counterInitialValues = counterNames.map { scenario.counters[$0] ?? 0 }
    }
}

extension LiveStart {
    init(_ mode: StartMode) {
        switch mode {
        case .immediately: self = .immediately
        case .manual: self = .manual
        case .after(let micros): self = .after(max(0, micros) * 1_000)
        }
    }
}
