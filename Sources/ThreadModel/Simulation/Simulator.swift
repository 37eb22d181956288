/// Runs a scenario in virtual time. Deterministic: the same scenario, seed and policy give the same
/// timeline on every machine.
public enum Simulator {
    /// Runs to the end with the scenario's own policy (round robin with its slice, or FIFO).
    public static func run(_ scenario: Scenario, seed: UInt64? = nil) -> Timeline {
        run(Program(compiling: scenario), seed: seed)
    }

    /// Runs a compiled program to the end with its own policy.
    public static func run(_ program: Program, seed: UInt64? = nil) -> Timeline {
        switch program.policy {
        case .roundRobin:
            var policy = RoundRobinPolicy(slice: program.slice)
            return run(program, policy: &policy, seed: seed).timeline
        case .fifo:
            var policy = FIFOPolicy()
            return run(program, policy: &policy, seed: seed).timeline
        }
    }

    /// Runs with any policy; stops early, with the decision pending, if the policy declines to choose.
    /// - Parameter seed: overrides the scenario's seed (tie-breaking between simultaneous events).
    public static func run<Policy: SchedulingPolicy>(
        _ scenario: Scenario, policy: inout Policy, seed: UInt64? = nil
    ) -> SimulationResult {
        run(Program(compiling: scenario), policy: &policy, seed: seed)
    }

    /// Runs a compiled program with any policy (see `run(_:policy:seed:)` for a scenario).
    public static func run<Policy: SchedulingPolicy>(
        _ program: Program, policy: inout Policy, seed: UInt64? = nil
    ) -> SimulationResult {
        var engine = SimulationEngine(program: program, policy: policy, seed: seed)
        let result = engine.run()
        policy = engine.policy
        return result
    }
}
