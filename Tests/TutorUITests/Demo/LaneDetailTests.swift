import SnapshotTesting
import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// At 80x24 the lanes' detail column has 26 columns: "blocked: waiting for..." hid what the thread waits for
/// (the event line says it only while that move is the latest). Widening the column would cost the time axis,
/// so the selected thread's whole detail gets its own line under the lanes when its column cuts it.
@Suite struct LaneDetailTests {
    /// A waits for lock L, which B holds; C's end is the latest move, so the event line says nothing of A.
    static let waiting = DemoScenarios.parse("""
        title: A waits for B's lock
        cores: 3
        threads:
          - name: A
            run: [compute 2ms, lock L, compute 1ms, unlock L]
          - name: B
            run: [lock L, compute 10ms, unlock L]
          - name: C
            run: [compute 4ms]
        """)

    private func atCsEnd() -> ThreadDemo {
        var demo = ThreadDemo(scenario: Self.waiting)
        var steps = 0
        while demo.playback.cursor.time < 4_000, steps < 100 {
            demo.run(.stepForward)
            steps += 1
        }
        return demo
    }

    @Test(arguments: Language.allCases)
    func theSelectedThreadsCutDetailIsShownWhole(language: Language) {
        var demo = atCsEnd()
        let size = Size(width: 80, height: 14)
        let whole = Reason.waitingForLock(lock: "L", holder: "B").sentence(in: language)
        let pane = demo.render(size, language: language)
        #expect(pane.contains(whole), "\(pane)")
        #expect(pane.contains("v "), "the time axis is still drawn")
        assertSnapshot(of: pane, as: .lines, named: language.rawValue)
        // Another thread selected: its detail fits its column, so no extra line.
        demo.run(.selectThread(2))
        #expect(!demo.render(size, language: language).contains(whole))
    }

    /// A detail that fits its column is not said twice, and the time axis keeps its width.
    @Test func aDetailThatFitsIsNotRepeated() {
        let demo = ThreadDemo(scenario: DemoScenarios.gil)
        let pane = demo.render(Size(width: 120, height: 22))
        let notStarted = Language.en.catalog(.demoNotStarted)
        #expect(pane.components(separatedBy: notStarted).count - 1 == 2, "\(pane)")
    }
}
