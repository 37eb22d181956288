import Testing
import LessonKit
import ThreadLive
import ThreadModel

/// Every English demo also runs live (the Korean course is checked to have the same demos): sped up so each takes
/// about 20 ms of real time, it ends (finished or deadlocked, never deadlocked where the simulator finishes) and
/// its timeline passes the Validator.
@Suite(.serialized) struct LessonDemoLiveTests {
    @Test(arguments: LessonDemo.all(in: ShippedCourse.english.lessons))
    func demoRunsLiveAndValidates(_ demo: LessonDemo) throws {
        let scenario = try #require(demo.spec.scenario, "\(demo) did not parse")
        let simulation = Simulator.run(scenario)
        let scale = min(1, 20_000 / Double(max(simulation.makespan, 1)))
        let run = LiveRun(scenario: scenario, timeScale: scale)
        #expect(run.start())
        let ended = run.waitUntilFinished(timeout: .seconds(30))
        run.stop()
        #expect(ended, "\(demo)")
        #expect(run.outcome == .finished || run.outcome == .deadlocked, "\(demo)")
        let timeline = run.timeline()
        let issues = Validator.validate(timeline, scenario: scenario).map(\.description)
        #expect(issues == [], "\(demo)")
        // A deadlock that depends on timing may not happen live, but one the simulator never sees must not either.
        if simulation.deadlock == nil { #expect(run.outcome == .finished, "\(demo)") }
    }
}
