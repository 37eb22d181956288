import TutorBasics

/// One screenful of teaching: the text between two thematic breaks, with the demos and quizzes it contains.
public struct Step: Hashable, Sendable {
    public var blocks: [Block]
    public var demos: [DemoSpec]
    public var quizzes: [QuizSpec]
    /// Scenarios the learner schedules by hand (```challenge fences).
    public var challenges: [ChallengeSpec] = []
    /// Speaker notes for presenter mode (see docs/lesson-format.md); never shown to learners.
    public var notes: [Block]
    public var location: SourceLocation

    public init(blocks: [Block], demos: [DemoSpec] = [], quizzes: [QuizSpec] = [], notes: [Block] = [],
                location: SourceLocation) {
        self.blocks = blocks
        self.demos = demos
        self.quizzes = quizzes
        self.notes = notes
        self.location = location
    }
}
