/// How a learner did on one question: how many tries, and whether the first one was right.
public struct QuizResult: Codable, Hashable, Sendable {
    public var attempts: Int
    public var correct: Bool
    public var firstTry: Bool

    public init(attempts: Int = 0, correct: Bool = false, firstTry: Bool = false) {
        self.attempts = attempts
        self.correct = correct
        self.firstTry = firstTry
    }
}
