import SnapshotTesting
import Testing
import TextKernel
import TutorBasics
@testable import TutorUI

/// The pane alone, at the sizes it gets: beside the lesson at 120x40 (52x37), below it at 80x24 (78x7), and
/// on a tiny terminal; in English and Korean, at several cursor positions.
@Suite struct DemoSnapshotTests {
    static let side = Size(width: 52, height: 37)
    static let stacked = Size(width: 78, height: 7)
    static let tiny = Size(width: 38, height: 3)

    private func played(_ demo: ThreadDemo, milliseconds: Int) -> ThreadDemo {
        var demo = demo
        demo.run(.playPause)
        demo.advance(milliseconds: milliseconds)
        return demo
    }

    @Test func lifecycleAtTheStart() {
        let demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        assertSnapshot(of: demo.render(Self.side), as: .lines, named: "side")
        assertSnapshot(of: demo.render(Self.stacked), as: .lines, named: "stacked")
    }

    @Test func lifecyclePredictionOpenWithAWrongTry() {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        demo.run(.playPause)
        demo.advance(milliseconds: 500)
        while let question = demo.question, question.choices.count == 1 {
            demo.run(.answer(1), .confirm, .playPause)
            demo.advance(milliseconds: 20_000)
        }
        let wrong = demo.question.flatMap { question in question.choices.firstIndex { $0 != question.answer } } ?? 0
        let right = demo.question.flatMap { $0.choices.firstIndex(of: $0.answer) } ?? 0
        demo.run(.answer(wrong + 1), .confirm)
        #expect(demo.isAsking)
        assertSnapshot(of: demo.render(Self.side), as: .lines, named: "side")
        assertSnapshot(of: demo.render(Self.stacked), as: .lines, named: "stacked")
        assertSnapshot(of: demo.render(Self.side, language: .ko), as: .lines, named: "side-ko")
        demo.run(.answer(right + 1), .confirm)
        #expect(!demo.isAsking)
        assertSnapshot(of: demo.render(Self.side), as: .lines, named: "revealed")
    }

    @Test func deadlockAtTheEnd() {
        let demo = played(ThreadDemo(scenario: DemoScenarios.deadlock), milliseconds: 60_000)
        assertSnapshot(of: demo.render(Self.side), as: .lines, named: "side")
        assertSnapshot(of: demo.render(Self.stacked), as: .lines, named: "stacked")
        assertSnapshot(of: demo.render(Self.side, language: .ko), as: .lines, named: "side-ko")
        assertSnapshot(of: demo.render(Self.stacked, language: .ko), as: .lines, named: "stacked-ko")
        assertSnapshot(of: demo.render(Self.tiny), as: .lines, named: "tiny")
    }

    @Test func gilHalfwayInKorean() {
        let demo = played(ThreadDemo(scenario: DemoScenarios.gil), milliseconds: 6_000)
        assertSnapshot(of: demo.render(Self.side, language: .ko), as: .lines, named: "side-ko")
        assertSnapshot(of: demo.render(Self.stacked, language: .ko), as: .lines, named: "stacked-ko")
        assertSnapshot(of: demo.render(Self.tiny, language: .ko), as: .lines, named: "tiny-ko")
    }

    @Test func poolWithStyles() {
        let demo = played(ThreadDemo(scenario: DemoScenarios.pool), milliseconds: 3_000)
        assertSnapshot(of: demo.render(Self.side, styles: true), as: .lines, named: "side")
        assertSnapshot(of: demo.render(Self.stacked), as: .lines, named: "stacked")
    }

    @Test func neverWiderThanThePane() {
        for scenario in [DemoScenarios.lifecycle, DemoScenarios.deadlock, DemoScenarios.gil, DemoScenarios.pool] {
            var demo = ThreadDemo(scenario: scenario)
            for width in [1, 5, 12, 20, 30, 52, 78, 119] {
                for height in [1, 2, 4, 7, 37] {
                    for language in Language.allCases {
                        var buffer = Buffer(size: Size(width: width, height: height))
                        demo.draw(into: &buffer, area: buffer.area,
                                  context: DemoContext(language: language, glyphs: .unicode, asciiOnly: false,
                                                       focused: false, present: false))
                        for y in 0..<height { #expect(DisplayWidth.of(buffer.rowText(y)) == width) }
                    }
                }
                demo.run(.stepForward)
            }
        }
    }
}

/// A step lands after what its transition brought at the same moment, so the resource lines agree with it.
@Suite struct DemoStepSettlesTests {
    @Test func aStepToGotTheGILShowsTheGILWithThatThread() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        var checked = 0
        while demo.playback.stepForward(in: demo.timeline) == nil, checked < 200 {
            let snapshot = DemoSnapshot(timeline: demo.timeline, cursor: demo.playback.cursor, scenario: DemoScenarios.gil)
            guard let latest = snapshot.latest else { break }
            if case .gotGIL = latest.reason {
                #expect(snapshot.gilHolder == latest.thread, "at \(latest.time) µs: \(latest.reason)")
                #expect(snapshot.coreHolders(cores: 2).contains(latest.thread))
                checked += 1
            }
            if demo.playback.cursor.seq >= demo.timeline.lastSeq { break }
        }
        #expect(checked >= 3)
    }

    @Test func stepBackAndForwardLandOnTheSameSettledPlace() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        for _ in 0..<4 { demo.playback.stepForward(in: demo.timeline) }
        let there = demo.playback.cursor
        demo.playback.stepForward(in: demo.timeline)
        demo.playback.stepBack(in: demo.timeline)
        #expect(demo.playback.cursor == there)
    }
}
