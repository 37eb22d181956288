import Testing
@testable import ThreadLive
import ThreadModel

/// Deadlocks found from the engine's own wait-for graph, and stops that leave no thread behind.
/// Serialized: they count this process's threads in /proc.
@Suite(.serialized) struct LiveDeadlockAndStopTests {
    /// A millisecond in the program's unit (µs).
    static let ms: Int64 = 1_000

    func demoThreads(prefix: String) -> Int {
        KernelSampler.threadNames().values.filter { $0.hasPrefix(prefix) }.count
    }

    @Test func twoLocksInOppositeOrderDeadlockAndTheCycleIsReported() throws {
        var program = Program()
        program.cores = 2
        program.locks = ["L1", "L2"]
        program.events = ["A has L1", "B has L2"]
        program.threads = [
            Program.Thread(name: "ttdl-A", ops: [.lock(0), .set(0), .wait(1), .lock(1), .unlock(1), .unlock(0)]),
            Program.Thread(name: "ttdl-B", ops: [.lock(1), .set(1), .wait(0), .lock(0), .unlock(0), .unlock(1)]),
        ]
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.problems() == [])
        let deadlock = try #require(run.engine.scheduler.deadlock)
        #expect(deadlock.cycle.count == 2)
        #expect(Set(deadlock.cycle.map(\.thread.rawValue)) == [0, 1])
        for edge in deadlock.cycle {
            #expect(edge.waitsFor?.rawValue == 1 - edge.thread.rawValue)
            guard case .waitingForLock = edge.reason else { Issue.record("not a lock wait: \(edge)"); continue }
        }
        #expect(demoThreads(prefix: "ttdl-") == 0)
    }

    @Test func anEventNobodySetsIsReportedAsStuckWithoutACycle() throws {
        var program = Program()
        program.events = ["never"]
        program.threads = [Program.Thread(name: "ttstuck", ops: [.compute(1 * Self.ms), .wait(0)])]
        let run = LiveTestRun(program)
        let deadlock = try #require(run.engine.scheduler.deadlock)
        #expect(deadlock.cycle.isEmpty)
        #expect(deadlock.stuck.map(\.thread.rawValue) == [0])
        #expect(run.problems() == [])
    }

    @Test func aTaskWaitingForAQueuedTaskInAOneWorkerPoolIsStuck() throws {
        var program = Program()
        program.pools = [Program.Pool(name: "pool", workers: [1].map(ThreadID.init))]
        program.taskNames = ["outer", "inner"]
        program.taskActions = [[.submit(pool: 0, task: 1), .result(task: 1)], [.compute(1 * Self.ms)]]
        program.threads = [
            Program.Thread(name: "ttpool-main", ops: [.submit(pool: 0, task: 0), .result(task: 0)]),
            Program.Thread(name: "ttpool-1", pool: 0),
        ]
        let run = LiveTestRun(program)
        let deadlock = try #require(run.engine.scheduler.deadlock)
        #expect(Set(deadlock.stuck.map(\.thread.rawValue)) == [0, 1])
        #expect(run.problems() == [])
    }

    @Test func aResultQueuedBehindABusyWorkerIsNoDeadlock() {
        var program = Program()
        program.cores = 2
        program.pools = [Program.Pool(name: "pool", workers: [1, 2].map(ThreadID.init))]
        program.events = ["E", "F"]
        program.taskNames = ["outer", "busy", "inner"]
        program.taskActions = [
            [.wait(0), .submit(pool: 0, task: 2), .set(1), .result(task: 2)],
            [.set(0), .wait(1)],
            [.compute(1 * Self.ms)],
        ]
        program.threads = [
            Program.Thread(name: "ttq-main", ops: [.submit(pool: 0, task: 0), .submit(pool: 0, task: 1), .result(task: 0), .shutdown(pool: 0)]),
            Program.Thread(name: "ttq-pool-1", pool: 0),
            Program.Thread(name: "ttq-pool-2", pool: 0),
        ]
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.engine.scheduler.deadlock == nil)
        #expect(run.events.filter { if case .futureState(_, .done) = $0.event { true } else { false } }.count == 3)
        #expect(run.problems() == [])
    }

    @Test func stopEndsEveryThreadEvenMidComputeMidSleepAndMidLockWait() {
        var program = Program()
        program.cores = 2
        program.locks = ["L"]
        program.threads = [
            Program.Thread(name: "ttstop-cpu", ops: [.lock(0), .compute(60_000 * Self.ms)]),
            Program.Thread(name: "ttstop-sleep", ops: [.sleep(60_000 * Self.ms)]),
            Program.Thread(name: "ttstop-lock", start: .after(2 * Self.ms), ops: [.lock(0)]),
            Program.Thread(name: "ttstop-never", start: .manual),
        ]
        let engine = LiveEngine(program: program)
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
        var program = Program()
        program.threads = [Program.Thread(name: "ttsample", ops: [.sleep(60_000 * Self.ms)])]
        let engine = LiveEngine(program: program)
        engine.start()
        defer { engine.stop() }
        let tid = try #require(engine.kernelTIDs.first)
        let sample = try #require(KernelSampler.sample(kernelTID: tid))
        #expect(["R", "S"].contains(sample.state))
        #expect(KernelSampler.threadNames()[tid] == "ttsample")
    }
}
