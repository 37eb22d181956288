import ArgumentParser
import Foundation
import LessonKit
import TutorUI

/// `threadtutor render-frame 120x40 [lesson]` (hidden): loads the course, draws the first full frame of a lesson
/// exactly as the interactive session would (Screen.render into a Buffer, no terminal), prints its rows and
/// exits. `make bench` times it as the start-up figure; it also lets anyone see a frame without a terminal.
struct RenderFrameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render-frame",
        abstract: "Print the first full frame of a lesson without a terminal (for the benchmarks).",
        shouldDisplay: false
    )

    @OptionGroup var course: CourseOptions

    @Argument(help: ArgumentHelp("The frame's size, WIDTHxHEIGHT.", valueName: "size"))
    var size: String

    @Argument(help: ArgumentHelp("The lesson: slug, number, or a unique prefix.", valueName: "lesson"))
    var lesson: String?

    func run() throws {
        LocaleSetup.apply()
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else {
            throw ValidationError(course.language.catalog(.frameSizeFormat))
        }
        do {
            let loaded = try course.loadCourse()
            let target = try lesson.map { try course.resolve($0, in: loaded) }
            let options = InteractiveOptions(language: course.language, present: true)
            let model = Model(course: loaded, options: options, size: Size(width: parts[0], height: parts[1]),
                              startLesson: target?.slug, demoFactory: interactiveDemoFactory)
            let buffer = Screen.render(model)
            let rows = (0..<buffer.size.height).map { buffer.rowText($0) }
            FileHandle.standardOutput.write(Data((rows.joined(separator: "\n") + "\n").utf8))
        } catch let failure as CommandFailure {
            throw failure.report(in: course.language)
        }
    }
}
