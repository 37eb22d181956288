import ThreadLive
import ThreadModel
import TutorUI

/// The live engine as the demo pane sees it: TutorUI knows only `LiveDemoRunner`, so the UI never imports
/// ThreadLive. Dropping the last reference to a source stops its threads (LiveRun stops in deinit).
final class LiveDemoSource: LiveDemoRunner {
    private let run: LiveRun

    init(scenario: Scenario) { run = LiveRun(scenario: scenario) }

    /// A starter for `ThreadDemo.factory(live:)`.
    static let starter: LiveDemoStarter = { LiveDemoSource(scenario: $0) }

    func start() -> Bool { run.start() }
    func stop() { run.stop() }
    func makeTimeline() -> Timeline { run.makeTimeline() }
    func drain(into timeline: inout Timeline) { run.drain(into: &timeline) }
    func kernelStates() -> [ThreadID: Character] { run.kernelSamples().mapValues(\.state) }
    var machineCores: Int { LiveRun.machineCores }
}
