import Foundation
import Testing
import TutorBasics
@testable import ThreadModel

/// Golden timelines of the coordination primitives in the simulator: semaphores, conditions, queues, barriers
/// and timeouts, each checked by the validator (through `simulate`) and by the reasons a learner reads.
@Suite struct CoordinationSimulationTests {
    func reasons(_ timeline: Timeline, _ name: String) -> [Reason] {
        timeline.transitions(of: timeline.id(name)).map(\.reason)
    }

    // MARK: Semaphores

    @Test func aSemaphoreOfTwoLetsTwoOfThreeDownloadsRunAtOnce() throws {
        let (timeline, _) = try simulate("""
            cores: 4
            semaphores: {slots: 2}
            threads:
              - {name: d1, run: [acquire slots, io 20ms, release slots]}
              - {name: d2, run: [acquire slots, io 20ms, release slots]}
              - {name: d3, run: [acquire slots, io 20ms, release slots]}
            """)
        #expect(timeline.makespan == 40 * ms)
        #expect(timeline.trace("d3") == ["blocked 0-20", "blocked 20-40"])
        #expect(reasons(timeline, "d3").contains(.waitingForSemaphore(semaphore: "slots")))
        #expect(reasons(timeline, "d3").contains(.gotSemaphore(semaphore: "slots")))
        let values = timeline.events.compactMap { event -> Int? in
            if case .semaphoreAcquired(_, _, let value) = event.kind { value } else { nil }
        }
        #expect(values == [1, 0, 0])
    }

    @Test func aBoundedSemaphoreReleasedAboveItsStartRaisesValueError() throws {
        let (timeline, _) = try simulate("""
            bounded-semaphores: {B: 1}
            semaphores: {S: 1}
            threads:
              - {name: A, run: [release S, release B, compute 5ms]}
            """)
        #expect(reasons(timeline, "A").last == .uncaughtError(error: "ValueError"))
        #expect(timeline.makespan == 0)
        #expect(timeline.events.contains { $0.kind == .semaphoreReleased(semaphore: "S", thread: timeline.id("A"), value: 2) })
    }

    @Test func aSemaphoreAcquireWithATimeoutGivesUpAndGoesOn() throws {
        let (timeline, _) = try simulate("""
            semaphores: {S: 0}
            threads:
              - {name: A, run: [acquire S 5ms, compute 1ms]}
            """)
        #expect(timeline.trace("A") == ["blocked 0-5", "running 5-6"])
        #expect(reasons(timeline, "A").contains(.semaphoreTimedOut(semaphore: "S")))
        #expect(timeline.deadlock == nil)
    }

    // MARK: Conditions

    @Test func aConditionWaitReleasesTheLockThenBlocksAgainToTakeItBack() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            conditions: {ready: L}
            threads:
              - {name: consumer, run: [lock L, wait ready, compute 1ms, unlock L]}
              - {name: producer, run: [compute 5ms, lock L, notify ready, compute 2ms, unlock L]}
            """)
        #expect(timeline.trace("consumer") == ["blocked 0-5", "blocked 5-7", "running 7-8"])
        #expect(reasons(timeline, "consumer") == [
            .started, .dispatched(core: 1), .waitingForCondition(condition: "ready", lock: "L"), .notified(condition: "ready"),
            .dispatched(core: 2), .waitingForLock(lock: "L", holder: "producer"), .gotLock(lock: "L"), .dispatched(core: 2),
            .finished,
        ])
        // The lock was free while the consumer waited on the condition: the producer took it at once.
        #expect(timeline.trace("producer") == ["running 0-7"])
    }

    @Test func notifyWakesOneWaiterAndNotifyAllWakesEvery() throws {
        let waiters = (1...3).map { "  - {name: W\($0), run: [lock L, wait C, unlock L]}" }.joined(separator: "\n")
        let one = try simulate("cores: 4\nconditions: {C: L}\nthreads:\n" + waiters
            + "\n  - {name: N, run: [sleep 1ms, lock L, notify C, unlock L]}").0
        let stuck = try #require(one.deadlock)
        #expect(stuck.cycle.isEmpty)
        #expect(stuck.stuck.map(\.thread) == [one.id("W2"), one.id("W3")])
        #expect(stuck.stuck.allSatisfy { $0.reason == .waitingForCondition(condition: "C", lock: "L") })
        let all = try simulate("cores: 4\nconditions: {C: L}\nthreads:\n" + waiters
            + "\n  - {name: N, run: [sleep 1ms, lock L, notify-all C, unlock L]}").0
        #expect(all.deadlock == nil)
        let two = try simulate("cores: 4\nconditions: {C: L}\nthreads:\n" + waiters
            + "\n  - {name: N, run: [sleep 1ms, lock L, notify C 2, unlock L]}").0
        #expect(two.deadlock?.stuck.map(\.thread) == [two.id("W3")])
    }

    @Test func aConditionWaitWithATimeoutTakesTheLockBackAndGoesOn() throws {
        let (timeline, _) = try simulate("""
            conditions: {C: L}
            threads:
              - {name: A, run: [lock L, wait C 10ms, compute 1ms, unlock L]}
            """)
        #expect(timeline.trace("A") == ["blocked 0-10", "running 10-11"])
        #expect(reasons(timeline, "A").contains(.conditionTimedOut(condition: "C")))
        #expect(timeline.deadlock == nil)
    }

    @Test func aLostWakeUpIsReportedStuckWithWhoWaitsForWhat() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            conditions: {ready: L}
            threads:
              - {name: producer, run: [lock L, notify ready, unlock L]}
              - {name: consumer, run: [sleep 5ms, lock L, wait ready, unlock L]}
            """)
        let report = try #require(timeline.deadlock)
        #expect(report.cycle.isEmpty)
        #expect(report.sentence(in: .en) { timeline.threads[$0.rawValue].name }
            == "stuck — consumer: waiting on condition ready (lock L released)")
    }

    // MARK: Queues

    static let producerConsumer = """
        cores: 2
        queues: {q: 2}
        threads:
          - {name: producer, run: [put q a, put q b, put q c, put q d]}
          - {name: consumer, run: [sleep 10ms, {repeat: 4, run: [get q, compute 5ms, task-done q]}]}
          - {name: main, run: [sleep 1ms, join q]}
        """

    @Test func aBoundedQueueBlocksThePutterAndKeepsItsOrder() throws {
        let (timeline, _) = try simulate(Self.producerConsumer)
        let got = timeline.events.compactMap { event -> String? in
            if case .queueGot(_, let item, _) = event.kind { item } else { nil }
        }
        #expect(got == ["a", "b", "c", "d"])
        #expect(timeline.trace("producer") == ["blocked 0-10", "blocked 10-15"])
        #expect(reasons(timeline, "producer").filter { $0 == .waitingForRoom(queue: "q") }.count == 2)
        #expect(timeline.lastTime("main", to: .terminated) == 30 * ms)
        #expect(reasons(timeline, "main").contains(.queueDone(queue: "q")))
    }

    @Test func aGetOnAnEmptyQueueWaitsForThePut() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            queues: {q: 0}
            threads:
              - {name: consumer, run: [get q, compute 1ms]}
              - {name: producer, run: [compute 4ms, put q job]}
            """)
        #expect(timeline.trace("consumer") == ["blocked 0-4", "running 4-5"])
        #expect(reasons(timeline, "consumer").contains(.gotItem(queue: "q", item: "job")))
    }

    @Test func aConsumerOnAnEmptyQueueWhoseProducerIsDoneIsStuck() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            queues: {q: 0}
            threads:
              - {name: producer, run: [put q a]}
              - {name: consumer, run: [get q, task-done q, get q, task-done q]}
            """)
        let report = try #require(timeline.deadlock)
        #expect(report.cycle.isEmpty)
        #expect(report.stuck == [WaitEdge(thread: timeline.id("consumer"), waitsFor: nil, reason: .waitingForItem(queue: "q"))])
    }

    @Test func oneTaskDoneTooManyRaisesValueError() throws {
        let (timeline, _) = try simulate("queues: {q: 1}\nthreads:\n  - {name: A, run: [put q x, get q, task-done q, task-done q]}")
        #expect(reasons(timeline, "A").last == .uncaughtError(error: "ValueError"))
    }

    // MARK: Barriers

    @Test func theLastArrivalReleasesEveryoneAtTheBarrier() throws {
        let (timeline, _) = try simulate("""
            cores: 3
            barriers: {B: 3}
            threads:
              - {name: A, run: [compute 1ms, wait B, compute 1ms]}
              - {name: C, run: [compute 2ms, wait B, compute 1ms]}
              - {name: D, run: [compute 3ms, wait B, compute 1ms]}
            """)
        #expect(timeline.trace("A") == ["running 0-1", "blocked 1-3", "running 3-4"])
        #expect(reasons(timeline, "A").contains(.waitingAtBarrier(barrier: "B", arrived: 1, parties: 3)))
        #expect(reasons(timeline, "C").contains(.barrierPassed(barrier: "B")))
        #expect(timeline.makespan == 4 * ms)
    }

    @Test func aTimeoutBreaksTheBarrierForEveryone() throws {
        let (timeline, _) = try simulate("""
            cores: 3
            barriers: {B: 3}
            threads:
              - {name: A, run: [wait B 5ms, compute 1ms]}
              - {name: C, run: [compute 1ms, wait B]}
              - {name: late, run: [sleep 8ms, wait B]}
            """)
        for name in ["A", "C", "late"] {
            #expect(reasons(timeline, name).last == .uncaughtError(error: "BrokenBarrierError"), "\(name)")
        }
        #expect(reasons(timeline, "C").contains(.barrierBroken(barrier: "B")))
        #expect(timeline.lastTime("A", to: .terminated) == 5 * ms)
        #expect(timeline.events.contains { $0.kind == .barrierBroken(barrier: "B") })
    }

    // MARK: Timeouts on locks and events

    @Test func aLockAcquireWithATimeoutGivesUpAndItsUnlockDoesNothing() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            threads:
              - {name: A, run: [lock L, compute 20ms, unlock L]}
              - {name: B, run: [lock L 5ms, compute 1ms, unlock L]}
            """)
        #expect(timeline.trace("B") == ["blocked 0-5", "running 5-6"])
        #expect(reasons(timeline, "B").contains(.lockTimedOut(lock: "L")))
        #expect(timeline.lockHolders(at: 10 * ms)["L"] == timeline.id("A"))
        #expect(timeline.lockWaiters(at: 2 * ms)["L"] == [timeline.id("B")])
        #expect(timeline.lockWaiters(at: 6 * ms)["L"] == nil)
    }

    @Test func anEventWaitWithATimeoutGoesOnWhenNobodySetsIt() throws {
        let (timeline, _) = try simulate("threads:\n  - {name: A, run: [wait E 3ms, compute 1ms]}")
        #expect(timeline.trace("A") == ["blocked 0-3", "running 3-4"])
        #expect(reasons(timeline, "A").contains(.eventTimedOut(event: "E")))
    }

    // MARK: Output

    @Test func jsonAndChromeTraceNameTheNewEvents() throws {
        let (timeline, scenario) = try simulate(Self.producerConsumer)
        let json = TimelineJSON.render(timeline, scenario: scenario)
        let trace = ChromeTrace.render(timeline, scenario: scenario)
        for name in ["queue-put", "queue-got", "queue-task-done", "waiting-for-room", "queue-done"] {
            #expect(json.contains("\"\(name)\""), "\(name)")
        }
        #expect(trace.contains("\"queue-got\""))
        #expect(trace.contains("\"item\":\"a\"") || trace.contains("\"item\": \"a\""))
        _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
        _ = try JSONSerialization.jsonObject(with: Data(trace.utf8))
    }
}
