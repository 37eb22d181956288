/// A learner's progress: where they were, which lessons they finished, how the questions went.
/// This is the content of progress.json.
public struct Progress: Codable, Hashable, Sendable {
    public var version: Int
    public var last: LessonPosition?
    /// Lesson slugs, sorted, so the file diffs cleanly.
    public var completed: [String]
    public var quizzes: [String: QuizResult]

    public init(last: LessonPosition? = nil, completed: [String] = [], quizzes: [String: QuizResult] = [:]) {
        version = 1
        self.last = last
        self.completed = completed
        self.quizzes = quizzes
    }

    public func isCompleted(_ slug: String) -> Bool { completed.contains(slug) }

    /// Applies one change. Completion and correct answers are never undone by a later change.
    public mutating func apply(_ change: ProgressChange) {
        switch change {
        case .position(let position):
            last = position
        case .completed(let slug):
            if !completed.contains(slug) { completed = (completed + [slug]).sorted() }
        case .quizAnswer(let id, let correct):
            var result = quizzes[id] ?? QuizResult()
            result.attempts += 1
            if correct && !result.correct {
                result.correct = true
                result.firstTry = result.attempts == 1
            }
            quizzes[id] = result
        }
    }
}
