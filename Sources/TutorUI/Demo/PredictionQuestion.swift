import ThreadModel

/// An open prediction: playback waits just before `transition` and asks which state its thread goes to.
public struct PredictionQuestion: Hashable, Sendable {
    public var transition: Transition
    /// The legal next states of the thread's current state, in the order the five-state model lists them.
    public var choices: [ThreadState]
    /// The choice picked with a number key, 1-based, not yet confirmed.
    public var selected: Int?
    /// Choices confirmed and found wrong.
    public var wrong: Set<ThreadState> = []
    /// The latest wrong choice, to say "not that one".
    public var lastWrong: ThreadState?

    public init(transition: Transition) {
        self.transition = transition
        choices = ThreadState.allCases.filter { transition.from.canMove(to: $0) }
    }

    public var answer: ThreadState { transition.to }
}
