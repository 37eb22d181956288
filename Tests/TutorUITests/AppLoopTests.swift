import ProgressStore
import Testing
@testable import TutorUI

/// The loop driven through the TestBackend with a manual clock: no sleeps, no real terminal.
@Suite struct AppLoopTests {
    private func loop(_ script: [TestBackend.Step], clock: ManualClock = ManualClock(),
                      model: Model = .sample(startLesson: "lifecycle", demoFactory: FakeDemo.factory),
                      record: @escaping (ProgressChange) -> String? = { _ in nil }) -> AppLoop<TestBackend> {
        AppLoop(backend: TestBackend(size: model.size, script: script, clock: clock), model: model, clock: clock,
                record: record)
    }

    @Test func playingDemoAdvancesByTheManualClock() {
        let clock = ManualClock()
        var app = loop([.key(.character(" ")), .wait, .wait, .wait, .key(.character("q"))], clock: clock)
        app.run()
        #expect(clock.now == 3 * Model.frameMilliseconds)
        #expect((app.model.demo as? FakeDemo)?.elapsed == 3 * Model.frameMilliseconds)
        #expect(app.backend.screen.contains("t=150ms"))
    }

    @Test func pausedDemoGetsNoTicks() {
        let clock = ManualClock()
        var app = loop([.key(.character(" ")), .wait, .key(.character(" ")), .wait, .wait], clock: clock)
        app.run()
        #expect((app.model.demo as? FakeDemo)?.elapsed == Model.frameMilliseconds)
        #expect(clock.now == Model.frameMilliseconds, "with no tick armed the loop blocks instead of timing out")
    }

    @Test func resizeRelayoutsAtOnce() {
        var app = loop([.resize(Size(width: 120, height: 40)), .key(.character("q"))])
        app.run()
        #expect(app.backend.buffer.size == Size(width: 120, height: 40))
        #expect(app.backend.screen.contains("│"))
        #expect(app.model.size == Size(width: 120, height: 40))
    }

    @Test func progressChangesReachTheStoreAndFailuresAreShown() {
        var recorded: [ProgressChange] = []
        var app = loop([.key(.right), .key(.right)], model: .sample()) { change in
            recorded.append(change)
            return "disk full"
        }
        app.run()
        #expect(recorded.contains(.position(LessonPosition(lesson: "what-is-a-thread", step: 2))))
        #expect(app.backend.screen.contains("disk full"))
    }

    /// Saving syncs a file to disk: the step's frame goes out first, and a failed save draws its notice after.
    @Test func progressIsSavedAfterTheFrameIsDrawn() {
        var saves = 0
        var app = loop([.key(.right)], model: .sample()) { _ in
            saves += 1
            return "disk full"
        }
        app.run()
        #expect(saves >= 1)
        #expect(app.backend.drawCount == 3, "the first frame, the step's frame, then the frame with the notice")
        #expect(app.backend.screen.contains("disk full"))
    }

    @Test func suspendHandsTheTerminalBackAndRepaints() {
        var app = loop([.key(.control("z")), .key(.control("l"))])
        app.run()
        #expect(app.backend.suspendCount == 1)
        #expect(app.backend.invalidateCount == 2)
    }

    @Test func quitStopsTheLoopBeforeTheRestOfTheScript() {
        var app = loop([.key(.character("q")), .key(.right)])
        app.run()
        #expect(app.model.stepIndex == 0)
    }
}
