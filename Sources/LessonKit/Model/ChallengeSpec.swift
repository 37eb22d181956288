import ThreadModel
import TutorBasics

/// A ```challenge fence: a scenario the learner schedules by hand, the goal to make happen, the story that sets
/// it up, hints shown one at a time, and what happened once the goal is reached (and how real code avoids it).
public struct ChallengeSpec: Hashable, Sendable {
    public var source: String
    /// The first line inside the fence, for `path:line:col`.
    public var location: SourceLocation
    /// Nil when the scenario or the goal has errors (they are on the lesson).
    public var scenario: Scenario?
    public var goal: ChallengeGoal?
    public var story: String
    public var hints: [String]
    public var explanation: String

    public init(source: String, location: SourceLocation, scenario: Scenario? = nil, goal: ChallengeGoal? = nil,
                story: String = "", hints: [String] = [], explanation: String = "") {
        self.source = source
        self.location = location
        self.scenario = scenario
        self.goal = goal
        self.story = story
        self.hints = hints
        self.explanation = explanation
    }

    /// The engine for this challenge, when it parsed.
    public var engine: ChallengeEngine? { scenario.map { ChallengeEngine(program: Program(compiling: $0)) } }
}
