import ThreadModel
import TutorBasics

/// A finished trace: the timeline (valid, see TraceTimelineBuilder), a scenario describing the machine for the
/// exporters and the validator, how the program ended, and the tail of its output.
public struct TraceResult: Sendable {
    public var timeline: Timeline
    public var scenario: Scenario
    public var outcome: TraceOutcome
    public var stdout: OutputTail
    public var stderr: OutputTail
    /// What the bootstrap said about the interpreter: version, and whether the GIL was on.
    public var pythonVersion: String?
    public var gilEnabled: Bool
    /// The raw material, kept for tests and for a later look (/proc changes and bootstrap events).
    public var events: [TraceEvent]
    public var samples: [TraceSample]
    /// Notes for the learner (a free-threaded build without the GIL, dropped output…).
    public var notes: [Phrase]
    /// CPU time the /proc sampler thread used, and the run's wall time (the sampler's cost is their ratio).
    public var samplerCPUNanoseconds: Int64
    public var wallNanoseconds: Int64
}
