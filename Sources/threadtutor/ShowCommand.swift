import ArgumentParser
import Foundation
import LessonKit

/// `threadtutor show <lesson>`: the whole lesson as text on stdout, for reading, paging or printing.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print a lesson as text (for less, a printer, or a screen reader)."
    )

    enum ColorMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @OptionGroup var course: CourseOptions

    @Argument(help: ArgumentHelp("The lesson: slug, number (4 or 4.2), or a unique prefix.", valueName: "lesson"))
    var lesson: String

    @Option(help: ArgumentHelp("Wrap at this many columns (default: $COLUMNS, the terminal's width, or 80).",
                               valueName: "n"))
    var width: Int?

    @Option(help: "Colour and bold: auto (only on a terminal, and not when NO_COLOR is set), always, or never.")
    var color: ColorMode = .auto

    func run() throws {
        LocaleSetup.apply()
        do {
            let loaded = try course.loadCourse()
            let target = try course.resolve(lesson, in: loaded)
            print(LessonPrinter.render(target, width: OutputTarget.width(explicit: width), color: useColor),
                  terminator: "")
        } catch let failure as CommandFailure {
            throw failure.report(in: course.language)
        }
    }

    /// NO_COLOR (any value) turns colour off in auto mode; `always` still wins, as no-color.org asks.
    private var useColor: Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
            return !noColor && isatty(STDOUT_FILENO) != 0
        }
    }
}
