import Testing
import LessonKit
import ThreadModel
import TutorBasics
@testable import TutorUI

/// A step with several demos shows one at a time; `d` moves to the next and actions reach only the one shown.
@Suite struct DemoSequenceTests {
    static let withGIL = DemoScenarios.parse("""
        title: With the GIL
        cores: 2
        gil: true
        threads:
          - {name: A, run: [compute 50ms]}
          - {name: B, run: [compute 50ms]}
        """)
    static let withoutGIL = DemoScenarios.parse("""
        title: Without a GIL
        cores: 2
        threads:
          - {name: A, run: [compute 50ms]}
          - {name: B, run: [compute 50ms]}
        """)

    func step(_ scenarios: [Scenario]) -> Step {
        let location = SourceLocation(path: "x.md", line: 1, column: 1)
        return Step(blocks: [], demos: scenarios.map { DemoSpec(source: "", location: location, scenario: $0) },
                    location: location)
    }

    func lesson(_ step: Step) -> Lesson {
        Lesson(slug: "x", title: "X", chapter: 1, order: 1, summary: "", path: "x.md", language: .en, steps: [step])
    }

    @Test func aStepWithTwoDemosOffersBoth() throws {
        let twoDemos = step([Self.withGIL, Self.withoutGIL])
        var pane = try #require(ThreadDemo.factory(liveAvailable: false)(twoDemos, lesson(twoDemos), .en))
        var runs = RunID.Counter()
        #expect(pane.title == "1/2 · With the GIL")
        _ = pane.perform(.playPause, runs: &runs)
        #expect(pane.isPlaying)
        let message = pane.perform(.nextDemo, runs: &runs).status
        #expect(pane.title == "2/2 · Without a GIL")
        #expect(message == "Demo 2/2: Without a GIL")
        #expect(!pane.isPlaying, "the demo left behind is paused, the new one waits for space")
        _ = pane.perform(.nextDemo, runs: &runs)
        #expect(pane.title == "1/2 · With the GIL", "d wraps around")
    }

    @Test func aStepWithOneDemoIsThatDemo() throws {
        let oneDemo = step([Self.withGIL])
        let pane = try #require(ThreadDemo.factory(liveAvailable: false)(oneDemo, lesson(oneDemo), .en))
        #expect(pane is ThreadDemo)
    }

    @Test func theSwitchIsAnnouncedInKorean() throws {
        let twoDemos = step([Self.withGIL, Self.withoutGIL])
        var pane = try #require(ThreadDemo.factory(liveAvailable: false)(twoDemos, lesson(twoDemos), .ko))
        var runs = RunID.Counter()
        #expect(pane.perform(.nextDemo, runs: &runs).status == "데모 2/2: Without a GIL")
    }
}
