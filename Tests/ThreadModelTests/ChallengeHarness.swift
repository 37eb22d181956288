import Testing
import TutorBasics
@testable import ThreadModel

/// A challenge played by thread names, with every move's transitions recorded into a Timeline for the validator.
struct ChallengeHarness {
    var play: ChallengePlay
    var timeline: Timeline

    init(_ yaml: String, goal: ChallengeGoal) throws {
        let engine = try ChallengeEngineTests.engine(yaml)
        play = ChallengePlay(engine: engine, goal: goal)
        timeline = engine.program.makeTimeline()
        for transition in play.engine.openingTransitions { timeline.append(.transition(transition)) }
    }

    var engine: ChallengeEngine { play.engine }
    var state: ChallengeState { play.state }

    func id(_ name: String) -> ThreadID {
        ThreadID(engine.program.threads.firstIndex { $0.name == name } ?? -1)
    }

    func refusal(_ name: String) -> ChallengeRefusal? { engine.refusal(of: id(name), in: state) }

    /// Plays the moves in order; a refused one is an issue, and stops the rest.
    mutating func run(_ names: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for name in names {
            switch play.play(id(name)) {
            case .success(let step): for transition in step.transitions { timeline.append(.transition(transition)) }
            case .failure(let refused):
                Issue.record("move \(play.moves.count + 1) (\(name)) refused: \(refused.refusal)", sourceLocation: sourceLocation)
                return
            }
        }
    }

    /// What the validator says about the moves so far (one core, no GIL).
    var validatorIssues: [ValidationIssue] { Validator.validate(timeline, scenario: Scenario()) }
}
