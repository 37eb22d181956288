import ThreadModel
import TutorBasics

extension ChallengeGoal {
    /// The goal in words, for the pane and for `threadtutor challenges`.
    public var phrase: Phrase {
        switch self {
        case .counter(let name, let value): .challengeGoalCounter(counter: name, value: value)
        case .deadlock: .challengeGoalDeadlock
        case .criticalSection(let name): .challengeGoalCriticalSection(section: name)
        case .starve(let thread, let moves): .challengeGoalStarve(thread: thread, moves: moves)
        case .emptyPop(let queue): .challengeGoalEmptyPop(queue: queue)
        }
    }
}
