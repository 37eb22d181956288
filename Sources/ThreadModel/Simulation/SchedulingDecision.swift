/// A moment where the scheduler must pick which ready thread gets a free core.
public struct SchedulingDecision: Sendable {
    public var time: Int64
    /// The free core (from 1) the chosen thread will run on.
    public var core: Int
    /// The candidates, in the order they became ready (at least two: with one there is nothing to decide).
    public var ready: ReadyQueue
}
