import Testing
import TutorBasics
@testable import LessonKit
@testable import TutorUI

/// Lessons are read when first needed: opening one reads that one; opening the menu (which marks broken lessons)
/// reads the rest, in `update`, before any view draws.
@Suite struct LazyLessonTests {
    static func course() -> Course {
        let lessons = ["one", "two", "three"].enumerated().map { index, slug in
            LessonParser.parse("---\ntitle: \(slug)\nchapter: 1\norder: \(index + 1)\n---\n# \(slug)\n\nText.\n",
                               path: "en/0\(index + 1)-\(slug).md", language: .en)
        }
        return Course(language: .en, root: "en", chapters: [Chapter(number: 1, title: "One", lessons: lessons)])
    }

    @Test func startingReadsOnlyTheOpenedLessonAndTheMenuReadsTheRest() {
        var model = Model(course: Self.course(), options: InteractiveOptions(), size: Size(width: 80, height: 24),
                          startLesson: "two")
        #expect(model.lessons.map(\.body.isRead) == [false, true, false])
        model.press(.character("m"))
        guard case .menu = model.overlay else { Issue.record("m should open the menu"); return }
        #expect(model.lessons.map(\.body.isRead) == [true, true, true])
    }
}
