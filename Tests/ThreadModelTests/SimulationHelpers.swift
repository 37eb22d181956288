import Testing
import TutorBasics
@testable import ThreadModel

/// Parses a scenario, simulates it, and records an issue if the timeline breaks any rule of the validator.
func simulate(_ yaml: String, seed: UInt64? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (Timeline, Scenario) {
    let scenario = try ScenarioParser.parse(yaml, origin: TutorBasics.SourceLocation(path: "test.yaml", line: 1, column: 1))
    let timeline = Simulator.run(scenario, seed: seed)
    let issues = Validator.validate(timeline, scenario: scenario)
    #expect(issues.isEmpty, "validator: \(issues)", sourceLocation: sourceLocation)
    return (timeline, scenario)
}

extension Timeline {
    func id(_ name: String) -> ThreadID { thread(named: name) ?? ThreadID(-1) }

    /// A thread's non-empty spans as "state start-end" in milliseconds, for compact golden comparisons.
    func trace(_ name: String) -> [String] {
        spans(for: id(name)).filter { $0.duration > 0 && $0.state != .terminated }
            .map { "\($0.state.rawValue) \($0.start / 1_000)-\($0.end / 1_000)" }
    }

    /// The time of `thread`'s last transition into `state`.
    func lastTime(_ name: String, to state: ThreadState) -> Int64? {
        transitions(of: id(name)).last { $0.to == state }?.time
    }
}

let ms: Int64 = 1_000
