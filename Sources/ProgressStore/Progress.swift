/// A learner's progress: where they were, which lessons they finished, how the questions went.
/// This is the content of progress.json.
public struct Progress: Codable, Hashable, Sendable {
    public var version: Int
    public var last: LessonPosition?
    /// Lesson slugs, sorted, so the file diffs cleanly.
    public var completed: [String]
    public var quizzes: [String: QuizResult]
    /// Challenge results by "slug#N" (`ChallengeResult.key`). A file written before challenges has none.
    public var challenges: [String: ChallengeResult]

    public init(last: LessonPosition? = nil, completed: [String] = [], quizzes: [String: QuizResult] = [:],
                challenges: [String: ChallengeResult] = [:]) {
        version = 1
        self.last = last
        self.completed = completed
        self.quizzes = quizzes
        self.challenges = challenges
    }

    private enum CodingKeys: String, CodingKey { case version, last, completed, quizzes, challenges }

    /// Reads a file from any version so far: `challenges` came later, so a file without it still loads.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(Int.self, forKey: .version)
        last = try container.decodeIfPresent(LessonPosition.self, forKey: .last)
        completed = try container.decode([String].self, forKey: .completed)
        quizzes = try container.decode([String: QuizResult].self, forKey: .quizzes)
        challenges = try container.decodeIfPresent([String: ChallengeResult].self, forKey: .challenges) ?? [:]
    }

    /// The result of challenge `number` of a lesson, if it was ever solved.
    public func challenge(lesson: String, number: Int) -> ChallengeResult? {
        challenges[ChallengeResult.key(lesson: lesson, challenge: number)]
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
        case .challengeSolved(let lesson, let number, let moves):
            // The best solve is kept: a longer one later does not replace it.
            let key = ChallengeResult.key(lesson: lesson, challenge: number)
            let old = challenges[key]
            let best = old.map { $0.solved ? min($0.bestMoves, moves) : moves } ?? moves
            challenges[key] = ChallengeResult(solved: true, bestMoves: best)
        }
    }
}
