import LessonKit
import ProgressStore
import TextKernel
import TutorBasics

/// The whole state of the interactive tutorial. Views draw it; only `update` changes it.
public struct Model: Sendable {
    public let course: Course
    /// Every lesson in teaching order (the course's chapters flattened).
    public let lessons: [Lesson]
    public let options: InteractiveOptions
    /// The key table as given; `keys` is the one that applies now.
    public let keyTable: KeyTable
    /// `keyTable` with the challenge keys first, made once: help and the hint line read it on every frame.
    let challengeKeyTable: KeyTable
    /// The key table as it reads now: while a challenge pane is shown, its keys shadow the lesson's (and help,
    /// which lists this table, says so).
    public var keys: KeyTable { demo?.wantsChallengeKeys == true ? challengeKeyTable : keyTable }
    /// A phrase in the course language: every word the interface says comes from the catalog.
    public func say(_ phrase: Phrase) -> String { options.language.catalog(phrase) }
    public var glyphs: Glyphs { options.asciiOnly ? .ascii : .unicode }

    public var size: Size
    public var lessonIndex: Int
    public var stepIndex: Int
    /// Lines scrolled off the top of the lesson pane.
    public var lessonScroll = 0
    public var focus: Focus = .lesson
    public var overlay: Overlay?
    /// Quiz states of the current step, by quiz index.
    public var quizzes: [Int: QuizState] = [:]
    public var progress: Progress
    public let policy: ProgressPolicy
    /// The current step's demo pane, if the step has a demo.
    public var demo: (any DemoPane)?
    public let demoFactory: DemoFactory
    /// The stamp of the one tick that counts (see `Message.tick`).
    public var tickStamp = 0
    /// Ids for live runs, never reused in a session, so news of a stopped run cannot reach a newer one.
    public var runIDs = RunID.Counter()
    /// A one-line message for the status line, cleared by the next key.
    public var status: StyledLine?
    /// The lesson pane's laid-out text, brought up to date by `update` (see `lessonContent`).
    public internal(set) var lessonText: LessonTextCache?

    /// Milliseconds between demo frames while playing.
    public static let frameMilliseconds = 50
    /// Below this the screen only says it is too small.
    public static let minimumSize = Size(width: 40, height: 10)
    /// From this width the demo pane sits beside the lesson instead of below it.
    public static let sideBySideWidth = 100

    /// A model at the start of a session. With no `startLesson` and a saved position, it offers to resume
    /// (never in presenter mode). `startStep` is 1-based.
    public init(course: Course, options: InteractiveOptions, size: Size, progress: Progress = Progress(),
                startLesson: String? = nil, startStep: Int? = nil, demoFactory: @escaping DemoFactory = DemoPlaceholder.factory,
                keys: KeyTable = .standard) {
        self.course = course
        lessons = course.lessons
        self.options = options
        keyTable = keys
        challengeKeyTable = keys.withChallengeKeys
        self.size = size
        self.progress = progress
        self.demoFactory = demoFactory
        policy = options.present ? .none : (startLesson == nil ? .full : .positionOnly)
        let named = startLesson.flatMap { slug in course.lessons.firstIndex { $0.slug == slug } }
        lessonIndex = named ?? course.lessons.firstIndex { !$0.isBroken } ?? 0
        stepIndex = 0
        _ = enterStep(max(0, (startStep ?? 1) - 1))  // a new model has no live run to stop
        if startLesson == nil, !options.present, let last = progress.last,
           let saved = lessons.firstIndex(where: { $0.slug == last.lesson && !$0.isBroken }),
           saved != lessonIndex || last.step > 1 {
            overlay = .resume(lessonIndex: saved, step: last.step)
        }
        refreshLessonText()
    }

    public var lesson: Lesson? { lessons.indices.contains(lessonIndex) ? lessons[lessonIndex] : nil }
    public var step: Step? {
        guard let lesson, lesson.steps.indices.contains(stepIndex) else { return nil }
        return lesson.steps[stepIndex]
    }
    public var chapter: Chapter? { lesson.flatMap { l in course.chapters.first { $0.number == l.chapter } } }

    /// The first quiz of this step not yet answered correctly.
    public var openQuizIndex: Int? {
        guard let step else { return nil }
        return step.quizzes.indices.first { quizzes[$0]?.solved != true }
    }

    /// The contexts that read keys now, most specific first.
    public var keyContexts: [KeyContext] {
        switch overlay {
        case .menu: return [.menu]
        case .help: return [.help]
        case .resume: return [.resume]
        case .notes, nil:
            var contexts: [KeyContext]
            let question = openQuizIndex != nil || demo?.isAsking == true
            switch (demo?.wantsChallengeKeys == true, question) {
            // A challenge's numbers run its threads; an open quiz of the lesson takes them while the lesson has focus.
            case (true, true): contexts = focus == .lesson ? [.question, .challenge] : [.challenge, .question]
            case (true, false): contexts = [.challenge]
            case (false, true): contexts = [.question]
            case (false, false): contexts = []
            }
            if options.present { contexts.append(.presenter) }
            return contexts + [.lesson]
        }
    }

    /// Moves to a step of the current lesson (clamped), resetting what belongs to the old step. Returns the
    /// effects that stop the old demo's live runs: leaving a step ends its threads.
    mutating func enterStep(_ index: Int) -> [Effect] {
        let stops = stopLiveRuns()
        let count = lesson?.steps.count ?? 0
        stepIndex = min(max(0, index), max(0, count - 1))
        lessonScroll = 0
        quizzes = [:]
        tickStamp += 1
        demo = lesson.flatMap { lesson in step.flatMap { demoFactory($0, lesson, options.language) } }
        if demo == nil { focus = .lesson }
        if overlay == .notes, !options.present { overlay = nil }
        return stops
    }

    /// Effects that stop every live run of the current demo.
    func stopLiveRuns() -> [Effect] { demo?.liveRuns.map { .stopLive($0) } ?? [] }
}
