/// A goal written wrong, as the sentence the author reads (a `Result` failure needs an `Error`).
struct GoalProblem: Error, Hashable {
    var message: String

    init(_ message: String) { self.message = message }
}
