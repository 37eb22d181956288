import Testing
import TutorBasics
@testable import ThreadModel

/// The one wait-for-graph search both engines use.
@Suite struct DeadlockFinderTests {
    static func id(_ raw: Int) -> ThreadID { ThreadID(raw) }

    @Test func aCycleIsReportedFromItsLowestMember() {
        // 3 → 1 → 2 → 3, entered from 0 (0 waits for 3 but is not on the cycle).
        let arrows: [Int: Int] = [0: 3, 3: 1, 1: 2, 2: 3]
        let waitsFor: (ThreadID) -> ThreadID? = { arrows[$0.rawValue].map(ThreadID.init) }
        #expect(DeadlockFinder.cycle(from: Self.id(0), waitsFor: waitsFor) == [1, 2, 3].map(Self.id))
        #expect(DeadlockFinder.firstCycle(from: [3, 0, 2].map(Self.id), waitsFor: waitsFor) == [1, 2, 3].map(Self.id))
    }

    @Test func aWalkThatEndsAtAThreadWaitingForNobodyHasNoCycle() {
        let arrows: [Int: Int] = [0: 1, 1: 2]
        let waitsFor: (ThreadID) -> ThreadID? = { arrows[$0.rawValue].map(ThreadID.init) }
        #expect(DeadlockFinder.cycle(from: Self.id(0), waitsFor: waitsFor) == nil)
        #expect(DeadlockFinder.firstCycle(from: [0, 1].map(Self.id), waitsFor: waitsFor).isEmpty)
    }

    @Test func theReportTakesTheCyclesArrowsFromTheStuckWaits() {
        let stuck = [
            WaitEdge(thread: Self.id(0), waitsFor: Self.id(1), reason: .waitingForLock(lock: "L2", holder: "B")),
            WaitEdge(thread: Self.id(1), waitsFor: Self.id(0), reason: .waitingForLock(lock: "L1", holder: "A")),
            WaitEdge(thread: Self.id(2), waitsFor: Self.id(0), reason: .waitingForThread(thread: "A")),
        ]
        let report = DeadlockFinder.report(at: 7, stuck: stuck, cycle: [Self.id(0), Self.id(1)])
        #expect(report == Deadlock(time: 7, cycle: Array(stuck[0...1]), stuck: stuck))
        #expect(report.sentence(in: .en) { ["A", "B", "C"][$0.rawValue] }
            == "deadlock — A: waiting for lock L2 held by B; B: waiting for lock L1 held by A")
    }

    @Test func aStuckRunWithoutACycleReportsEveryWaitAndNoCycle() {
        let stuck = [WaitEdge(thread: Self.id(0), waitsFor: nil, reason: .waitingForEvent(event: "never"))]
        let report = DeadlockFinder.report(at: 3, stuck: stuck, cycle: [])
        #expect(report.cycle.isEmpty)
        #expect(report.stuck == stuck)
        #expect(report.sentence(in: .en) { _ in "T" }.hasPrefix("stuck — T: "))
    }

    @Test func theSimulatorReportsALockCycleAndAStuckWaitThroughTheFinder() {
        var scenario = Scenario()
        scenario.cores = 2
        scenario.threads = [
            ThreadSpec(name: "A", actions: [.lock("L1"), .compute(1 * ms), .lock("L2")]),
            ThreadSpec(name: "B", actions: [.lock("L2"), .compute(1 * ms), .lock("L1")]),
            ThreadSpec(name: "C", actions: [.wait("never")]),
        ]
        let deadlock = Simulator.run(scenario).deadlock
        #expect(deadlock?.cycle.map(\.thread) == [Self.id(0), Self.id(1)])
        #expect(deadlock?.cycle.map(\.waitsFor) == [Self.id(1), Self.id(0)])
        #expect(deadlock?.stuck.map(\.thread) == [0, 1, 2].map(Self.id))

        scenario.threads = [ThreadSpec(name: "C", actions: [.wait("never")])]
        let stuck = Simulator.run(scenario).deadlock
        #expect(stuck?.cycle == [])
        #expect(stuck?.stuck.map(\.reason) == [.waitingForEvent(event: "never")])
    }
}
