/// Every scheduling decision of the simulator goes through this one interface, so round robin, FIFO, a test's
/// script and a learner playing the scheduler are interchangeable.
public protocol SchedulingPolicy {
    /// How long a thread may run before it is preempted when another thread wants its core; nil runs each
    /// thread until it blocks or ends.
    var timeSlice: Int64? { get }

    /// The index in `decision.ready` of the thread to run, or nil to stop the simulation here and ask
    /// (the result then carries the pending decision).
    mutating func choose(_ decision: SchedulingDecision) -> Int?
}
