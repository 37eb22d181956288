import ArgumentParser
import LessonKit
import TutorBasics
import TutorUI

/// Starts the full-screen tutorial and turns its result into the process's exit status.
enum InteractiveLauncher {
    static func launch(course: Course, lesson: Lesson?, step: Int?, present: Bool, noMouse: Bool,
                       language: Language) throws {
        let options = InteractiveOptions(language: language, present: present, noMouse: noMouse)
        let status = try runInteractive(course: course, startLesson: lesson, step: step, options: options)
        if status != 0 { throw ExitCode(status) }
    }
}
