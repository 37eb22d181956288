import Testing
@testable import ThreadLive

/// Real threads: these tests assert orderings and invariants that must hold on any run, never times.
/// Serialized so the live runs do not fight over the machine's cores and /proc counts stay exact.
@Suite(.serialized) struct LiveRunTests {
    static let ms: Int64 = 1_000_000

    @Test func oneThreadWalksTheLifecycle() {
        var plan = LivePlan()
        plan.threads = [LiveThreadPlan(name: "tt-life", actions: [.compute(2 * Self.ms), .io(3 * Self.ms), .compute(1 * Self.ms)])]
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.problems() == [])
        #expect(run.states(of: 0) == [.created, .ready, .running, .blocked, .ready, .running, .terminated])
        #expect(run.transitions.map(\.reason) == [
            .started, .dispatched(core: 1), .waitingForIO, .ioDone, .dispatched(core: 1), .finished,
        ])
    }

    @Test func oneCoreRunsOneThreadAtATimeAndSlicesRoundRobin() {
        var plan = LivePlan()
        plan.cores = 1
        plan.sliceNanoseconds = 2 * Self.ms
        plan.threads = (1...3).map { LiveThreadPlan(name: "tt-rr\($0)", actions: [.compute(8 * Self.ms)]) }
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.problems() == [])
        #expect(run.peak(.running, threads: 3) == 1)
        #expect(run.transitions.contains { $0.reason == .sliceUsedUp })
        #expect(run.peak(.ready, threads: 3) >= 2)
    }

    @Test func fifoNeverPreempts() {
        var plan = LivePlan()
        plan.cores = 1
        plan.policy = .fifo
        plan.sliceNanoseconds = 1 * Self.ms
        plan.threads = (1...2).map { LiveThreadPlan(name: "tt-fifo\($0)", actions: [.compute(5 * Self.ms)]) }
        let run = LiveTestRun(plan)
        #expect(run.problems() == [])
        #expect(!run.transitions.contains { $0.reason == .sliceUsedUp })
        #expect(run.states(of: 0) == [.created, .ready, .running, .terminated])
    }

    @Test func aThreadBlockedOnALockRunsOnlyAfterTheHolderUnlocks() {
        var plan = LivePlan()
        plan.cores = 2
        plan.lockNames = ["L"]
        plan.threads = [
            LiveThreadPlan(name: "tt-holder", actions: [.lock(0), .start(1), .compute(20 * Self.ms), .unlock(0)]),
            LiveThreadPlan(name: "tt-waiter", start: .manual, actions: [.lock(0), .compute(1 * Self.ms), .unlock(0)]),
        ]
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.problems() == [])
        let released = run.events.first { $0.event == .lockReleased(lock: 0, thread: 0) }
        let woken = run.transitions.first { $0.thread == 1 && $0.reason == .gotLock(lock: 0) }
        let blocked = run.transitions.first { $0.thread == 1 && $0.reason == .waitingForLock(lock: 0, holder: 0) }
        #expect(blocked != nil)
        #expect(released != nil && woken != nil && released!.seq < woken!.seq)
        let waiterRunsAfterUnlock = run.transitions.filter { $0.thread == 1 && $0.to == .running }.last
        #expect(waiterRunsAfterUnlock != nil && waiterRunsAfterUnlock!.seq > released!.seq)
    }

    @Test func underTheGILOnlyOneThreadRunsAndTheGILIsHandedOver() {
        var plan = LivePlan()
        plan.cores = 2
        plan.gilSwitchIntervalNanoseconds = 1 * Self.ms
        plan.threads = (1...2).map { LiveThreadPlan(name: "tt-gil\($0)", actions: [.compute(8 * Self.ms)]) }
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.problems() == [])
        #expect(run.peak(.running, threads: 2) == 1)
        #expect(run.transitions.contains { if case .gilHandedOver = $0.reason { true } else { false } })
        #expect(run.transitions.contains { if case .gotGIL = $0.reason { true } else { false } })
    }

    @Test func ioReleasesTheGILAtOnce() {
        var plan = LivePlan()
        plan.cores = 2
        plan.gilSwitchIntervalNanoseconds = 2_000 * Self.ms
        plan.threads = [
            LiveThreadPlan(name: "tt-io", actions: [.io(5 * Self.ms)]),
            LiveThreadPlan(name: "tt-cpu", actions: [.compute(3 * Self.ms)]),
        ]
        let run = LiveTestRun(plan)
        #expect(run.problems() == [])
        let ioBlocks = run.transitions.first { $0.thread == 0 && $0.reason == .waitingForIO }
        let cpuRuns = run.transitions.first { $0.thread == 1 && $0.to == .running }
        #expect(ioBlocks != nil && cpuRuns != nil && ioBlocks!.seq < cpuRuns!.seq)
        #expect(!run.transitions.contains { if case .gilHandedOver = $0.reason { true } else { false } })
    }

    @Test func ioThreadsOverlapTheirWaitsEvenOnOneCore() {
        var plan = LivePlan()
        plan.cores = 1
        plan.threads = (1...4).map { LiveThreadPlan(name: "tt-io\($0)", actions: [.io(30 * Self.ms)]) }
        let run = LiveTestRun(plan)
        #expect(run.problems() == [])
        #expect(run.peak(.blocked, threads: 4) == 4)
    }

    @Test func joinWaitsForTheThreadToFinish() {
        var plan = LivePlan()
        plan.cores = 2
        plan.threads = [
            LiveThreadPlan(name: "tt-main", actions: [.start(1), .join(1)]),
            LiveThreadPlan(name: "tt-child", start: .manual, actions: [.compute(3 * Self.ms)]),
        ]
        let run = LiveTestRun(plan)
        #expect(run.problems() == [])
        let childEnds = run.transitions.first { $0.thread == 1 && $0.to == .terminated }
        let mainWakes = run.transitions.first { $0.thread == 0 && $0.reason == .threadFinished(thread: 1) }
        #expect(childEnds != nil && mainWakes != nil && childEnds!.seq < mainWakes!.seq)
        #expect(run.states(of: 1).first == .created)
    }

    @Test func eventsWakeEveryWaiter() throws {
        var plan = LivePlan()
        plan.cores = 2
        plan.eventNames = ["go"]
        plan.threads = [
            LiveThreadPlan(name: "tt-w1", actions: [.wait(0)]),
            LiveThreadPlan(name: "tt-w2", actions: [.wait(0)]),
            LiveThreadPlan(name: "tt-setter", start: .after(3 * Self.ms), actions: [.set(0)]),
        ]
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.problems() == [])
        let set = try #require(run.events.first { $0.event == .eventSet(event: 0, thread: 2) })
        #expect(run.transitions.filter { $0.reason == .eventSet(event: 0) }.allSatisfy { $0.seq > set.seq })
        #expect(run.states(of: 0).last == .terminated && run.states(of: 1).last == .terminated)
    }

    @Test func unsynchronisedIncrementsLoseUpdatesAndLockedOnesDoNot() {
        func plan(locked: Bool) -> LivePlan {
            var plan = LivePlan()
            plan.cores = 1
            plan.sliceNanoseconds = 1 * Self.ms
            plan.incrementCostNanoseconds = 1 * Self.ms
            plan.counterNames = ["count"]
            plan.counterInitialValues = [0]
            plan.lockNames = ["L"]
            let step: [LiveAction] = locked ? [.lock(0), .increment(0), .unlock(0)] : [.increment(0)]
            plan.threads = (1...2).map { LiveThreadPlan(name: "tt-inc\($0)", actions: Array(repeating: step, count: 5).flatMap { $0 }) }
            return plan
        }
        func finalValue(_ run: LiveTestRun) -> Int? {
            run.events.compactMap { if case .counterWritten(_, _, let value) = $0.event { value } else { nil } }.last
        }
        let racy = LiveTestRun(plan(locked: false))
        let safe = LiveTestRun(plan(locked: true))
        #expect(racy.problems() == [] && safe.problems() == [])
        #expect(finalValue(racy)! < 10)
        #expect(finalValue(safe) == 10)
    }

    @Test func aPoolNeverRunsMoreTasksThanWorkers() {
        var plan = LivePlan()
        plan.cores = 4
        plan.poolNames = ["pool"]
        plan.poolWorkers = [[1, 2, 3]]
        plan.taskNames = (1...8).map { "fetch\($0)" }
        plan.taskActions = Array(repeating: [.io(4 * Self.ms)], count: 8)
        plan.threads = [LiveThreadPlan(name: "tt-main", actions: (0..<8).map { .submit(pool: 0, task: $0) } + [.result(7), .shutdown(0)])]
            + (1...3).map { LiveThreadPlan(name: "tt-pool-\($0)", pool: 0) }
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.problems() == [])
        var running = 0, peak = 0, done = 0
        for (_, event) in run.events {
            if case .futureRunning = event { running += 1; peak = max(peak, running) }
            if case .futureDone = event { running -= 1; done += 1 }
        }
        #expect(peak == 3)
        #expect(done == 8)
        let resultReady = run.transitions.first { $0.thread == 0 && $0.reason == .resultReady(task: 7) }
        let lastDone = run.events.first { $0.event == .futureDone(task: 7) }
        #expect(resultReady == nil || (lastDone != nil && lastDone!.seq < resultReady!.seq))
        #expect((1...3).allSatisfy { run.states(of: $0).last == .terminated })
        #expect(run.states(of: 0).last == .terminated)
    }

    @Test func workersEndWhenOnlyIdleWorkersRemain() {
        var plan = LivePlan()
        plan.poolNames = ["pool"]
        plan.poolWorkers = [[1]]
        plan.taskNames = ["job"]
        plan.taskActions = [[.compute(1 * Self.ms)]]
        plan.threads = [LiveThreadPlan(name: "tt-main", actions: [.submit(pool: 0, task: 0)]), LiveThreadPlan(name: "tt-pool-1", pool: 0)]
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.engine.scheduler.deadlock == nil)
        #expect(run.states(of: 1).last == .terminated)
    }
}
