import Foundation
import LessonKit
import NCursesBackend
import ProgressStore
import TextKernel
import TutorBasics
import TutorUI

/// Runs the full-screen tutorial until the learner quits; returns the exit status.
/// `startLesson` replays that lesson from `step` (1-based) and records only the last position; without it
/// the learner is offered to resume. With `options.present` nothing is read from or written to progress.
/// When there is no usable terminal (a pipe, TERM=dumb) the lesson is printed as plain text instead.
/// `demoFactory`: the panes for the steps (`trace` passes one that plays its recorded timeline).
/// `startEffects`: carried out before the first key (`trace` starts its program so).
func runInteractive(course: Course, startLesson: Lesson?, step: Int?, options: InteractiveOptions,
                    demoFactory: @escaping DemoFactory = interactiveDemoFactory, startEffects: [Effect] = [],
                    trace: @escaping TraceStarter = TraceDemoSource.starter) throws -> Int32 {
    let language = options.language
    let store = ProgressStore(directory: ProgressStore.defaultDirectory())
    var progress = Progress()
    var notice: String?
    if !options.present {
        do {
            let loaded = try store.load()
            progress = loaded.progress
            notice = loaded.corruptFileMovedTo.map { language.catalog(.progressCorrupt(path: $0)) }
        } catch {
            notice = language.catalog(.progressFailed(reason: "\(error)"))
        }
    }

    let backend: NCursesBackend
    do {
        backend = try NCursesBackend(colorMode: options.colorMode, mouse: !options.noMouse)
    } catch let unavailable as TerminalUnavailable {
        printPlainLesson(course: course, lesson: startLesson, options: options, reason: unavailable.reason)
        return 0
    }
    defer { backend.close() }

    var sessionOptions = options
    sessionOptions.asciiOnly = options.asciiOnly || backend.asciiOnly
    var model = Model(course: course, options: sessionOptions, size: backend.size, progress: progress,
                      startLesson: startLesson?.slug, startStep: step, demoFactory: demoFactory)
    if let notice { model.status = StyledLine(notice, Style(.warning, bold: true)) }

    var loop = AppLoop(backend: backend, model: model, live: LiveDemoSource.starter, trace: trace) { change in
        do {
            let loaded = try store.record([change])
            return loaded.corruptFileMovedTo.map { language.catalog(.progressCorrupt(path: $0)) }
        } catch {
            return language.catalog(.progressFailed(reason: "\(error)"))
        }
    }
    loop.run(startingWith: startEffects)
    return 0
}

/// The demo pane used by the interactive session: a step with a challenge shows the challenge (the learner is
/// the scheduler); any other demo has live runs available, started by the app loop's runtime with
/// `LiveDemoSource.starter`.
let interactiveDemoFactory: DemoFactory = ChallengePane.factory(otherwise: ThreadDemo.factory(liveAvailable: true))

/// Asks for confirmation (unless `assumeYes`) and forgets all saved progress. Returns the exit status.
func resetProgress(language: Language, assumeYes: Bool) -> Int32 {
    let store = ProgressStore(directory: ProgressStore.defaultDirectory())
    if !assumeYes {
        let question = language.catalog(.resetQuestion(path: store.filePath))
        print(question, terminator: "")
        guard let answer = readLine()?.lowercased(), answer == "y" || answer == "yes" || answer == "ㅛ" else {
            print(language.catalog(.resetNothingChanged))
            return 1
        }
    }
    do {
        try store.reset()
        print(language.catalog(.resetDone))
        return 0
    } catch {
        FileHandle.standardError.write(Data("threadtutor: \(error)\n".utf8))
        return 1
    }
}

/// Plain output for a terminal that cannot show the interface: the lesson as `threadtutor show` prints it.
private func printPlainLesson(course: Course, lesson: Lesson?, options: InteractiveOptions, reason: Phrase) {
    guard let lesson = lesson ?? course.lessons.first(where: { !$0.isBroken }) else { return }
    let notice = options.language.catalog(.fullScreenUnavailable(reason: options.language.catalog(reason)))
    FileHandle.standardError.write(Data("threadtutor: \(notice)\n".utf8))
    print(LessonPrinter.render(lesson, width: OutputTarget.width(explicit: nil), color: false), terminator: "")
}
