import Testing
@testable import ThreadModel

/// Scheduling details that follow real systems: a many-to-one caller resumes on the kernel thread it never left.
@Suite struct SchedulingFidelityTests {
    @Test func aManyToOneCallerGoesOnAtOnceWhenItsSystemCallReturns() throws {
        let (timeline, _) = try simulate("model: many-to-one\n" + ClassicResultTests.models)
        let c = timeline.transitions(of: timeline.id("C"))
        let done = try #require(c.firstIndex { $0.reason == .ioDone })
        #expect(c[done].time == 55 * ms)
        #expect(c[done + 1].reason == .dispatched(core: 1))
        #expect(c[done + 1].time == 55 * ms)
        #expect(timeline.lastTime("C", to: .terminated) == 60 * ms)
        #expect(timeline.makespan == 120 * ms)
    }

    @Test func aManyToManyCallerKeepsItsKernelThroughTheCallAndResumesOnIt() throws {
        let (timeline, _) = try simulate("model: many-to-many:2\n" + ClassicResultTests.models)
        #expect(timeline.lastTime("C", to: .terminated) == 50 * ms)
        #expect(timeline.makespan == 60 * ms)
    }
}

/// Pools start workers as CPython 3.8+ does: at `submit`, only when none is idle and fewer than the maximum exist.
@Suite struct OnDemandWorkerTests {
    static func pool(_ main: String, workers: Int = 2) -> String {
        """
        cores: 2
        pools:
          - {name: pool, workers: \(workers)}
        tasks:
          - {name: job, count: 8, run: [io 10ms]}
        threads:
          - {name: main, run: [\(main)]}
        """
    }

    func started(_ timeline: Timeline) -> [String] {
        timeline.threads.filter { $0.kind == .poolWorker && timeline.transitions(of: $0.id).contains { $0.reason == .started } }
            .map(\.name)
    }

    @Test func oneTaskStartsOneWorker() throws {
        let (timeline, _) = try simulate(Self.pool("submit pool job1, result job1"))
        #expect(started(timeline) == ["pool-1"])
        #expect(timeline.currentState(of: timeline.id("pool-2")) == .created)
    }

    @Test func anIdleWorkerIsReusedRatherThanANewOneStarted() throws {
        let (timeline, _) = try simulate(Self.pool("submit pool job1, result job1, submit pool job2, result job2"))
        #expect(started(timeline) == ["pool-1"])
    }

    @Test func manyTasksAtOnceStartEveryWorkerUpToTheMaximum() throws {
        let (timeline, _) = try simulate(Self.pool("map pool job", workers: 3))
        #expect(started(timeline) == ["pool-1", "pool-2", "pool-3"])
        #expect(timeline.makespan == 30 * ms)
    }
}

/// `wakeup-preemption: true`: a thread back from I/O or sleep takes a core at once, for FIFO and round robin.
@Suite struct WakeupPreemptionTests {
    static func scenario(_ header: String) -> String {
        header + "\ncores: 1\nthreads:\n  - {name: B, run: [io 10ms, compute 5ms]}\n  - {name: A, run: [compute 50ms]}"
    }

    @Test func fifoLetsTheWokenThreadWaitByDefaultAndRunAtOnceWithTheOption() throws {
        let (plain, _) = try simulate(Self.scenario("policy: fifo"))
        #expect(plain.trace("B") == ["blocked 0-10", "ready 10-50", "running 50-55"])
        let (eager, _) = try simulate(Self.scenario("policy: fifo\nwakeup-preemption: true"))
        #expect(eager.trace("B") == ["blocked 0-10", "running 10-15"])
        #expect(eager.trace("A") == ["running 0-10", "ready 10-15", "running 15-55"])
        let preempted = eager.transitions(of: eager.id("A")).first { $0.from == .running && $0.to == .ready }
        #expect(preempted?.reason == .preemptedByWakeup(thread: "B"))
        #expect(preempted?.reason.sentence(in: .en) == "B woke up and took the core")
    }

    @Test func roundRobinWaitsForTheSliceByDefault() throws {
        let (plain, _) = try simulate(Self.scenario("slice: 30ms"))
        #expect(plain.trace("B") == ["blocked 0-10", "ready 10-30", "running 30-35"])
        let (eager, _) = try simulate(Self.scenario("slice: 30ms\nwakeup-preemption: true"))
        #expect(eager.trace("B") == ["blocked 0-10", "running 10-15"])
    }

    @Test func theGILIgnoresTheOption() throws {
        let (withGIL, _) = try simulate(Self.scenario("gil: true\npolicy: fifo\nwakeup-preemption: true"))
        let (withoutOption, _) = try simulate(Self.scenario("gil: true\npolicy: fifo"))
        #expect(withGIL.trace("B") == withoutOption.trace("B"))
    }
}
