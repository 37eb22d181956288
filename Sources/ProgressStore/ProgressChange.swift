/// One thing that happened, recorded as a change rather than a whole new state, so two running copies
/// can each replay their own changes onto whatever the file holds and neither loses the other's.
public enum ProgressChange: Hashable, Sendable {
    case position(LessonPosition)
    case completed(lesson: String)
    /// An answer to a question, identified as "slug#step.quiz".
    case quizAnswer(id: String, correct: Bool)
    /// Challenge `challenge` (1-based, in its lesson) reached its goal in `moves` moves.
    case challengeSolved(lesson: String, challenge: Int, moves: Int)
}
