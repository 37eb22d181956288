import ThreadLive
import ThreadModel
import TutorUI

/// The live engine as the demo pane sees it: TutorUI knows only `LiveDemoRunner`, so the UI never imports
/// ThreadLive. Dropping the last reference to a source stops its threads (LiveRun stops in deinit).
final class LiveDemoSource: LiveDemoRunner {
    private let run: LiveRun

    init(scenario: Scenario, timeScale: Double) { run = LiveRun(scenario: scenario, timeScale: timeScale) }

    /// A starter for `ThreadDemo.factory(live:)`.
    static let starter: LiveDemoStarter = { LiveDemoSource(scenario: $0, timeScale: $1) }

    /// Starts the threads and a /proc watcher, so the pane can show what the kernel said at any moment.
    func start() -> Bool { run.start(kernelWatchInterval: .milliseconds(5)) }
    func stop() { run.stop() }
    func makeTimeline() -> Timeline { run.makeTimeline() }
    func drain(into timeline: inout Timeline) { run.drain(into: &timeline) }
    func kernelChanges() -> [KernelStateChange] {
        run.kernelObservations().map { KernelStateChange(time: $0.time, thread: $0.thread, letter: $0.state) }
    }
    var machineCores: Int { LiveRun.machineCores }
}
