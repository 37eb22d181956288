/// What one move did: the state after it, and the state changes it caused, as Timeline transitions (time is the
/// move's number, so a challenge can be drawn with the demo's views).
public struct ChallengeStep: Hashable, Sendable {
    public var state: ChallengeState
    public var transitions: [Transition]

    public init(state: ChallengeState, transitions: [Transition]) {
        self.state = state
        self.transitions = transitions
    }
}
