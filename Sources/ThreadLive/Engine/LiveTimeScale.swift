/// Scenario time ↔ real time for one live run. The Program counts in scenario µs; a live run waits and
/// spins in real ns, multiplied by the run's scale (0.1 ten times faster, 10 slow motion), and records in
/// scenario µs again, so its Timeline reads like the simulator's.
struct LiveTimeScale: Sendable {
    let factor: Double

    init(_ factor: Double) { self.factor = factor > 0 ? factor : 1 }

    /// Scenario µs → real ns (negative counts as 0).
    func nanoseconds(_ micros: Int64) -> Int64 {
        Int64((Double(max(0, micros)) * 1_000 * factor).rounded())
    }

    /// Real ns → scenario µs, rounded down.
    func micros(_ nanoseconds: Int64) -> Int64 {
        Int64((Double(nanoseconds) / 1_000 / factor).rounded(.down))
    }
}
