import ProgressStore
import SnapshotTesting
import Testing
import TutorBasics
@testable import TutorUI

/// Whole screens as quoted text rows, at the sizes people use: 80x24, 120x40 and a tiny terminal.
@Suite struct ScreenSnapshotTests {
    private static let small = Size(width: 80, height: 24)
    private static let large = Size(width: 120, height: 40)

    @Test func firstStep80x24() {
        assertSnapshot(of: Model.sample().screen, as: .lines)
    }

    @Test func demoStepStacked80x24() {
        assertSnapshot(of: Model.sample(startLesson: "lifecycle").screen, as: .lines)
    }

    @Test func demoStepSideBySide120x40() {
        var model = Model.sample(size: Self.large, startLesson: "lifecycle")
        model.press(.tab)
        assertSnapshot(of: model.screen, as: .lines)
    }

    @Test func quizAnsweredWrongThenRight120x40() {
        var model = Model.sample(size: Self.large)
        model.press(.right, .right, .right, .character("2"), .enter)
        assertSnapshot(of: model.screen, as: .lines, named: "wrong")
        model.press(.character("3"), .enter)
        assertSnapshot(of: model.screen, as: .lines, named: "right")
    }

    @Test func tooSmall() {
        assertSnapshot(of: Model.sample(size: Size(width: 30, height: 8)).screen, as: .lines)
    }

    @Test func smallestUsable40x10() {
        assertSnapshot(of: Model.sample(size: Size(width: 40, height: 10), startLesson: "lifecycle").screen, as: .lines)
    }

    @Test func menuWithCompletedAndBrokenLessons() {
        var model = Model.sample(progress: Progress(completed: ["what-is-a-thread"]))
        model.press(.character("m"))
        assertSnapshot(of: model.screen, as: .lines)
    }

    @Test func help80x24() {
        var model = Model.sample()
        model.press(.character("?"))
        assertSnapshot(of: model.screen, as: .lines)
    }

    @Test func resumeOffer() {
        let model = Model.sample(progress: Progress(last: LessonPosition(lesson: "lifecycle", step: 2)))
        assertSnapshot(of: model.screen, as: .lines)
    }

    @Test func presenter120x40WithStyles() {
        let model = Model.sample(size: Self.large, present: true, startLesson: "lifecycle")
        assertSnapshot(of: TestBackend.quoted(Screen.render(model), styles: true), as: .lines)
    }

    @Test func korean80x24() {
        var model = Model.sample(.ko)
        model.press(.right, .right)
        assertSnapshot(of: model.screen, as: .lines)
    }

    @Test func koreanQuiz120x40() {
        var model = Model.sample(.ko, size: Self.large)
        model.press(.right, .right, .right, .character("1"), .enter)
        assertSnapshot(of: model.screen, as: .lines)
    }

    @Test func koreanMenuAndTooSmall() {
        var model = Model.sample(.ko)
        model.press(.character("m"))
        assertSnapshot(of: model.screen, as: .lines, named: "menu")
        _ = model.update(.resize(Size(width: 36, height: 9)))
        assertSnapshot(of: model.screen, as: .lines, named: "tiny")
    }

    @Test func koreanHelp() {
        var model = Model.sample(.ko, size: Self.large)
        model.press(.character("?"))
        assertSnapshot(of: model.screen, as: .lines)
    }
}

@Suite struct LongStatusSnapshotTests {
    @Test func longStatusWrapsAboveTheHintLine() {
        var model = Model.sample()
        _ = model.update(.notice(Language.en.catalog(.progressCorrupt(
            path: "/home/learner/.local/state/threadtutor/progress.json.corrupt-20261122T031420Z"))))
        assertSnapshot(of: model.screen, as: .lines)
    }
}
