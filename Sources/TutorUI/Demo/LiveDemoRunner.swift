import ThreadModel

/// A scenario running on real threads, as the demo pane needs it. TutorUI does not import the live engine;
/// the executable adapts it to this (and tests can feed a recording by hand).
public protocol LiveDemoRunner: AnyObject, Sendable {
    /// Starts the real threads; false when the system refused (nothing is left running then).
    func start() -> Bool
    /// Ends every thread of the run; when it returns none is left.
    func stop()
    /// An empty timeline with the run's threads (and kernel ids), to drain into.
    func makeTimeline() -> Timeline
    /// Appends what was recorded since the last drain, and closes the timeline when the run is over.
    func drain(into timeline: inout Timeline)
    /// The kernel's state letter (R, S, D…) of each thread still alive; empty where /proc is missing.
    func kernelStates() -> [ThreadID: Character]
    /// CPUs this machine has, to warn when a scenario asks for more.
    var machineCores: Int { get }
}

/// Starts a live run of a scenario, or nil when live runs are not available.
public typealias LiveDemoStarter = @Sendable (Scenario) -> (any LiveDemoRunner)?
