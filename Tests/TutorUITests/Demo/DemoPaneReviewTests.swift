import SnapshotTesting
import Testing
import TextKernel
import ThreadModel
import TutorBasics
@testable import TutorUI

/// What looking at every chapter's demos in tmux found wrong (docs/demo-pane-review.md), one test per fix.
@Suite struct DemoPaneReviewTests {
    private func context(_ language: Language = .en) -> DemoContext {
        DemoContext(language: language, glyphs: .unicode, asciiOnly: false, focused: true, present: false)
    }

    /// Chapter 4 at x16 stopped for its first prediction at 5 ms: the board showed main's token frozen on the
    /// created -> ready arrow (behind busy's) and the running box empty, while the lanes and cores said main was
    /// running. Stopped, paused or stepped, every token is in its state's box.
    @Test func aStoppedBoardAgreesWithTheLanes() {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        demo.run(.faster, .faster, .faster, .faster, .playPause)
        var ticks = 0
        while demo.isPlaying, ticks < 1_000 {
            demo.advance(milliseconds: Model.frameMilliseconds)
            ticks += 1
        }
        #expect(demo.isAsking)
        #expect(BoardMotion.moves(DemoFrame(demo: demo, context: context())).isEmpty)
        demo.run(.switchView)
        let english = demo.render(Size(width: 58, height: 20))
        assertSnapshot(of: english, as: .lines, named: "en")
        assertSnapshot(of: demo.render(Size(width: 58, height: 20), language: .ko), as: .lines, named: "ko")
        let lines = english.split(separator: "\n")
        let labels = lines.firstIndex { $0.contains("created") && $0.contains("running") }!
        #expect(lines[labels + 1].contains(">1 main"), "main is running at the cursor: \(lines[labels + 1])")
    }

    /// Two tokens starting down one arrow together: the second used to be drawn over the first at the arrow's
    /// tail. Now the queue moves up, the earlier token ahead.
    @Test func tokensLeavingTogetherDoNotHideEachOther() {
        var demo = ThreadDemo(scenario: BoardMotionSnapshotTests.life)
        demo.run(.switchView, .stepForward, .stepForward, .playPause)
        let board = demo.render(Size(width: 52, height: 13))
        #expect(BoardMotion.moves(DemoFrame(demo: demo, context: context())).count == 2)
        #expect(board.contains("|created|21>|"), "\(board)")
    }

    /// The lanes view alone cut its legend at ~58 columns ("⋅..."), hiding what the terminated glyph means. It
    /// wraps instead, in both languages.
    @Test(arguments: Language.allCases)
    func theLanesLegendKeepsEveryWord(language: Language) {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        demo.run(.switchView, .switchView)
        #expect(demo.view == .lanes)
        let text = DemoText(language)
        for width in [40, 52, 58] {
            let lanes = demo.render(Size(width: width, height: 12), language: language)
            #expect(lanes.contains(text.state(.terminated)), "\(width): \(lanes)")
            #expect(!lanes.contains("..."), "\(width): \(lanes)")
        }
        assertSnapshot(of: demo.render(Size(width: 40, height: 12), language: language), as: .lines,
                       named: language.rawValue)
    }

    /// Side by side at 120x40 the demo's title row has about 50 columns: "Round robin - the woken thread wa..."
    /// and "Wake-up preemption - the woken th..." hid the words that tell the two demos apart. A title too long
    /// goes on over the pane's first row.
    @Test(arguments: Language.allCases)
    func aLongDemoTitleGoesOnOverTheNextRow(language: Language) {
        let title = "Round robin - the woken thread waits for the slice"
        var model = Model.sample(language, size: Size(width: 120, height: 40), startLesson: "lifecycle",
                                 demoFactory: { step, _, _ in step.demos.isEmpty ? nil : FakeDemo(title: title) })
        model.press(.tab)
        let screen = model.screen
        #expect(screen.contains("the slice"), "\(screen)")
        #expect(screen.contains("t=0ms"))
        assertSnapshot(of: screen, as: .lines, named: language.rawValue)
        // On a short pane it is cut short, as before, rather than take a row the pane needs.
        let short = Model.sample(language, size: Size(width: 120, height: 14), startLesson: "lifecycle",
                                 demoFactory: { step, _, _ in step.demos.isEmpty ? nil : FakeDemo(title: title) }).screen
        #expect(!short.contains("the slice"))
    }
}
