/// What a key asks of a challenge pane (the learner is the scheduler). The challenge key context maps keys to
/// these; `update` hands them to the pane through `DemoPane.challenge(_:)`.
public enum ChallengeCommand: Hashable, Sendable {
    /// Run thread N (1-based, as numbered on screen) one step.
    case run(Int)
    /// Take the last move back.
    case undo
    /// Back to the first state.
    case restart
    /// Show one more hint.
    case hint
}
