import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// A step (`.`, a prediction's reveal, `[`/`]`) stops just after a transition. The engines record the core and
/// the GIL a move takes or gives back right after the transition, at the same instant; the cursor stopped
/// before them, so "B ready -> running: got the GIL from A" stood beside "GIL: {free}" (chapter 5 at 20.5 ms,
/// chapter 2 at every hand-over). A frame stopped there now shows the move's own core and GIL records; the cursor
/// itself stays where it was (steps, jumps and the end work as before).
@Suite struct SteppedMoveTests {
    /// Chapter 2's first demo: the GIL changes hands every 5 ms, and B takes it when A finishes at 95 ms.
    static let gil = DemoScenarios.parse("""
        title: Two CPU-bound threads, two cores, with the GIL
        cores: 2
        gil: true
        threads:
          - name: A
            run: [compute 50ms]
          - name: B
            run: [compute 50ms]
        """)

    private func frame(_ demo: ThreadDemo) -> DemoFrame {
        DemoFrame(demo: demo, context: DemoContext(language: .en, glyphs: .unicode, asciiOnly: false, focused: true,
                                                   present: false))
    }

    @Test func everyStepShowsTheGILWithTheThreadThatRuns() {
        var demo = ThreadDemo(scenario: Self.gil)
        var checked = 0, steps = 0
        while !demo.playback.isAtEnd(of: demo.timeline), steps < 200 {
            demo.run(.stepForward)
            steps += 1
            let shown = frame(demo)
            guard let latest = shown.snapshot.latest, latest.to == .running else { continue }
            #expect(shown.snapshot.gilHolder == latest.thread, "at \(latest.time) µs: \(latest.reason)")
            checked += 1
        }
        #expect(checked == 20)
        // Back one step from the end's last move, and forward again: the same picture.
        demo.run(.stepBack)
        let back = frame(demo).snapshot
        demo.run(.stepBack, .stepForward)
        #expect(frame(demo).snapshot.gilHolder == back.gilHolder)
    }
}
