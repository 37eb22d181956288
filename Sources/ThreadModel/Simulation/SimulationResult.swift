/// What a simulation produced: the timeline, and — when the policy declined to choose — the decision it
/// stopped at (the timeline is then unfinished: `endTime` is nil).
public struct SimulationResult: Sendable {
    public var timeline: Timeline
    public var pendingDecision: SchedulingDecision?
}
