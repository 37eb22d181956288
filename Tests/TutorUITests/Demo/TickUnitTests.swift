import SnapshotTesting
import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// A demo counted in ticks said "16 / 16 ticks" in its header and a bare "16  P1 running -> terminated" in its
/// event line and its log: a number with no unit, beside lanes whose axis is in ticks. The event line and the
/// log now say the header's unit, in both languages.
@Suite struct TickUnitTests {
    /// Chapter 4's textbook trace, without its prediction.
    static let roundRobin = DemoScenarios.parse("""
        title: Round robin, quantum 4, one CPU
        cores: 1
        tick: 1ms
        slice: 4
        threads:
          - name: P1
            run: [compute 5, io 4, compute 2]
          - name: P2
            start: 1
            run: [compute 3]
          - name: P3
            start: 2
            run: [compute 2, io 3, compute 1]
        """)

    /// The text with every run of spaces made one (the event line wraps, the log does not).
    private func squeezed(_ text: String) -> String {
        text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    private func atEnd() -> ThreadDemo {
        var demo = ThreadDemo(scenario: Self.roundRobin)
        var steps = 0
        while !demo.playback.isAtEnd(of: demo.timeline), steps < 100 {
            demo.run(.stepForward)
            steps += 1
        }
        return demo
    }

    @Test(arguments: Language.allCases)
    func theEventLineAndTheLogSayTicks(language: Language) {
        var demo = atEnd()
        let pane = demo.render(Size(width: 80, height: 14), language: language)
        let latest = language == .en ? "tick 16 P1 running -> terminated" : "16틱 P1 실행 중 -> 종료됨"
        #expect(squeezed(pane).contains(latest), "\(pane)")
        assertSnapshot(of: pane, as: .lines, named: language.rawValue)
        demo.run(.switchView, .switchView, .switchView)
        let log = demo.render(Size(width: 60, height: 14), language: language)
        let earlier = language == .en ? "tick 13 P3 running -> terminated" : "13틱 P3 실행 중 -> 종료됨"
        #expect(squeezed(log).contains(earlier), "\(log)")
    }

    /// A demo in milliseconds keeps its clock as it was ("21.0 ms").
    @Test func millisecondDemosAreUnchanged() {
        var demo = ThreadDemo(scenario: DemoScenarios.gil)
        var steps = 0
        while !demo.playback.isAtEnd(of: demo.timeline), steps < 200 {
            demo.run(.stepForward)
            steps += 1
        }
        let pane = demo.render(Size(width: 80, height: 14))
        #expect(pane.contains(" ms  "), "\(pane)")
        #expect(!pane.contains("tick"), "\(pane)")
    }
}
