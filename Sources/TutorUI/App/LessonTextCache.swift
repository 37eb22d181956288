import TextKernel
import TutorBasics

/// The lesson pane's laid-out text, kept in the model so that drawing a frame never lays out Markdown: at 20
/// frames a second while a demo plays, the text was laid out three times a frame. The step's text is laid out
/// again only when what it depends on changes (`Key`); the questions below it, which change as they are
/// answered, are added again only when their answers change.
public struct LessonTextCache: Sendable {
    /// Everything the step's laid-out text depends on.
    public struct Key: Hashable, Sendable {
        public var lesson: Int
        public var step: Int
        public var width: Int
        public var language: Language
        public var asciiOnly: Bool
        public var present: Bool
    }

    public private(set) var key: Key
    /// The quiz answers `content` shows.
    public private(set) var quizzes: [Int: QuizState]
    /// The step's text (after a broken lesson's problems), at `key.width`.
    private var body: [StyledLine]
    private var examples: [RunnableExample]
    /// `body` and the step's questions: what the lesson pane shows.
    public private(set) var content: LessonContent
    /// How many times the step's text was laid out since the model was made (tests watch it stay put).
    public private(set) var layouts = 1

    init(model: Model, key: Key) {
        self.key = key
        quizzes = model.quizzes
        (body, examples) = LessonContent.body(model: model, width: key.width)
        content = LessonContent(body: body, examples: examples, model: model, width: key.width)
    }

    /// Whether `content` is what `model` shows now.
    func isCurrent(for model: Model, key: Key) -> Bool { key == self.key && model.quizzes == quizzes }

    /// Brings the cache up to date for `model`, laying out the step's text only if its key changed.
    mutating func refresh(for model: Model, key: Key) {
        guard !isCurrent(for: model, key: key) else { return }
        if key != self.key {
            self.key = key
            (body, examples) = LessonContent.body(model: model, width: key.width)
            layouts += 1
        }
        quizzes = model.quizzes
        content = LessonContent(body: body, examples: examples, model: model, width: key.width)
    }
}
