import Yams

/// A goal written wrong, as the sentence the author reads (a `Result` failure needs an `Error`), and where in the
/// goal it is when that is narrower than the whole goal (the `moves` of a `starve`).
struct GoalProblem: Error {
    var message: String
    var mark: Mark?

    init(_ message: String, at node: Node? = nil) {
        self.message = message
        mark = node?.mark
    }
}
