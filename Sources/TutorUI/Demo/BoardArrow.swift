import ThreadModel

/// A directed edge of the state board: the arrow a thread's token travels when it changes state.
struct BoardArrow: Hashable {
    let from: ThreadState
    let to: ThreadState

    init(_ from: ThreadState, _ to: ThreadState) {
        self.from = from
        self.to = to
    }
}
