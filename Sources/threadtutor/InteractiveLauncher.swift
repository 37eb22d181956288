import Foundation
import LessonKit
import TutorBasics

/// Starts the full-screen tutorial. Until the terminal UI lands, it pages the lesson text through `less`.
enum InteractiveLauncher {
    static func launch(course: Course, lesson: Lesson?, step: Int?, present: Bool, noMouse: Bool,
                       language: Language) throws {
        guard let lesson = lesson ?? course.lessons.first(where: { !$0.isBroken }) else {
            throw CommandFailure.badInput("the course in \(course.root) has no lesson that can be opened")
        }
        let text = LessonPrinter.render(lesson, width: OutputTarget.width(explicit: nil), color: true)
        Pager.show(text)
    }
}
