/// The scheduling policy a scenario asks for.
public enum PolicyKind: String, Hashable, Sendable, CaseIterable {
    /// Preempt a running thread when its slice is used up and another thread wants the core.
    case roundRobin = "round-robin"
    /// Run each thread until it blocks or ends.
    case fifo
}
