import ArgumentParser
import Foundation
import LessonKit

/// The `threadtutor` command: an interactive terminal tutorial about threads.
@main
struct ThreadTutorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "threadtutor",
        abstract: "An interactive terminal tutorial about threads.",
        discussion: """
        With no lesson, opens the course where you left off. With a lesson (its slug, its number such as 4 or \
        4.2, or a unique prefix of its slug or title), opens that lesson at its first step. When stdout is not a \
        terminal, prints the lesson list, or the lesson itself, as plain text.

        Exit status: 0 on success and on a normal quit, 64 for a usage error (such as an unknown lesson), \
        65 for a broken lesson or scenario.
        """,
        version: "0.1.0",
        subcommands: [ListCommand.self, ShowCommand.self, CheckCommand.self]
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
            throw failure.report()
        }
    }
}
