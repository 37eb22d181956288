import Testing
@testable import ThreadModel

/// Properties every simulation must have, over many random scenarios from a seeded generator.
@Suite struct SimulatorPropertyTests {
    static let seeds: [UInt64] = Array(1...300)

    @Test(arguments: seeds)
    func randomScenariosValidateAndAreDeterministic(seed: UInt64) {
        var generator = ScenarioGenerator(seed: seed)
        let scenario = generator.scenario()
        let first = Simulator.run(scenario)
        let issues = Validator.validate(first, scenario: scenario)
        #expect(issues.isEmpty, "seed \(seed): \(issues.prefix(3))")
        let second = Simulator.run(scenario)
        #expect(first.transitions == second.transitions, "seed \(seed)")
        #expect(first.events == second.events, "seed \(seed)")
        #expect(first.endTime != nil)
    }

    @Test(arguments: seeds.prefix(100))
    func everyStartedThreadTerminatesUnlessADeadlockIsReported(seed: UInt64) {
        var generator = ScenarioGenerator(seed: seed)
        let scenario = generator.scenario()
        let timeline = Simulator.run(scenario)
        let unfinished = timeline.threads.filter {
            let state = timeline.currentState(of: $0.id)
            return state != .terminated && state != .created
        }
        #expect(unfinished.isEmpty || timeline.deadlock != nil, "seed \(seed)")
        // Never more running threads than cores at any transition time.
        for time in Set(timeline.transitions.map(\.time)) {
            let running = timeline.coreHolders(at: time).compactMap { $0 }.count
            #expect(running <= scenario.cores)
        }
    }

    @Test func cpuTimeIsConservedWithoutContention() {
        var generator = ScenarioGenerator(seed: 42)
        for _ in 0..<50 {
            var scenario = generator.scenario()
            scenario.pools = []
            scenario.tasks = []
            for index in scenario.threads.indices {
                scenario.threads[index].actions = scenario.threads[index].actions.filter {
                    if case .compute = $0 { return true }
                    return false
                }
                scenario.threads[index].start = .immediately
            }
            let timeline = Simulator.run(scenario)
            for (index, spec) in scenario.threads.enumerated() {
                let scripted = spec.actions.reduce(Int64(0)) { $0 + $1.scriptedDuration }
                #expect(timeline.totals(for: ThreadID(index)).running == scripted)
            }
        }
    }
}
