import ThreadModel

/// Builds the live engine's plan from a parsed Scenario: names become dense indices (threads in the
/// simulator's order: the scenario's threads, then each pool's workers), µs become ns, and `map`, task groups
/// and results of groups expand into one action per task, as the simulator runs them.
extension LivePlan {
    /// - Parameter timeScale: every scripted time (durations, slice, switch interval, start delays) is
    ///   multiplied by this; 0.1 runs ten times faster, 10 is slow motion.
    init(scenario: Scenario, timeScale: Double = 1) {
        var names = LiveNameTable(scenario: scenario, timeScale: timeScale)
        let scaled = names.nanoseconds
        cores = max(1, scenario.cores)
        sliceNanoseconds = max(1, scaled(scenario.slice))
        policy = scenario.policy == .fifo ? .fifo : .roundRobin
        gilSwitchIntervalNanoseconds = scenario.gilSwitchInterval.map { max(1, scaled($0)) }
        kernelThreads = scenario.model.kernelThreads
        incrementCostNanoseconds = scaled(scenario.incrementCost)
        threads = scenario.threads.map { spec in
            LiveThreadPlan(name: spec.name, start: LiveStart(spec.start, scaled), actions: names.resolve(spec.actions))
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
    init(_ mode: StartMode, _ nanoseconds: (Int64) -> Int64) {
        switch mode {
        case .immediately: self = .immediately
        case .manual: self = .manual
        case .after(let micros): self = .after(nanoseconds(micros))
        }
    }
}
