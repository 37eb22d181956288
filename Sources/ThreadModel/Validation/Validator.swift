/// Walks a timeline, simulated or live, and reports what the five-state model forbids: illegal or misattributed
/// transitions, time going back, more running threads than cores, two GIL holders, a lock held twice, and
/// started threads that never end when no deadlock was reported.
public enum Validator {
    public static func validate(_ timeline: Timeline, scenario: Scenario) -> [ValidationIssue] {
        var walk = ValidationWalk(timeline: timeline, cores: scenario.cores, gil: scenario.gilSwitchInterval != nil)
        walk.run()
        return walk.issues
    }
}
