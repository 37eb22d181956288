import Testing
@testable import ThreadModel

/// `Program(compiling:)`: the one compiled form both engines run.
@Suite struct ProgramTests {
    /// Two threads, a pool of two workers and a counted task group, touching every kind of id.
    static var scenario: Scenario {
        var scenario = Scenario()
        scenario.cores = 2
        scenario.slice = 4 * ms
        scenario.gilSwitchInterval = 5 * ms
        scenario.model = .manyToOne
        scenario.incrementCost = 2 * ms
        scenario.counters = ["zeta": 7, "alpha": 1]
        scenario.threads = [
            ThreadSpec(name: "main", actions: [
                .lock("L2"), .set("go"), .increment("hits"), .start("helper"), .map(pool: "pool", group: "fetch"),
                .result("fetch2"), .unlock("L2"), .join("helper"), .shutdown("pool"),
            ]),
            ThreadSpec(name: "helper", start: .manual, actions: [.wait("go"), .lock("L1"), .io(3 * ms), .unlock("L1")]),
        ]
        scenario.pools = [PoolSpec(name: "pool", workers: 2)]
        scenario.tasks = (1...3).map { TaskSpec(name: "fetch\($0)", group: "fetch", actions: [.compute(1 * ms), .clear("go")]) }
        return scenario
    }

    @Test func threadsComeFirstThenEachPoolsWorkersInTheTimelinesOrder() {
        let program = Program(compiling: Self.scenario)
        #expect(program.threads.map(\.name) == ["main", "helper", "pool-1", "pool-2"])
        #expect(program.threads.map(\.pool) == [nil, nil, 0, 0])
        #expect(program.pools == [Program.Pool(name: "pool", workers: [ThreadID(2), ThreadID(3)])])
        let timeline = program.makeTimeline()
        #expect(timeline.threads.map(\.name) == program.threads.map(\.name))
        #expect(timeline.threads.map(\.kind) == [.thread, .thread, .poolWorker, .poolWorker])
        #expect(timeline.threads.map(\.pool) == [nil, nil, "pool", "pool"])
        #expect(timeline.cores == 2)
    }

    @Test func namesGetDenseIdsInOrderOfFirstUseWithDeclaredCountersFirst() {
        let program = Program(compiling: Self.scenario)
        #expect(program.locks == ["L2", "L1"])
        #expect(program.events == ["go"])
        #expect(program.counters == ["alpha", "zeta", "hits"])
        #expect(program.counterInitialValues == [1, 7, 0])
        #expect(program.tasks.map(\.name) == ["fetch1", "fetch2", "fetch3"])
        #expect(program.threads[1].ops == [.wait(0), .lock(1), .io(3_000), .unlock(1)])
        #expect(program.tasks[2].ops == [.compute(1_000), .clear(0)])
    }

    @Test func timesStayInMicrosecondsOfScenarioTime() {
        let program = Program(compiling: Self.scenario)
        #expect(program.slice == 4_000)
        #expect(program.gilSwitchInterval == 5_000)
        #expect(program.incrementCost == 2_000)
        #expect(program.kernelThreads == 1)
        #expect(program.threads[1].start == .manual)
    }

    @Test func mapAndGroupsExpandIntoOneOpPerTask() {
        let program = Program(compiling: Self.scenario)
        #expect(program.threads[0].ops == [
            .lock(0), .set(0), .increment(2), .start(ThreadID(1)),
            .submit(pool: 0, task: 0), .submit(pool: 0, task: 1), .submit(pool: 0, task: 2),
            .result(task: 0), .result(task: 1), .result(task: 2),
            .result(task: 1), .unlock(0), .join(ThreadID(1)), .shutdown(pool: 0),
        ])
        #expect(program.opCount == 14 + 4 + 3 * 2)
    }

    @Test func namesTheScenarioDoesNotDefineCompileToNothing() {
        var scenario = Scenario()
        scenario.threads = [ThreadSpec(name: "t", actions: [
            .start("ghost"), .join("ghost"), .submit(pool: "nopool", task: "x"), .result("x"),
            .map(pool: "nopool", group: "x"), .shutdown("nopool"), .compute(1),
        ])]
        #expect(Program(compiling: scenario).threads[0].ops == [.compute(1)])
    }

    @Test func theSimulatorRunsAProgramAsItRunsItsScenario() {
        let scenario = Self.scenario
        let fromScenario = Simulator.run(scenario)
        let fromProgram = Simulator.run(Program(compiling: scenario))
        #expect(fromScenario.transitions == fromProgram.transitions)
        #expect(fromScenario.events == fromProgram.events)
        #expect(Validator.validate(fromProgram, scenario: scenario).isEmpty)
    }
}
