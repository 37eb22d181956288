/// A live run that can make no more progress: the wait-for cycle if there is one, and every stuck thread's wait.
struct LiveDeadlockReport: Hashable, Sendable {
    var nanoseconds: Int64
    var cycle: [LiveWaitEdge]
    var stuck: [LiveWaitEdge]
}
