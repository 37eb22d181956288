import Testing
@testable import ThreadLive
import ThreadModel

/// Real threads: these tests assert orderings and invariants that must hold on any run, never times.
/// Serialized so the live runs do not fight over the machine's cores and /proc counts stay exact.
@Suite(.serialized) struct LiveRunTests {
    /// A millisecond in the program's unit (µs).
    static let ms: Int64 = 1_000

    @Test func oneThreadWalksTheLifecycle() {
        var program = Program()
        program.threads = [Program.Thread(name: "tt-life", ops: [.compute(2 * Self.ms), .io(3 * Self.ms), .compute(1 * Self.ms)])]
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.problems() == [])
        #expect(run.states(of: 0) == [.created, .ready, .running, .blocked, .ready, .running, .terminated])
        #expect(run.transitions.map(\.reason) == [
            .started, .dispatched(core: 1), .waitingForIO, .ioDone, .dispatched(core: 1), .finished,
        ])
    }

    @Test func oneCoreRunsOneThreadAtATimeAndSlicesRoundRobin() {
        var program = Program()
        program.cores = 1
        program.slice = 2 * Self.ms
        program.threads = (1...3).map { Program.Thread(name: "tt-rr\($0)", ops: [.compute(8 * Self.ms)]) }
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.problems() == [])
        #expect(run.peak(.running, threads: 3) == 1)
        #expect(run.transitions.contains { $0.reason == .sliceUsedUp })
        #expect(run.peak(.ready, threads: 3) >= 2)
    }

    @Test func fifoNeverPreempts() {
        var program = Program()
        program.cores = 1
        program.policy = .fifo
        program.slice = 1 * Self.ms
        program.threads = (1...2).map { Program.Thread(name: "tt-fifo\($0)", ops: [.compute(5 * Self.ms)]) }
        let run = LiveTestRun(program)
        #expect(run.problems() == [])
        #expect(!run.transitions.contains { $0.reason == .sliceUsedUp })
        #expect(run.states(of: 0) == [.created, .ready, .running, .terminated])
    }

    @Test func aThreadBlockedOnALockRunsOnlyAfterTheHolderUnlocks() {
        var program = Program()
        program.cores = 2
        program.locks = ["L"]
        program.threads = [
            Program.Thread(name: "tt-holder", ops: [.lock(0), .start(ThreadID(1)), .compute(20 * Self.ms), .unlock(0)]),
            Program.Thread(name: "tt-waiter", start: .manual, ops: [.lock(0), .compute(1 * Self.ms), .unlock(0)]),
        ]
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.problems() == [])
        let released = run.events.first { $0.event == .lockReleased(lock: "L", thread: ThreadID(0)) }
        let woken = run.transitions.first { $0.thread == 1 && $0.reason == .gotLock(lock: "L") }
        let blocked = run.transitions.first { $0.thread == 1 && $0.reason == .waitingForLock(lock: "L", holder: "tt-holder") }
        #expect(blocked != nil)
        #expect(released != nil && woken != nil && released!.seq < woken!.seq)
        let waiterRunsAfterUnlock = run.transitions.filter { $0.thread == 1 && $0.to == .running }.last
        #expect(waiterRunsAfterUnlock != nil && waiterRunsAfterUnlock!.seq > released!.seq)
    }

    @Test func underTheGILOnlyOneThreadRunsAndTheGILIsHandedOver() {
        var program = Program()
        program.cores = 2
        program.gilSwitchInterval = 1 * Self.ms
        program.threads = (1...2).map { Program.Thread(name: "tt-gil\($0)", ops: [.compute(8 * Self.ms)]) }
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.problems() == [])
        #expect(run.peak(.running, threads: 2) == 1)
        #expect(run.transitions.contains { if case .gilHandedOver = $0.reason { true } else { false } })
        #expect(run.transitions.contains { if case .gotGIL = $0.reason { true } else { false } })
    }

    /// The waiter runs because the holder let the GIL go, by finishing or by blocking: "got the GIL from", as the
    /// simulator says, not "dispatched to core 1". Both threads are ready at once; the first in order takes the GIL.
    @Test func aThreadWaitingForTheGILGetsItFromAHolderThatFinishesOrBlocks() {
        var program = Program()
        program.cores = 2
        program.gilSwitchInterval = 2_000 * Self.ms
        program.threads = [
            Program.Thread(name: "tt-first", ops: [.compute(2 * Self.ms)]),
            Program.Thread(name: "tt-second", ops: [.compute(1 * Self.ms)]),
        ]
        let finished = LiveTestRun(program)
        #expect(finished.problems() == [])
        #expect(finished.transitions.filter { $0.thread == 1 && $0.to == .running }.map(\.reason) == [.gotGIL(from: "tt-first")])

        program.threads[0].ops = [.compute(2 * Self.ms), .io(5 * Self.ms)]
        let blocked = LiveTestRun(program)
        #expect(blocked.problems() == [])
        #expect(blocked.transitions.filter { $0.thread == 1 && $0.to == .running }.map(\.reason) == [.gotGIL(from: "tt-first")])
    }

    @Test func ioReleasesTheGILAtOnce() {
        var program = Program()
        program.cores = 2
        program.gilSwitchInterval = 2_000 * Self.ms
        program.threads = [
            Program.Thread(name: "tt-io", ops: [.io(5 * Self.ms)]),
            Program.Thread(name: "tt-cpu", ops: [.compute(3 * Self.ms)]),
        ]
        let run = LiveTestRun(program)
        #expect(run.problems() == [])
        let ioBlocks = run.transitions.first { $0.thread == 0 && $0.reason == .waitingForIO }
        let cpuRuns = run.transitions.first { $0.thread == 1 && $0.to == .running }
        #expect(ioBlocks != nil && cpuRuns != nil && ioBlocks!.seq < cpuRuns!.seq)
        #expect(!run.transitions.contains { if case .gilHandedOver = $0.reason { true } else { false } })
    }

    @Test func ioThreadsOverlapTheirWaitsEvenOnOneCore() {
        var program = Program()
        program.cores = 1
        program.threads = (1...4).map { Program.Thread(name: "tt-io\($0)", ops: [.io(30 * Self.ms)]) }
        let run = LiveTestRun(program)
        #expect(run.problems() == [])
        #expect(run.peak(.blocked, threads: 4) == 4)
    }

    @Test func joinWaitsForTheThreadToFinish() {
        var program = Program()
        program.cores = 2
        program.threads = [
            Program.Thread(name: "tt-main", ops: [.start(ThreadID(1)), .join(ThreadID(1))]),
            Program.Thread(name: "tt-child", start: .manual, ops: [.compute(3 * Self.ms)]),
        ]
        let run = LiveTestRun(program)
        #expect(run.problems() == [])
        let childEnds = run.transitions.first { $0.thread == 1 && $0.to == .terminated }
        let mainWakes = run.transitions.first { $0.thread == 0 && $0.reason == .threadFinished(thread: "tt-child") }
        #expect(childEnds != nil && mainWakes != nil && childEnds!.seq < mainWakes!.seq)
        #expect(run.states(of: 1).first == .created)
    }

    @Test func eventsWakeEveryWaiter() throws {
        var program = Program()
        program.cores = 2
        program.events = ["go"]
        program.threads = [
            Program.Thread(name: "tt-w1", ops: [.wait(0)]),
            Program.Thread(name: "tt-w2", ops: [.wait(0)]),
            Program.Thread(name: "tt-setter", start: .after(3 * Self.ms), ops: [.set(0)]),
        ]
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.problems() == [])
        let set = try #require(run.events.first { $0.event == .eventSet(event: "go", thread: ThreadID(2)) })
        #expect(run.transitions.filter { $0.reason == .eventSet(event: "go") }.allSatisfy { $0.seq > set.seq })
        #expect(run.states(of: 0).last == .terminated && run.states(of: 1).last == .terminated)
    }

    @Test func unsynchronisedIncrementsLoseUpdatesAndLockedOnesDoNot() {
        func program(locked: Bool) -> Program {
            var program = Program()
            program.cores = 1
            program.slice = 1 * Self.ms
            program.incrementCost = 1 * Self.ms
            program.counters = ["count"]
            program.counterInitialValues = [0]
            program.locks = ["L"]
            let step: [Program.Op] = locked ? [.lock(0), .increment(0), .unlock(0)] : [.increment(0)]
            program.threads = (1...2).map { Program.Thread(name: "tt-inc\($0)", ops: Array(repeating: step, count: 5).flatMap { $0 }) }
            return program
        }
        func finalValue(_ run: LiveTestRun) -> Int? {
            run.events.compactMap { if case .counterWritten(_, _, let value) = $0.event { value } else { nil } }.last
        }
        let racy = LiveTestRun(program(locked: false))
        let safe = LiveTestRun(program(locked: true))
        #expect(racy.problems() == [] && safe.problems() == [])
        #expect(finalValue(racy)! < 10)
        #expect(finalValue(safe) == 10)
    }

    @Test func aPoolNeverRunsMoreTasksThanWorkers() {
        var program = Program()
        program.cores = 4
        program.pools = [Program.Pool(name: "pool", workers: [1, 2, 3].map(ThreadID.init))]
        program.taskNames = (1...8).map { "fetch\($0)" }
        program.taskActions = Array(repeating: [.io(4 * Self.ms)], count: 8)
        program.threads = [Program.Thread(name: "tt-main", ops: (0..<8).map { .submit(pool: 0, task: $0) } + [.result(task: 7), .shutdown(pool: 0)])]
            + (1...3).map { Program.Thread(name: "tt-pool-\($0)", pool: 0) }
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.problems() == [])
        var running = 0, peak = 0, done = 0
        for (_, event) in run.events {
            if case .futureState(_, .running) = event { running += 1; peak = max(peak, running) }
            if case .futureState(_, .done) = event { running -= 1; done += 1 }
        }
        #expect(peak == 3)
        #expect(done == 8)
        let resultReady = run.transitions.first { $0.thread == 0 && $0.reason == .resultReady(task: "fetch8") }
        let lastDone = run.events.first { $0.event == .futureState(task: "fetch8", state: .done) }
        #expect(resultReady == nil || (lastDone != nil && lastDone!.seq < resultReady!.seq))
        #expect((1...3).allSatisfy { run.states(of: $0).last == .terminated })
        #expect(run.states(of: 0).last == .terminated)
    }

    @Test func workersEndWhenOnlyIdleWorkersRemain() {
        var program = Program()
        program.pools = [Program.Pool(name: "pool", workers: [1].map(ThreadID.init))]
        program.taskNames = ["job"]
        program.taskActions = [[.compute(1 * Self.ms)]]
        program.threads = [Program.Thread(name: "tt-main", ops: [.submit(pool: 0, task: 0)]), Program.Thread(name: "tt-pool-1", pool: 0)]
        let run = LiveTestRun(program)
        #expect(run.finished)
        #expect(run.engine.scheduler.deadlock == nil)
        #expect(run.states(of: 1).last == .terminated)
    }
}
