import TutorBasics

/// Why a run stopped with threads still blocked: every stuck thread's wait, and the wait-for cycle if there is
/// one (A waits for L2 held by B, B waits for L1 held by A). A hang without a cycle (an event nobody sets)
/// has an empty `cycle`.
public struct Deadlock: Hashable, Sendable {
    public var time: Int64
    public var cycle: [WaitEdge]
    public var stuck: [WaitEdge]

    public init(time: Int64, cycle: [WaitEdge], stuck: [WaitEdge]) {
        self.time = time
        self.cycle = cycle
        self.stuck = stuck
    }

    /// "A: waiting for lock L2 held by B; B: waiting for lock L1 held by A".
    public func sentence(in language: Language, names: (ThreadID) -> String) -> String {
        let edges = cycle.isEmpty ? stuck : cycle
        let parts = edges.map { "\(names($0.thread)): \($0.reason.sentence(in: language))" }
        let details = parts.joined(separator: "; ")
        return language.catalog(cycle.isEmpty ? .stuck(details: details) : .deadlock(details: details))
    }
}
