import Testing
@testable import ThreadLive

/// Deadlocks found from the engine's own wait-for graph, and stops that leave no thread behind.
/// Serialized: they count this process's threads in /proc.
@Suite(.serialized) struct LiveDeadlockAndStopTests {
    static let ms: Int64 = 1_000_000

    func demoThreads(prefix: String) -> Int {
        KernelSampler.threadNames().values.filter { $0.hasPrefix(prefix) }.count
    }

    @Test func twoLocksInOppositeOrderDeadlockAndTheCycleIsReported() throws {
        var plan = LivePlan()
        plan.cores = 2
        plan.lockNames = ["L1", "L2"]
        plan.eventNames = ["A has L1", "B has L2"]
        plan.threads = [
            LiveThreadPlan(name: "ttdl-A", actions: [.lock(0), .set(0), .wait(1), .lock(1), .unlock(1), .unlock(0)]),
            LiveThreadPlan(name: "ttdl-B", actions: [.lock(1), .set(1), .wait(0), .lock(0), .unlock(0), .unlock(1)]),
        ]
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.problems() == [])
        let deadlock = try #require(run.engine.scheduler.deadlock)
        #expect(deadlock.cycle.count == 2)
        #expect(Set(deadlock.cycle.map(\.thread)) == [0, 1])
        for edge in deadlock.cycle {
            #expect(edge.waitsFor == 1 - edge.thread)
            guard case .waitingForLock = edge.reason else { Issue.record("not a lock wait: \(edge)"); continue }
        }
        #expect(demoThreads(prefix: "ttdl-") == 0)
    }

    @Test func anEventNobodySetsIsReportedAsStuckWithoutACycle() throws {
        var plan = LivePlan()
        plan.eventNames = ["never"]
        plan.threads = [LiveThreadPlan(name: "ttstuck", actions: [.compute(1 * Self.ms), .wait(0)])]
        let run = LiveTestRun(plan)
        let deadlock = try #require(run.engine.scheduler.deadlock)
        #expect(deadlock.cycle.isEmpty)
        #expect(deadlock.stuck.map(\.thread) == [0])
        #expect(run.problems() == [])
    }

    @Test func aTaskWaitingForAQueuedTaskInAOneWorkerPoolIsStuck() throws {
        var plan = LivePlan()
        plan.poolNames = ["pool"]
        plan.poolWorkers = [[1]]
        plan.taskNames = ["outer", "inner"]
        plan.taskActions = [[.submit(pool: 0, task: 1), .result(1)], [.compute(1 * Self.ms)]]
        plan.threads = [
            LiveThreadPlan(name: "ttpool-main", actions: [.submit(pool: 0, task: 0), .result(0)]),
            LiveThreadPlan(name: "ttpool-1", pool: 0),
        ]
        let run = LiveTestRun(plan)
        let deadlock = try #require(run.engine.scheduler.deadlock)
        #expect(Set(deadlock.stuck.map(\.thread)) == [0, 1])
        #expect(run.problems() == [])
    }

    @Test func aResultQueuedBehindABusyWorkerIsNoDeadlock() {
        var plan = LivePlan()
        plan.cores = 2
        plan.poolNames = ["pool"]
        plan.poolWorkers = [[1, 2]]
        plan.eventNames = ["E", "F"]
        plan.taskNames = ["outer", "busy", "inner"]
        plan.taskActions = [
            [.wait(0), .submit(pool: 0, task: 2), .set(1), .result(2)],
            [.set(0), .wait(1)],
            [.compute(1 * Self.ms)],
        ]
        plan.threads = [
            LiveThreadPlan(name: "ttq-main", actions: [.submit(pool: 0, task: 0), .submit(pool: 0, task: 1), .result(0), .shutdown(0)]),
            LiveThreadPlan(name: "ttq-pool-1", pool: 0),
            LiveThreadPlan(name: "ttq-pool-2", pool: 0),
        ]
        let run = LiveTestRun(plan)
        #expect(run.finished)
        #expect(run.engine.scheduler.deadlock == nil)
        #expect(run.events.filter { if case .futureDone = $0.event { true } else { false } }.count == 3)
        #expect(run.problems() == [])
    }

    @Test func stopEndsEveryThreadEvenMidComputeMidSleepAndMidLockWait() {
        var plan = LivePlan()
        plan.cores = 2
        plan.lockNames = ["L"]
        plan.threads = [
            LiveThreadPlan(name: "ttstop-cpu", actions: [.lock(0), .compute(60_000 * Self.ms)]),
            LiveThreadPlan(name: "ttstop-sleep", actions: [.sleep(60_000 * Self.ms)]),
            LiveThreadPlan(name: "ttstop-lock", start: .after(2 * Self.ms), actions: [.lock(0)]),
            LiveThreadPlan(name: "ttstop-never", start: .manual),
        ]
        let engine = LiveEngine(plan: plan)
        engine.start()
        #expect(engine.kernelTIDs.allSatisfy { $0 > 0 })
        #expect(Set(engine.kernelTIDs).count == 4)
        #expect(demoThreads(prefix: "ttstop-") == 4)
        #expect(!engine.isFinished)
        engine.stop()
        #expect(engine.isFinished)
        #expect(demoThreads(prefix: "ttstop-") == 0)
    }

    @Test func kernelSamplesCoverEveryLiveThread() throws {
        try #require(KernelSampler.isAvailable)
        var plan = LivePlan()
        plan.threads = [LiveThreadPlan(name: "ttsample", actions: [.sleep(60_000 * Self.ms)])]
        let engine = LiveEngine(plan: plan)
        engine.start()
        defer { engine.stop() }
        let tid = try #require(engine.kernelTIDs.first)
        let sample = try #require(KernelSampler.sample(kernelTID: tid))
        #expect(["R", "S"].contains(sample.state))
        #expect(KernelSampler.threadNames()[tid] == "ttsample")
    }
}
