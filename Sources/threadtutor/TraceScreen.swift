import LessonKit
import ThreadModel
import ThreadTrace
import TutorBasics
import TutorUI

/// `threadtutor trace` on a terminal: once the program has run, its recorded timeline opens in the demo pane
/// (pause, step, rewind and per-thread jumps work as for any demo), beside a page with how it ended and the
/// tail of its output. Nothing is written to progress.
enum TraceScreen {
    static func show(_ result: TraceResult, language: Language) throws -> Int32 {
        let title = result.scenario.title ?? "trace"
        let location = SourceLocation(path: "", line: 1, column: 1)
        var blocks: [Block] = [
            .heading(level: 1, content: [.text(title)]),
            .paragraph([.text(Self.sentence(language.catalog(result.outcome.phrase)))]),
        ]
        if let deadlock = result.timeline.deadlock {
            blocks.append(.paragraph([.text(deadlock.sentence(in: language) { result.timeline.threads[$0.rawValue].name })]))
        }
        for note in result.notes { blocks.append(.paragraph([.text(Self.sentence(language.catalog(note)))])) }
        let streams: [((Int, Int) -> Phrase, OutputTail)] = [
            (Phrase.traceOutputHeading(kept:dropped:), result.stdout), (Phrase.traceErrorOutputHeading(kept:dropped:), result.stderr),
        ]
        for (heading, tail) in streams {
            let kept = tail.kept
            guard !kept.lines.isEmpty else { continue }
            blocks.append(.paragraph([.strong([.text(language.catalog(heading(kept.lines.count, kept.dropped)))])]))
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

    /// A catalog phrase as a sentence on the page: capitalised (where the script has capitals) and closed.
    static func sentence(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }
}
