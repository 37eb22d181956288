import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// The hand-outs: the cast is checked line by line against the asciinema v2 format, the SVG parses as XML and
/// has a lane per thread whose states follow the timeline.
@Suite struct HandoutTests {
    @Test(arguments: Language.allCases)
    func castIsAsciinemaVersion2(language: Language) throws {
        let scenario = DemoScenarios.gil
        let cast = DemoCast.render(Simulator.run(scenario), scenario: scenario, language: language,
                                   size: Size(width: 80, height: 24))
        let lines = cast.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let header = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(header["version"] as? Int == 2)
        #expect(header["width"] as? Int == 80)
        #expect(header["height"] as? Int == 24)
        var last = -1.0
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
            #expect(event.count == 3)
            let time = try #require(event[0] as? Double)
            #expect(time >= last)
            last = time
            #expect(event[1] as? String == "o")
            #expect(event[2] is String)
        }
        #expect(lines.count > 20)
        // The first frame is the whole pane; later ones only what changed.
        #expect((lines[1]).contains("\\u001b[2J"))
        #expect(cast.contains(language == .en ? "running" : "실행 중"))
        // The last event leaves the cursor under the picture (played in tmux, the shell's prompt overwrote the
        // reason line of the last frame).
        #expect(lines.last!.contains("\\u001b[24;1H\\r\\n"), "\(lines.last!)")
    }

    @Test func svgParsesWithALanePerThread() throws {
        let scenario = DemoScenarios.deadlock
        let timeline = Simulator.run(scenario)
        let svg = DemoSVG.render(timeline, scenario: scenario, language: .en)
        let collector = SVGCollector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(collector.lanes == timeline.threads.map(\.name))
        // A's lane: created, running, then blocked until the end of the run (the deadlock).
        #expect(collector.states["A"]?.first == "running" || collector.states["A"]?.first == "ready")
        #expect(collector.states["A"]?.last == "blocked")
        #expect(collector.reasons.contains { $0.contains("waiting for lock Y held by B") })
    }
}

/// The SVG hand-out's reasons say when in the demo's own unit, as the screen does.
@Suite struct HandoutTickTests {
    @Test(arguments: Language.allCases)
    func reasonsOfATickDemoSayTick(language: Language) {
        let scenario = TickUnitTests.roundRobin
        let svg = DemoSVG.render(Simulator.run(scenario), scenario: scenario, language: language)
        let reasons = svg.split(separator: "\n").filter { $0.contains("class=\"reason\"") }
        #expect(!reasons.isEmpty)
        let unit = language == .en ? ">tick " : "틱"
        #expect(reasons.allSatisfy { $0.contains(unit) }, "\(reasons.first ?? "")")
    }
}
