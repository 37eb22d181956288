import Testing
@testable import ThreadModel

/// Under the GIL a waiting thread runs because the holder let the GIL go, whether the holder's interval ran out,
/// it finished, or it blocked: CPython's waiting thread sleeps on the GIL and wakes when it is dropped. Its move
/// is "got the GIL from A", not "dispatched to core 1", which reads as if no GIL were involved.
struct GILReasonTests {
    /// The reason of `name`'s moves to running, in order.
    private func runReasons(_ timeline: Timeline, _ name: String) -> [Reason] {
        timeline.transitions(of: timeline.id(name)).filter { $0.to == .running }.map(\.reason)
    }

    /// Chapter 2's first demo: A finishes at 95 ms and B takes the GIL A released.
    @Test func aThreadRunningWhenTheHolderFinishesGotTheGILFromIt() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            gil: true
            threads:
              - {name: A, run: [compute 50ms]}
              - {name: B, run: [compute 50ms]}
            """)
        let last = try #require(timeline.transitions(of: timeline.id("B")).last { $0.to == .running })
        #expect(last.time == 95 * ms)
        #expect(last.reason == .gotGIL(from: "A"))
        #expect(runReasons(timeline, "A").first == .dispatched(core: 1))
    }

    @Test func aHolderThatBlocksGivesTheGILToTheWaiter() throws {
        let (timeline, _) = try simulate("""
            cores: 2
            gil: true
            threads:
              - {name: A, run: [compute 2ms, io 20ms, compute 1ms]}
              - {name: B, run: [compute 10ms]}
            """)
        // A blocks in io at 2 ms; B, waiting for the GIL since 0, takes it then.
        #expect(runReasons(timeline, "B") == [.gotGIL(from: "A")])
        // A is back at 22 ms; B finished at 12 ms, so A takes a GIL nobody holds: a plain dispatch.
        #expect(runReasons(timeline, "A").last == .dispatched(core: 1))
    }

    @Test func aHolderBlockedOnALockGivesTheGILToTheWaiter() throws {
        let (timeline, _) = try simulate("""
            cores: 1
            gil: true
            threads:
              - {name: A, run: [lock L, compute 7ms, unlock L]}
              - {name: B, run: [lock L, compute 1ms, unlock L]}
            """)
        // B gets the GIL from A at the 5 ms hand-over and blocks on L; A, waiting for the GIL, takes it back.
        let bBlocks = try #require(timeline.transitions(of: timeline.id("B")).first { $0.to == .blocked })
        let aBack = try #require(timeline.transitions(of: timeline.id("A")).first { $0.to == .running && $0.time == bBlocks.time })
        #expect(aBack.reason == .gotGIL(from: "B"))
    }

    @Test func withoutTheGILADispatchIsADispatch() throws {
        let (timeline, _) = try simulate("""
            cores: 1
            gil: false
            threads:
              - {name: A, run: [compute 5ms]}
              - {name: B, run: [compute 5ms]}
            """)
        #expect(!timeline.transitions.contains { if case .gotGIL = $0.reason { true } else { false } })
    }
}
