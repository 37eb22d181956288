/// The learner's dealings with one question on screen.
public struct QuizState: Hashable, Sendable {
    /// The highlighted choice, 1-based.
    public var selected: Int?
    /// Choices tried and found wrong, 1-based; they stay marked so the learner sees what was ruled out.
    public var wrong: Set<Int> = []
    public var solved = false

    public init() {}
}
