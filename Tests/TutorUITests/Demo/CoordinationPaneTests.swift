import Testing
import ThreadModel
@testable import TutorUI

/// The pane shows each coordination object at the cursor: a semaphore's count and waiters, a queue's items
/// with its capacity and who waits, a condition's waiters, a barrier's arrivals.
@Suite struct CoordinationPaneTests {
    static let scenario = DemoScenarios.parse("""
        cores: 2
        semaphores: {slots: 1}
        queues: {q: 2}
        conditions: {ready: L}
        barriers: {B: 2}
        threads:
          - {name: producer, run: [put q a, put q b, put q c, acquire slots, wait B]}
          - {name: consumer, run: [lock L, wait ready 5ms, unlock L, get q, acquire slots, wait B]}
        """)

    /// Steps until `matches` holds for the snapshot (or the run ends).
    private func step(_ demo: inout ThreadDemo, until matches: (DemoSnapshot) -> Bool) -> DemoSnapshot {
        for _ in 0...demo.timeline.entryCount {
            let snapshot = DemoSnapshot(timeline: demo.timeline, cursor: demo.playback.cursor, scenario: demo.scenario)
            if matches(snapshot) { return snapshot }
            demo.run(.stepForward)
        }
        return DemoSnapshot(timeline: demo.timeline, cursor: demo.playback.cursor, scenario: demo.scenario)
    }

    @Test func aFullQueueShowsItsItemsItsCapacityAndItsWaitingProducer() {
        var demo = ThreadDemo(scenario: Self.scenario)
        let full = step(&demo) { $0.coordination.conditions.first?.waiters.isEmpty == false }
        #expect(full.coordination.queues.first?.items == ["a", "b"])
        #expect(full.coordination.conditions.first?.waiters == [ThreadID(1)])
        let text = demo.render(DemoSnapshotTests.side)
        #expect(text.contains("queue q: [a][b] 2/2 (waiting: producer)"))
        #expect(text.contains("condition ready: waiting: consumer"))
        #expect(text.contains("semaphore slots: 1"))
        #expect(text.contains("barrier B: 0 of 2 arrived"))
    }

    @Test func theSemaphoreAndTheBarrierShowWhoWaits() {
        var demo = ThreadDemo(scenario: Self.scenario)
        let waiting = step(&demo) { $0.coordination.semaphores.first?.waiters.isEmpty == false }
        #expect(waiting.coordination.semaphores.first?.value == 0)
        #expect(waiting.coordination.barriers.first?.arrived == 1)
        #expect(demo.render(DemoSnapshotTests.side).contains("barrier B: 1 of 2 arrived"))
    }

    @Test func theQueueRowKeepsItsShape() {
        #expect(CoordinationLines.row(["a"], capacity: 3) == "[a][ ][ ] 1/3")
        #expect(CoordinationLines.row(["a", "b"], capacity: 0) == "[a][b] 2/∞")
        // Chapter 6's q.join() demo read "queue q:  0/∞": an empty unbounded queue is its count alone.
        #expect(CoordinationLines.row([], capacity: 0) == "0/∞")
        #expect(CoordinationLines.row([], capacity: 2) == "[ ][ ] 0/2")
        #expect(CoordinationLines.row(Array(repeating: "x", count: 9), capacity: 20).hasSuffix("… 9/20"))
    }
}
