import Testing
import ThreadModel
@testable import ThreadLive

/// Runs a scenario on real threads to its end and checks the timeline with the simulator's own validator; the
/// live suites share it.
func runToEnd(_ scenario: Scenario) -> (LiveRun, Timeline) {
        let run = LiveRun(scenario: scenario)
        #expect(run.start())
        let done = run.waitUntilFinished(timeout: .seconds(20))
        run.stop()
        #expect(done)
        let timeline = run.timeline()
        #expect(Validator.validate(timeline, scenario: scenario).map(\.description) == [])
        return (run, timeline)
}
