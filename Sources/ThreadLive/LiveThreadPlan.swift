/// One OS thread to run: a scenario thread with its actions, or a pool worker (which takes its work from the pool).
struct LiveThreadPlan: Hashable, Sendable {
    var name: String
    var start: LiveStart = .immediately
    var actions: [LiveAction] = []
    /// The pool this thread works for; nil for a scenario thread.
    var pool: Int?
}
