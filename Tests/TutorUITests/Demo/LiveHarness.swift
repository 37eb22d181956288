import ThreadModel
@testable import TutorUI

/// A pane with the app loop's runtime beside it, for tests of the pane alone: its live effects are carried
/// out and the runtime's news fed back in the order `AppLoop` does (news before each tick).
struct LiveHarness {
    var demo: ThreadDemo
    var runtime: LiveRuntime
    var runs = RunID.Counter()

    init(_ scenario: Scenario, starter: LiveDemoStarter?) {
        demo = ThreadDemo(scenario: scenario, liveAvailable: starter != nil)
        runtime = LiveRuntime(starter: starter)
    }

    /// Performs actions in order; returns the last status message.
    @discardableResult
    mutating func run(_ actions: DemoAction...) -> String? {
        var status: String?
        for action in actions {
            let reply = demo.perform(action, runs: &runs)
            status = carryOut(reply.effects) ?? reply.status
        }
        return status
    }

    /// One frame: what the runs recorded, then the tick.
    mutating func tick(milliseconds: Int) {
        _ = deliver(runtime.drain())
        demo.advance(milliseconds: milliseconds)
    }

    private mutating func carryOut(_ effects: [Effect]) -> String? {
        var status: String?
        for effect in effects {
            switch effect {
            case .startLive(let run, let scenario, let timeScale):
                status = deliver(runtime.start(run, scenario: scenario, timeScale: timeScale)) ?? status
            case .stopLive(let run): runtime.stop(run)
            default: break
            }
        }
        return status
    }

    private mutating func deliver(_ messages: [Message]) -> String? {
        var status: String?
        for case .live(let run, let news) in messages {
            let reply = demo.receive(news, for: run)
            status = carryOut(reply.effects) ?? reply.status ?? status
        }
        return status
    }
}
