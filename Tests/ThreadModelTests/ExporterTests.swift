import Foundation
import Testing
@testable import ThreadModel

@Suite struct ExporterTests {
    static let textbook = """
        title: Two processes, one CPU
        tick: 1ms
        policy: fifo
        threads:
          - {name: P1, run: [compute 3, io 2, compute 2]}
          - {name: P2, run: [compute 2, io 3, compute 1]}
        """

    @Test func ganttChartHasARowPerThreadARulerAndALegend() throws {
        let (timeline, scenario) = try simulate(Self.textbook)
        #expect(GanttChart.render(timeline, scenario: scenario, width: 40) == """
            Two processes, one CPU
                0         10  (ticks)
            P1  ###..##
            P2  ---##...#
            legend: # running  - ready  . blocked  _ created
            makespan 9 ms, CPU utilisation 89%

            """)
    }

    @Test func ganttChartAlignsKoreanNamesByDisplayWidth() throws {
        let (timeline, scenario) = try simulate("threads:\n  - {name: 메인, run: [compute 2ms]}\n  - {name: B, run: [sleep 1ms]}\n")
        let lines = GanttChart.render(timeline, scenario: scenario, width: 30, language: .ko).split(separator: "\n")
        #expect(lines[1] == "메인  ##########")
        #expect(lines[2] == "B     ----------.....")
        #expect(lines[3] == "범례: # 실행 중  - 준비  . 대기(블록)  _ 생성됨")
    }

    @Test func ganttChartRunsOnAfterADeadlockSoTheStuckThreadsShowBlocked() throws {
        let (timeline, scenario) = try simulate("""
            cores: 2
            threads:
              - {name: A, run: [lock L1, compute 4ms, lock L2]}
              - {name: B, run: [lock L2, compute 4ms, lock L1]}
            """)
        let lines = GanttChart.render(timeline, scenario: scenario, width: 23).split(separator: "\n")
        #expect(lines[1] == "A  ########..")
        #expect(lines.last == "deadlock — A: waiting for lock L2 held by B; B: waiting for lock L1 held by A")
    }

    @Test func tableHasARowPerTickWithEveryThreadsStateAndTheReasons() throws {
        let (timeline, scenario) = try simulate(Self.textbook)
        let lines = StateTable.render(timeline, scenario: scenario).split(separator: "\n").map(String.init)
        #expect(lines[0] == "time | P1          | P2          | changes")
        #expect(lines[4] == "3    | blocked     | running [1] | P1: waiting for I/O; P2: dispatched to core 1")
        #expect(lines[8] == "7    | terminated  | blocked     | P1: finished")
        #expect(lines.count == 12)
    }

    @Test func jsonHasTheDocumentedShape() throws {
        let (timeline, scenario) = try simulate(ClassicResultTests.race(locked: false))
        let text = TimelineJSON.render(timeline, scenario: scenario)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object.keys.sorted() == ["cores", "deadlock", "events", "gil_switch_interval_us", "model", "stats", "threads", "title", "transitions"])
        #expect(object["deadlock"] is NSNull)
        let transitions = try #require(object["transitions"] as? [[String: Any]])
        #expect(transitions.count == timeline.transitions.count)
        let first = try #require(transitions.first)
        #expect(first["time_us"] as? Int == 0)
        #expect(first["thread"] as? String == "A")
        #expect(first["from"] as? String == "created")
        #expect(first["to"] as? String == "ready")
        #expect(first["reason"] as? String == "started")
        let stats = try #require(object["stats"] as? [String: Any])
        #expect(stats["makespan_us"] as? Int == 21_000)
        #expect((stats["counters"] as? [String: Int])?["count"] == 5)
        let events = try #require(object["events"] as? [[String: Any]])
        #expect(events.contains { $0["kind"] as? String == "counter-written" && $0["value"] as? Int == 5 })
    }

    @Test func jsonReportsTheDeadlockCycle() throws {
        let (timeline, scenario) = try simulate("""
            cores: 2
            threads:
              - {name: A, run: [lock L1, compute 5ms, lock L2]}
              - {name: B, run: [lock L2, compute 5ms, lock L1]}
            """)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(TimelineJSON.render(timeline, scenario: scenario).utf8)) as? [String: Any])
        let deadlock = try #require(object["deadlock"] as? [String: Any])
        let cycle = try #require(deadlock["cycle"] as? [[String: Any]])
        #expect(cycle.map { $0["thread"] as? String } == ["A", "B"])
        #expect(cycle.map { $0["waits_for"] as? String } == ["B", "A"])
        #expect(cycle.first?["reason"] as? String == "waiting for lock L2 held by B")
    }

    @Test func chromeTraceIsTraceEventJSONWithATrackPerThread() throws {
        let (timeline, scenario) = try simulate(ClassicResultTests.twoCPUBound)
        let text = ChromeTrace.render(timeline, scenario: scenario)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let events = try #require(object["traceEvents"] as? [[String: Any]])
        let names = events.filter { $0["name"] as? String == "thread_name" }.compactMap { ($0["args"] as? [String: Any])?["name"] as? String }
        #expect(names == ["A", "B"])
        let slices = events.filter { $0["ph"] as? String == "X" }
        #expect(slices.count == 2)
        #expect(slices.allSatisfy { $0["dur"] as? Int == 50_000 && $0["name"] as? String == "running" })
    }

    @Test func jsonEscapesNamesAndTitles() {
        #expect(JSONText.quote("a \"b\"\n\u{1}") == "\"a \\\"b\\\"\\n\\u0001\"")
        #expect(JSONText.fraction(2.0 / 3.0) == "0.6667")
        #expect(JSONText.fraction(1) == "1")
    }

    @Test func exportersCopeWithAnEmptyRunAndAPartialOne() throws {
        let (empty, scenario) = try simulate("threads: []\n")
        #expect(GanttChart.render(empty, scenario: scenario).hasSuffix("makespan 0 µs, CPU utilisation 0%\n"))
        #expect(StateTable.render(empty, scenario: scenario).hasPrefix("time | changes\n"))
        #expect(TimelineJSON.render(empty, scenario: scenario).contains("\"transitions\":[]"))
        #expect(ChromeTrace.render(empty, scenario: scenario).contains("\"traceEvents\""))
        var policy = ScriptedPolicy(choices: [], slice: 1_000)
        let partial = Simulator.run(SchedulingPolicyTests.scenario, policy: &policy).timeline
        #expect(partial.endTime == nil)
        #expect(GanttChart.render(partial).split(separator: "\n").count == 6)
    }
}
