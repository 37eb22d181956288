import TutorBasics

/// A multiple-choice question from a ```quiz fence.
public struct QuizSpec: Hashable, Sendable {
    public var question: String
    public var choices: [String]
    /// Index into `choices`.
    public var answer: Int
    public var explanation: String
    public var location: SourceLocation

    public init(question: String, choices: [String], answer: Int, explanation: String, location: SourceLocation) {
        self.question = question
        self.choices = choices
        self.answer = answer
        self.explanation = explanation
        self.location = location
    }
}
