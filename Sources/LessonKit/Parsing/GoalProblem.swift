import Yams

/// A goal written wrong, as the sentence the author reads (a `Result` failure needs an `Error`), and the part of
/// the goal it is about when that is narrower than the whole goal.
struct GoalProblem: Error, Hashable {
    var message: String
    var node: Node?

    init(_ message: String, at node: Node? = nil) {
        self.message = message
        self.node = node
    }
}
