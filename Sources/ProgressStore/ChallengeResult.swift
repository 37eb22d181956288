/// How a learner did on one challenge (the learner as the scheduler): whether the goal was reached, and the
/// fewest moves it took. Kept in progress.json under "slug#N", N the challenge's number in its lesson.
public struct ChallengeResult: Codable, Hashable, Sendable {
    public var solved: Bool
    /// The fewest moves of any solve; 0 while unsolved.
    public var bestMoves: Int

    public init(solved: Bool = false, bestMoves: Int = 0) {
        self.solved = solved
        self.bestMoves = bestMoves
    }

    /// The key of challenge `number` (1-based) of a lesson.
    public static func key(lesson: String, challenge number: Int) -> String { "\(lesson)#\(number)" }
}
