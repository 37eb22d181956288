/// First come, first served: each thread runs until it blocks or ends.
public struct FIFOPolicy: SchedulingPolicy {
    public var timeSlice: Int64? { nil }

    public init() {}

    public func choose(_ decision: SchedulingDecision) -> Int? { 0 }
}
