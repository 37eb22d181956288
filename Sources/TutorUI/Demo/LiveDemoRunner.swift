import ThreadModel

/// A scenario running on real threads, as the app loop's `LiveRuntime` drives it. TutorUI does not import the
/// live engine; the executable adapts it to this (and tests can feed a recording by hand). Only the runtime
/// holds runners: the model and its demo panes see a run's id and the batches drained from it.
public protocol LiveDemoRunner: AnyObject, Sendable {
    /// Starts the real threads; false when the system refused (nothing is left running then).
    func start() -> Bool
    /// Ends every thread of the run; when it returns none is left.
    func stop()
    /// An empty timeline with the run's threads (and kernel ids), to drain into.
    func makeTimeline() -> Timeline
    /// Appends what was recorded since the last drain, and closes the timeline when the run is over.
    func drain(into timeline: inout Timeline)
    /// Every change of a thread's kernel state letter seen so far, in time order; empty where /proc is missing.
    func kernelChanges() -> [KernelStateChange]
    /// CPUs this machine has, to warn when a scenario asks for more.
    var machineCores: Int { get }
}

/// Makes a live run of a scenario, or nil when live runs are not available. `timeScale` is real time per
/// scenario time: the pane asks for slow motion (in its `startLive` effect), so the real threads move at the
/// pace the learner watches.
public typealias LiveDemoStarter = @Sendable (_ scenario: Scenario, _ timeScale: Double) -> (any LiveDemoRunner)?
