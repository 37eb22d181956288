import ArgumentParser
import Foundation
import LessonKit

/// `threadtutor [open] [lesson]`: the tutorial itself, full screen on a terminal, plain text into a pipe.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the course, or one lesson (the default command)."
    )

    @OptionGroup var course: CourseOptions

    @Argument(help: ArgumentHelp("The lesson to open: slug, number (4 or 4.2), or a unique prefix.",
                                 valueName: "lesson"))
    var lesson: String?

    @Flag(help: "Presenter mode for a classroom: no resume prompt, no progress saved, larger step counter.")
    var present = false

    @Option(help: ArgumentHelp("Start at this step of the lesson (1-based).", valueName: "n"))
    var step: Int?

    @Flag(help: "Leave the mouse to the terminal, so text can be selected and copied.")
    var noMouse = false

    mutating func run() throws {
        LocaleSetup.apply()
        do {
            let loaded = try course.loadCourse()
            let target = try lesson.map { try course.resolve($0, in: loaded) }
            guard OutputTarget.isInteractiveTerminal else {
                if let target {
                    print(LessonPrinter.render(target, width: OutputTarget.width(explicit: nil), color: false),
                          terminator: "")
                } else {
                    print(CourseListing.render(loaded), terminator: "")
                }
                return
            }
            try InteractiveLauncher.launch(course: loaded, lesson: target, step: step, present: present,
                                           noMouse: noMouse, language: course.language)
        } catch let failure as CommandFailure {
            throw failure.report(in: course.language)
        }
    }
}
