import Foundation
import LessonKit
import ThreadModel
import ThreadTrace
import TutorBasics
import TutorUI

/// `threadtutor trace` on a terminal: once the program has run, its recorded timeline opens in the demo pane
/// (pause, step, rewind and per-thread jumps work as for any demo), beside a page with how it ended and the
/// tail of its output. Nothing is written to progress.
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
                FileHandle.standardError.write(Data("threadtutor: \(result.outcome.sentence)\n".utf8))
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

    static func show(_ result: TraceResult, language: Language) throws -> Int32 {
        let title = result.scenario.title ?? "trace"
        let location = SourceLocation(path: "", line: 1, column: 1)
        var blocks: [Block] = [
            .heading(level: 1, content: [.text(title)]),
            .paragraph([.text(result.outcome.sentence.prefix(1).uppercased() + result.outcome.sentence.dropFirst() + ".")]),
        ]
        if let deadlock = result.timeline.deadlock {
            blocks.append(.paragraph([.text(deadlock.sentence(in: language) { result.timeline.threads[$0.rawValue].name })]))
        }
        for note in result.notes { blocks.append(.paragraph([.text(note)])) }
        for (label, tail) in [("Output", result.stdout), ("Error output", result.stderr)] {
            let kept = tail.kept
            guard !kept.lines.isEmpty else { continue }
            let dropped = kept.dropped > 0 ? " (the last \(kept.lines.count) lines)" : ""
            blocks.append(.paragraph([.strong([.text(label + dropped)])]))
            blocks.append(.code(language: nil, info: "", text: kept.lines.joined(separator: "\n")))
        }
        let step = Step(blocks: blocks, demos: [DemoSpec(source: "", location: location, scenario: result.scenario)],
                        location: location)
        let lesson = Lesson(slug: "trace", title: title, chapter: 1, order: 1, summary: "", path: "",
                            language: language, steps: [step])
        let course = Course(language: language, root: "", chapters: [Chapter(number: 1, title: title, lessons: [lesson])])
        let timeline = result.timeline, scenario = result.scenario
        let factory: DemoFactory = { _, _, language in
            ThreadDemo(recorded: timeline, scenario: scenario, title: title, language: language)
        }
        let options = InteractiveOptions(language: language, present: true)
        return try runInteractive(course: course, startLesson: lesson, step: 1, options: options, demoFactory: factory)
    }
}
