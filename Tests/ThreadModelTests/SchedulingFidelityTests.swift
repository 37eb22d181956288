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
