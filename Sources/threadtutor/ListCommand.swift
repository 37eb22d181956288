import ArgumentParser
import LessonKit

/// `threadtutor list`: the chapters and lessons, with numbers and slugs to open them by.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the chapters and lessons."
    )

    @OptionGroup var course: CourseOptions

    func run() throws {
        LocaleSetup.apply()
        do {
            print(CourseListing.render(try course.loadCourse()), terminator: "")
        } catch let failure as CommandFailure {
            throw failure.report(in: course.language)
        }
    }
}
