import Testing
import TutorBasics
@testable import ThreadModel

@Suite struct SchedulingPolicyTests {
    static let scenario = try! ScenarioParser.parse("""
        tick: 1ms
        slice: 2
        threads:
          - {name: A, run: [compute 4]}
          - {name: B, run: [compute 4]}
          - {name: C, run: [compute 4]}
        """, origin: TutorBasics.SourceLocation(path: "t.yaml", line: 1, column: 1))

    @Test func roundRobinTakesTurnsInArrivalOrder() {
        let timeline = Simulator.run(Self.scenario)
        #expect(timeline.trace("A") == ["running 0-2", "ready 2-6", "running 6-8"])
        #expect(timeline.trace("C") == ["ready 0-4", "running 4-6", "ready 6-10", "running 10-12"])
    }

    @Test func fifoRunsEachThreadToTheEnd() {
        var scenario = Self.scenario
        scenario.policy = .fifo
        let timeline = Simulator.run(scenario)
        #expect(timeline.trace("B") == ["ready 0-4", "running 4-8"])
        #expect(timeline.makespan == 12 * ms)
    }

    @Test func aScriptedPolicyDecidesAndStopsWhenItsScriptRunsOut() throws {
        let a = ThreadID(0), c = ThreadID(2)
        var policy = ScriptedPolicy(choices: [c, a], slice: 2 * ms)
        let result = Simulator.run(Self.scenario, policy: &policy)
        // C was chosen first, then A; the third decision is left to the caller.
        #expect(result.timeline.trace("C").first == "running 0-2")
        #expect(result.timeline.trace("A").first == "ready 0-2")
        #expect(policy.used == 2)
        let pending = try #require(result.pendingDecision)
        #expect(pending.time == 4 * ms)
        #expect(Array(pending.ready) == [ThreadID(1), c, a])
        #expect(result.timeline.endTime == nil)
        #expect(Validator.validate(result.timeline, scenario: Self.scenario).isEmpty)
    }

    @Test func theSameScenarioAndSeedGiveTheSameTimeline() {
        let first = Simulator.run(Self.scenario, seed: 7)
        let second = Simulator.run(Self.scenario, seed: 7)
        #expect(first.transitions == second.transitions)
        #expect(first.events == second.events)
    }

    @Test func aSeedShufflesSimultaneousEventsAndNoSeedKeepsTheirOrder() throws {
        let scenario = try ScenarioParser.parse("""
            threads:
              - {name: A, run: [io 10ms, compute 5ms]}
              - {name: B, run: [io 10ms, compute 5ms]}
              - {name: C, run: [io 10ms, compute 5ms]}
            """, origin: TutorBasics.SourceLocation(path: "t.yaml", line: 1, column: 1))
        func firstAfterIO(_ timeline: Timeline) -> String? {
            timeline.transitions.first { $0.time == 10 * ms && $0.to == .running }.map { timeline.threads[$0.thread.rawValue].name }
        }
        #expect(firstAfterIO(Simulator.run(scenario)) == "A")
        let orders = Set((1...20).compactMap { firstAfterIO(Simulator.run(scenario, seed: UInt64($0))) })
        #expect(orders.count > 1)
    }
}
