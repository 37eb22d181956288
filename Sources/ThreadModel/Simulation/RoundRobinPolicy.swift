/// The longest-ready thread runs next; a running thread is preempted after `slice` if another wants its core.
public struct RoundRobinPolicy: SchedulingPolicy {
    public var timeSlice: Int64?

    public init(slice: Int64) { timeSlice = slice }

    public func choose(_ decision: SchedulingDecision) -> Int? { 0 }
}
