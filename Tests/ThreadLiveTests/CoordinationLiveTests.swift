import Testing
import ThreadModel
import TutorBasics
@testable import ThreadLive

/// The coordination primitives on real threads: every run validates, orders and reasons match the simulator's,
/// and stalls are reported with who waits for what. Orders only, never times.
@Suite(.serialized) struct CoordinationLiveTests {
    func runLive(_ yaml: String) throws -> (LiveRun, Timeline) {
        runToEnd(try ScenarioParser.parse(yaml, origin: SourceLocation(path: "test.yaml", line: 1, column: 1)))
    }

    func reasons(_ timeline: Timeline, _ name: String) -> [Reason] {
        guard let id = timeline.thread(named: name) else { return [] }
        return timeline.transitions(of: id).map(\.reason)
    }

    @Test func aSemaphoreOfOneMakesTheSecondThreadWaitForTheRelease() throws {
        let (run, timeline) = try runLive("""
            cores: 2
            semaphores: {S: 1}
            threads:
              - {name: A, run: [acquire S, set held, sleep 50ms, release S]}
              - {name: B, run: [wait held, acquire S, release S]}
            """)
        #expect(run.outcome == .finished)
        #expect(reasons(timeline, "B").contains(.waitingForSemaphore(semaphore: "S")))
        #expect(reasons(timeline, "B").contains(.gotSemaphore(semaphore: "S")))
        let values = timeline.events.compactMap { event -> Int? in
            if case .semaphoreAcquired(_, _, let value) = event.kind { value } else { nil }
        }
        #expect(values == [0, 0])
    }

    @Test func aBoundedSemaphoreOverReleasedEndsTheThreadWithValueError() throws {
        let (run, timeline) = try runLive("bounded-semaphores: {B: 1}\nthreads:\n  - {name: A, run: [release B, compute 1ms]}")
        #expect(run.outcome == .finished)
        #expect(reasons(timeline, "A").last == .uncaughtError(error: "ValueError"))
    }

    @Test func aConditionWaitShowsBothWaitsAndTakesTheLockBack() throws {
        let (run, timeline) = try runLive("""
            cores: 2
            conditions: {ready: L}
            threads:
              - {name: consumer, run: [lock L, set waiting, wait ready, unlock L]}
              - {name: producer, run: [wait waiting, sleep 30ms, lock L, notify ready, compute 20ms, unlock L]}
            """)
        #expect(run.outcome == .finished)
        let kinds = reasons(timeline, "consumer").map(\.kind).filter { $0 != "dispatched" }
        #expect(kinds == ["started", "waiting-for-condition", "notified", "waiting-for-lock", "got-lock", "finished"])
        // The lock was free while the consumer waited on the condition: the producer never waited for it.
        #expect(!reasons(timeline, "producer").map(\.kind).contains("waiting-for-lock"))
    }

    @Test func aConditionWaitAndALockAcquireAndAnEventWaitTimeOut() throws {
        let (run, timeline) = try runLive("""
            cores: 2
            conditions: {C: M}
            threads:
              - {name: holder, run: [lock L, set H, sleep 100ms, unlock L]}
              - {name: waiter, run: [wait H, lock L 2ms, wait E 2ms, lock M, wait C 2ms, unlock M]}
            """)
        #expect(run.outcome == .finished)
        let kinds = reasons(timeline, "waiter").map(\.kind)
        #expect(kinds.contains("lock-timed-out"))
        #expect(kinds.contains("event-timed-out"))
        #expect(kinds.contains("condition-timed-out"))
        #expect(timeline.events.contains { $0.kind == .lockWaitTimedOut(lock: "L", thread: timeline.thread(named: "waiter")!) })
    }

    @Test func aBoundedQueueKeepsItsOrderAndJoinWaitsForTaskDone() throws {
        let (run, timeline) = try runLive("""
            cores: 2
            queues: {q: 1}
            threads:
              - {name: producer, run: [put q a, set full, put q b, put q c]}
              - {name: consumer, run: [wait full, sleep 50ms, {repeat: 3, run: [get q, task-done q]}]}
              - {name: main, run: [wait full, join q]}
            """)
        #expect(run.outcome == .finished)
        let got = timeline.events.compactMap { event -> String? in
            if case .queueGot(_, let item, _) = event.kind { item } else { nil }
        }
        #expect(got == ["a", "b", "c"])
        #expect(reasons(timeline, "producer").contains(.waitingForRoom(queue: "q")))
        #expect(reasons(timeline, "main").contains(.queueDone(queue: "q")))
    }

    @Test func aBarrierReleasesEveryoneAndATimeoutBreaksIt() throws {
        let (passed, passedTimeline) = try runLive("""
            cores: 3
            barriers: {B: 3}
            threads:
              - {name: A, run: [wait B]}
              - {name: C, run: [sleep 1ms, wait B]}
              - {name: D, run: [sleep 2ms, wait B]}
            """)
        #expect(passed.outcome == .finished)
        #expect(passedTimeline.events.filter { $0.kind == .barrierReleased(barrier: "B") }.count == 1)
        let (broken, brokenTimeline) = try runLive("""
            cores: 2
            barriers: {B: 3}
            threads:
              - {name: A, run: [wait B 3ms]}
              - {name: C, run: [wait B]}
            """)
        #expect(broken.outcome == .finished)
        for name in ["A", "C"] {
            #expect(reasons(brokenTimeline, name).last == .uncaughtError(error: "BrokenBarrierError"), "\(name)")
        }
    }

    @Test func aConsumerOnAnEmptyQueueWhoseProducerIsDoneIsReportedStuck() throws {
        let (run, timeline) = try runLive("""
            cores: 2
            queues: {q: 0}
            threads:
              - {name: producer, run: [put q a]}
              - {name: consumer, run: [get q, get q]}
            """)
        #expect(run.outcome == .deadlocked)
        let report = try #require(timeline.deadlock)
        #expect(report.cycle.isEmpty)
        #expect(report.stuck == [WaitEdge(thread: timeline.thread(named: "consumer")!, waitsFor: nil, reason: .waitingForItem(queue: "q"))])
    }

    @Test func aLostWakeUpIsReportedStuckLikeTheSimulatorDoes() throws {
        let yaml = """
            cores: 2
            conditions: {ready: L}
            threads:
              - {name: producer, run: [lock L, notify ready, unlock L, set done]}
              - {name: consumer, run: [wait done, lock L, wait ready, unlock L]}
            """
        let (run, timeline) = try runLive(yaml)
        #expect(run.outcome == .deadlocked)
        let scenario = try ScenarioParser.parse(yaml, origin: SourceLocation(path: "t.yaml", line: 1, column: 1))
        let simulated = Simulator.run(scenario)
        #expect(timeline.deadlock?.stuck == simulated.deadlock?.stuck)
        #expect(timeline.deadlock?.cycle == [])
    }

    @Test func aPoolStartsWorkersOnDemandAndReusesAnIdleOne() throws {
        let (run, timeline) = try runLive("""
            cores: 2
            pools:
              - {name: pool, workers: 3}
            tasks:
              - {name: job, count: 2, run: [io 1ms]}
            threads:
              - {name: main, run: [submit pool job1, result job1, sleep 50ms, submit pool job2, result job2]}
            """)
        // The sleep lets pool-1 go back to waiting for work, as in the lesson's Python example: a submit right
        // after result() can come before the worker is idle again, and then CPython starts a second worker too.
        #expect(run.outcome == .finished)
        let started = timeline.threads.filter { info in
            info.kind == .poolWorker && timeline.transitions(of: info.id).contains { $0.reason == .started }
        }.map(\.name)
        #expect(started == ["pool-1"])
        #expect(timeline.threads.map { timeline.currentState(of: $0.id) } == [.terminated, .terminated, .created, .created])
    }

    @Test func wakeupPreemptionGivesTheWokenThreadTheCoreAtOnce() throws {
        let (run, timeline) = try runLive("""
            cores: 1
            policy: fifo
            wakeup-preemption: true
            threads:
              - {name: B, run: [io 2ms, compute 1ms]}
              - {name: A, run: [compute 40ms]}
            """)
        #expect(run.outcome == .finished)
        let a = try #require(timeline.thread(named: "A"))
        let preempted = timeline.transitions(of: a).first { $0.from == .running && $0.to == .ready }
        #expect(preempted?.reason == .preemptedByWakeup(thread: "B"))
        // B finishes before A does: FIFO alone would have kept it ready until A's 40 ms were done.
        let b = try #require(timeline.thread(named: "B"))
        let bEnd = try #require(timeline.transitions(of: b).last?.seq)
        let aEnd = try #require(timeline.transitions(of: a).last?.seq)
        #expect(bEnd < aEnd)
    }
}
