import Testing
import ThreadModel
import TutorBasics
@testable import ThreadLive

/// Parsed scenarios run live: every run's Timeline passes ThreadModel's Validator, and the orderings the
/// lessons teach hold on real threads. Durations are a few ms so the suite stays quick.
@Suite(.serialized) struct ScenarioLiveTests {
    func scenario(_ yaml: String) throws -> Scenario {
        try ScenarioParser.parse(yaml, origin: SourceLocation(path: "test.yaml", line: 1, column: 1))
    }

    /// Runs to the end and checks the timeline with the simulator's own validator.
    func runLive(_ scenario: Scenario) throws -> (LiveRun, Timeline) { runToEnd(scenario) }

    func firstSeq(_ timeline: Timeline, _ thread: String, where matches: (Transition) -> Bool) throws -> Int {
        let id = try #require(timeline.thread(named: thread))
        let found = timeline.transitions(of: id).first(where: matches)
        return try #require(found).seq
    }

    @Test func everyActionOfTheLanguageRunsLiveAndValidates() throws {
        let (run, timeline) = try runLive(scenario("""
            cores: 2
            slice: 2ms
            counters: {count: 0}
            threads:
              - name: main
                run: [start helper, lock L, increment count, unlock L, set ready, clear ready, set ready, join helper,
                      submit pool fetch, result fetch, map pool report, shutdown pool]
              - name: helper
                start: manual
                run: [wait ready, compute 2ms, io 2ms, sleep 1ms, {repeat: 2, run: [lock L, increment count, unlock L]}]
              - name: late
                start: 2ms
                run: [compute 1ms]
            pools:
              - {name: pool, workers: 2}
            tasks:
              - {name: fetch, count: 3, run: [io 2ms]}
              - {name: report, count: 2, run: [compute 1ms]}
            """))
        #expect(run.outcome == .finished)
        #expect(timeline.endTime != nil)
        #expect(timeline.deadlock == nil)
        #expect(timeline.finalCounters["count"] == 3)
        #expect(timeline.threads.map(\.name) == ["main", "helper", "late", "pool-1", "pool-2"])
        #expect(timeline.threads.allSatisfy { $0.kernelTID != nil })
        let done = timeline.events.filter { if case .futureState(_, .done) = $0.kind { true } else { false } }
        #expect(done.count == 5)
        #expect(timeline.threads.allSatisfy { timeline.currentState(of: $0.id) == .terminated })
    }

    @Test func theGILLetsOneThreadRunAtATimeOnTwoCores() throws {
        let (_, timeline) = try runLive(scenario("""
            cores: 2
            gil: {switch-interval: 1ms}
            threads:
              - {name: A, run: [compute 6ms]}
              - {name: B, run: [compute 6ms]}
            """))
        let handOvers = timeline.transitions.filter { $0.reason.kind == "gil-handed-over" }
        #expect(!handOvers.isEmpty)
        #expect(timeline.events.contains { if case .gilAcquired = $0.kind { true } else { false } })
    }

    @Test func manyToOneBlocksEverySiblingDuringASystemCall() throws {
        let yaml = { (model: String) in """
            cores: 2
            model: \(model)
            threads:
              - {name: A, run: [io 20ms, compute 1ms]}
              - {name: B, start: 1ms, run: [compute 1ms]}
            """ }
        let (_, manyToOne) = try runLive(scenario(yaml("many-to-one")))
        let ioDone = try firstSeq(manyToOne, "A") { $0.reason == .ioDone }
        let siblingRuns = try firstSeq(manyToOne, "B") { $0.to == .running }
        #expect(ioDone < siblingRuns)
        #expect(manyToOne.events.contains { if case .kernelThreadAssigned = $0.kind { true } else { false } })

        let (_, oneToOne) = try runLive(scenario(yaml("one-to-one")))
        let ioDoneAlone = try firstSeq(oneToOne, "A") { $0.reason == .ioDone }
        let siblingRunsAlone = try firstSeq(oneToOne, "B") { $0.to == .running }
        #expect(siblingRunsAlone < ioDoneAlone)
    }

    @Test func manyToOneStillSlicesRoundRobin() throws {
        let (_, timeline) = try runLive(scenario("""
            cores: 2
            slice: 1ms
            model: many-to-one
            threads:
              - {name: A, run: [compute 4ms]}
              - {name: B, run: [compute 4ms]}
            """))
        #expect(timeline.transitions.contains { $0.reason == .sliceUsedUp })
        #expect(timeline.transitions.filter { $0.to == .running }.count > 2)
    }

    @Test func aLiveDeadlockIsReportedLikeTheSimulatorsAndTheTimelineStaysValid() throws {
        let (run, timeline) = try runLive(scenario("""
            cores: 2
            threads:
              - {name: A, run: [lock L1, set a, wait b, lock L2]}
              - {name: B, run: [lock L2, set b, wait a, lock L1]}
            """))
        #expect(run.outcome == .deadlocked)
        let deadlock = try #require(timeline.deadlock)
        let sentence = deadlock.sentence(in: .en) { timeline.threads[$0.rawValue].name }
        #expect(sentence == "deadlock — A: waiting for lock L2 held by B; B: waiting for lock L1 held by A")
    }

    /// Both engines report through ThreadModel's `DeadlockFinder`: for a cycle and for a wait nobody can end,
    /// the live report has the simulator's arrows (thread, waits-for, reason), all but the time.
    @Test(arguments: [
        // One core: C sets go and blocks on `never` before A or B can run again, so the cycle closes with
        // all three blocked in both engines (the live engine reports a cycle as soon as it closes).
        """
        cores: 1
        threads:
          - {name: A, run: [lock L1, wait go, lock L2]}
          - {name: B, run: [lock L2, wait go, lock L1]}
          - {name: C, run: [set go, wait never]}
        """,
        """
        threads:
          - {name: main, run: [compute 1ms, wait never]}
          - {name: other, run: [join main]}
        """,
    ])
    func theLiveDeadlockReportIsTheSimulatorsReport(_ yaml: String) throws {
        let scenario = try scenario(yaml)
        let simulated = try #require(Simulator.run(scenario).deadlock)
        let (run, timeline) = try runLive(scenario)
        #expect(run.outcome == .deadlocked)
        let live = try #require(timeline.deadlock)
        #expect(live.cycle == simulated.cycle)
        #expect(live.stuck == simulated.stuck)
    }

    @Test func drainingEachTickBuildsTheSameTimelineAsASnapshot() throws {
        let run = LiveRun(scenario: try scenario("""
            threads:
              - {name: A, run: [compute 2ms, io 3ms, compute 1ms]}
              - {name: B, run: [sleep 2ms, compute 1ms]}
            """))
        try #require(run.start())
        var inbox = run.makeTimeline()
        var drains = 0
        while !run.isFinished && drains < 100_000 {
            run.drain(into: &inbox)
            drains += 1
        }
        run.stop()
        run.drain(into: &inbox)
        let snapshot = run.timeline()
        #expect(inbox.transitions == snapshot.transitions)
        #expect(inbox.events == snapshot.events)
        #expect(inbox.endTime == snapshot.endTime && inbox.endTime != nil)
        #expect(Validator.validate(inbox, scenario: run.scenario).isEmpty)
    }

    @Test func aStoppedRunStaysOpenAndSaysSo() throws {
        let run = LiveRun(scenario: try scenario("threads:\n  - {name: sleeper, run: [sleep 30s]}"))
        try #require(run.start())
        run.stop()
        #expect(run.isFinished)
        #expect(run.outcome == .stopped)
        #expect(run.timeline().endTime == nil)
        #expect(run.kernelSamples().isEmpty)
    }

    @Test func theKernelWatcherSeesComputingAsRAndSleepingAsS() throws {
        try #require(KernelSampler.isAvailable)
        let run = LiveRun(scenario: try scenario("threads:\n  - {name: watched, run: [compute 30ms, sleep 30ms]}"))
        #expect(run.start(kernelWatchInterval: .milliseconds(1)))
        #expect(run.waitUntilFinished(timeout: .seconds(20)))
        run.stop()
        let letters = run.kernelObservations().compactMap(\.state)
        #expect(letters.contains("R"))
        #expect(letters.contains("S"))
        let timeline = run.timeline()
        let sleepStart = try #require(timeline.transitions.first { $0.reason == .sleeping }).time
        let firstR = try #require(run.kernelObservations().first { $0.state == "R" }).time
        #expect(firstR <= sleepStart)
        #expect(run.kernelObservation(of: ThreadID(0), at: -1) == nil)
        let table = StateTable.render(timeline, scenario: run.scenario, annotate: run.kernelLetter(of:at:))
        let sleepRow = try #require(table.split(separator: "\n").first { $0.contains("watched: sleeping") })
        #expect(sleepRow.contains("blocked / R"))
        let header = try #require(table.split(separator: "\n").first)
        for thread in timeline.threads { #expect(header.contains("\(thread.name) (tid \(try #require(thread.kernelTID)))")) }
    }

    @Test func sixtyFourThreadsAreRecordedWithoutALostTransition() throws {
        var scenario = Scenario()
        scenario.cores = 4
        scenario.threads = (0..<64).map { ThreadSpec(name: "many-\($0)", actions: [.io(2_000), .compute(100), .sleep(2_000)]) }
        let (run, timeline) = try runLive(scenario)
        #expect(run.outcome == .finished)
        #expect(timeline.threads.allSatisfy { timeline.transitions(of: $0.id).count >= 9 })
        #expect(timeline.transitions.map(\.seq) == timeline.transitions.map(\.seq).sorted())
    }

    @Test func aSpedUpRunStillReadsInScenarioTime() throws {
        let scenario = try scenario("threads:\n  - {name: A, run: [compute 10ms]}")
        let run = LiveRun(scenario: scenario, timeScale: 0.1)
        #expect(run.start())
        #expect(run.waitUntilFinished(timeout: .seconds(20)))
        let timeline = run.timeline()
        // 1 ms of real CPU time at least, which is 10 ms of scenario time.
        #expect(timeline.makespan >= 10_000)
        #expect(Validator.validate(timeline, scenario: scenario).isEmpty)
    }

    @Test func aScenarioWithOnlyAPoolEndsAtOnce() throws {
        var scenario = Scenario()
        scenario.pools = [PoolSpec(name: "pool", workers: 2)]
        let (run, timeline) = try runLive(scenario)
        #expect(run.outcome == .finished)
        // Nobody submits, so no worker is ever started; their OS threads exit when the pool closes.
        #expect(timeline.threads.allSatisfy { timeline.currentState(of: $0.id) == .created })
        let (empty, emptyTimeline) = try runLive(Scenario())
        #expect(empty.outcome == .finished && emptyTimeline.endTime == 0)
    }

    @Test func moreCoresThanTheMachineIsFlagged() throws {
        #expect(LiveRun(scenario: try scenario("cores: 8\nthreads:\n  - {name: A, run: [compute 1ms]}")).coresExceedMachine
            == (LiveRun.machineCores < 8))
        #expect(!LiveRun(scenario: try scenario("cores: 1\nthreads:\n  - {name: A, run: [compute 1ms]}")).coresExceedMachine)
    }
}
