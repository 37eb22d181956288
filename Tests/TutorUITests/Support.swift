import LessonKit
import ProgressStore
import TutorBasics
@testable import TutorUI

/// Helpers shared by the UI tests.
extension Model {
    static func sample(_ language: Language = .en, size: Size = Size(width: 80, height: 24), present: Bool = false,
                       progress: Progress = Progress(), startLesson: String? = nil, startStep: Int? = nil,
                       demoFactory: @escaping DemoFactory = DemoPlaceholder.factory) -> Model {
        Model(course: SampleCourse.make(language), options: InteractiveOptions(language: language, present: present),
              size: size, progress: progress, startLesson: startLesson, startStep: startStep, demoFactory: demoFactory)
    }

    /// Feeds keys through `update`, returning every effect in order.
    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    /// Feeds the characters of a string as key presses.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { update(.key(.character($0))) }
    }

    var screen: String { TestBackend.quoted(Screen.render(self)) }
}

/// A demo pane that plays for a fixed time, to test ticks without the real engine.
struct FakeDemo: DemoPane {
    var title = "fake"
    var isPlaying = false
    var isAsking = false
    var elapsed = 0
    var length = 1000
    var actions: [DemoAction] = []

    mutating func perform(_ action: DemoAction, runs: inout RunID.Counter) -> DemoReply {
        actions.append(action)
        if action == .playPause { isPlaying.toggle() }
        return DemoReply(status: action == .switchMode ? "live mode is not here yet" : nil)
    }

    mutating func advance(milliseconds: Int) {
        elapsed = min(length, elapsed + milliseconds)
        if elapsed >= length { isPlaying = false }
    }

    func draw(into buffer: inout Buffer, area: Rect, context: DemoContext) {
        buffer.write("t=\(elapsed)ms", x: area.x, y: area.y)
    }

    static let factory: DemoFactory = { step, _, _ in step.demos.isEmpty ? nil : FakeDemo() }
}
