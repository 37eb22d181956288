/// Picks threads from a script: each decision takes the next thread in `choices`. When the script runs out,
/// or names a thread that is not ready, the simulation stops with the decision pending — the way a learner
/// playing the scheduler is asked, and the way tests drive the simulator.
public struct ScriptedPolicy: SchedulingPolicy {
    public var timeSlice: Int64?
    public private(set) var choices: [ThreadID]
    /// How many choices have been used.
    public private(set) var used = 0
    /// Every decision the simulator asked for, in order.
    public private(set) var decisions: [SchedulingDecision] = []

    public init(choices: [ThreadID], slice: Int64?) {
        self.choices = choices
        timeSlice = slice
    }

    public mutating func choose(_ decision: SchedulingDecision) -> Int? {
        decisions.append(decision)
        guard used < choices.count, let index = decision.ready.firstIndex(of: choices[used]) else { return nil }
        used += 1
        return index
    }
}
