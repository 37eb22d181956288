import Testing
import ThreadModel
@testable import TutorUI

/// What the pane says about resources at the cursor: locks, counters mid-increment, pools and futures.
@Suite struct DemoResourceTests {
    private func snapshot(_ demo: ThreadDemo) -> DemoSnapshot {
        DemoSnapshot(timeline: demo.timeline, cursor: demo.playback.cursor, scenario: demo.scenario)
    }

    @Test func locksAtTheDeadlockNameHoldersAndWaiters() {
        var demo = ThreadDemo(scenario: DemoScenarios.deadlock)
        for _ in demo.timeline.transitions { demo.run(.stepForward) }
        let locks = snapshot(demo).locks
        #expect(locks.map(\.name) == ["X", "Y"])
        #expect(locks.map(\.holder) == [ThreadID(0), ThreadID(1)])
        #expect(locks.map(\.waiters) == [[ThreadID(1)], [ThreadID(0)]])
    }

    @Test func aReadNotYetWrittenIsShownUntilItsWrite() throws {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        let events = demo.timeline.events
        let read = try #require(events.first { if case .counterRead = $0.kind { true } else { false } })
        guard case .counterRead(let counter, let thread, let value) = read.kind else { return }
        while demo.playback.cursor.seq < read.seq, demo.timeline.firstTransition(afterSeq: demo.playback.cursor.seq) != nil {
            demo.run(.stepForward)
        }
        let pending = snapshot(demo).pendingReads[counter] ?? []
        #expect(pending.contains { $0.thread == thread && $0.value == value })
        #expect(demo.render(DemoSnapshotTests.side).contains("read \(value), not written yet"))
        for _ in demo.timeline.transitions { demo.run(.stepForward) }
        #expect(snapshot(demo).pendingReads[counter]?.isEmpty ?? true)
        #expect(snapshot(demo).counters.first?.value == demo.timeline.finalCounters[counter])
    }

    @Test func poolQueueAndFuturesFollowTheCursor() {
        var demo = ThreadDemo(scenario: DemoScenarios.pool)
        demo.run(.stepForward, .stepForward, .stepForward)
        let early = snapshot(demo)
        #expect(early.queues.map(\.pool) == ["pool"])
        for _ in demo.timeline.transitions { demo.run(.stepForward) }
        let end = snapshot(demo)
        #expect(end.queues.first?.tasks.isEmpty == true)
        #expect(end.futures.map(\.task) == ["report"])
        #expect(end.futures.map(\.state) == [.done])
    }
}
