import Foundation
import LessonKit
import ThreadModel
import ThreadTrace
import TutorBasics
import TutorUI

/// `threadtutor trace` on a terminal: the demo pane opens at once and animates the program's threads as it runs,
/// with its output under them; once it has ended, pause, step, rewind and per-thread jumps work on the recording.
/// Nothing is written to progress.
enum TraceScreen {
    /// The run id of the program `trace` opens with; the model's counter starts at 1, so it never hands this out.
    static let commandRun = RunID(0)

    /// Opens the demo pane at once and animates the program's threads as it runs (the command line asked for
    /// the run); once it has ended the same keys play the recording. `x` or leaving stops it, as Ctrl-C does.
    static func animate(_ target: TraceProgram, arguments: [String], commandLine: String, python: String,
                        timeoutNanoseconds: Int64, language: Language) throws -> Int32 {
        let request: TraceRequest
        switch target {
        case .path(let path): request = TraceRequest(.path(path), arguments: arguments)
        case .module(let module): request = TraceRequest(.module(module), arguments: arguments)
        case .code(let code): request = TraceRequest(.code(code), arguments: arguments)
        }
        let made = TraceDemoSource.starter(python: python, timeoutNanoseconds: timeoutNanoseconds)
        let last = LastTrace()
        let starter: TraceStarter = { request in
            let source = made(request)
            last.source = source as? TraceDemoSource
            return source
        }
        defer {
            // Said on the restored terminal, as before the pane animated: how the program ended.
            if let result = last.source?.result {
                FileHandle.standardError.write(Data("threadtutor: \(language.catalog(result.outcome.phrase))\n".utf8))
            }
        }
        let title = target.title
        let location = SourceLocation(path: "", line: 1, column: 1)
        let blocks: [Block] = [
            .heading(level: 1, content: [.text(title)]),
            .code(language: nil, info: "", text: commandLine),
        ]
        let step = Step(blocks: blocks, demos: [DemoSpec(source: "", location: location, scenario: nil)], location: location)
        let lesson = Lesson(slug: "trace", title: title, chapter: 1, order: 1, summary: "", path: "",
                            language: language, steps: [step])
        let course = Course(language: language, root: "", chapters: [Chapter(number: 1, title: title, lessons: [lesson])])
        let factory: DemoFactory = { _, _, language in TracePane(run: commandRun, title: title, language: language) }
        let options = InteractiveOptions(language: language, present: true)
        return try runInteractive(course: course, startLesson: lesson, step: 1, options: options, demoFactory: factory,
                                  startEffects: [.startTrace(commandRun, request)], trace: starter)
    }
}
