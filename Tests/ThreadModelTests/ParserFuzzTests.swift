import Testing
import TutorBasics
@testable import ThreadModel

/// Seeded random edits of valid scenarios: the parser never crashes, every diagnostic points inside the
/// text, and whatever still parses simulates to a valid timeline.
@Suite struct ParserFuzzTests {
    static let base = """
        title: Fuzz base
        cores: 2
        slice: 5ms
        gil: {switch-interval: 2ms}
        counters: {count: 0}
        pools:
          - {name: pool, workers: 2}
        tasks:
          - {name: job, count: 3, run: [compute 2ms, io 3ms]}
        threads:
          - name: main
            run: [submit pool job, start w, {repeat: 2, run: [lock L, increment count, unlock L]}, result job2, shutdown pool, join w]
          - name: w
            start: manual
            run: [wait E, compute 1ms]
          - {name: s, start: 1ms, run: [sleep 2ms, set E, clear E]}
        """

    static let fragments = ["", " ", "-", ":", "[", "]", "{", "}", ",", "ms", "0", "-1", "lock", "unlock L", "&a", "*a", "\n", "  ", "tick: 1ms\n", "µs", "한"]

    @Test func theBaseScenarioIsValid() throws {
        let scenario = try ScenarioParser.parse(Self.base, origin: TutorBasics.SourceLocation(path: "fuzz.md", line: 10, column: 1))
        let timeline = Simulator.run(scenario)
        #expect(timeline.deadlock == nil)
        #expect(timeline.finalCounters["count"] == 2)
        #expect(Validator.validate(timeline, scenario: scenario).isEmpty)
    }

    @Test(arguments: Array(UInt64(1)...300))
    func mutatedScenariosNeverCrashAndReportPositionsInsideTheText(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var characters = Array(Self.base)
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let position = Int.random(in: 0...characters.count, using: &random)
            let length = Int.random(in: 0...4, using: &random)
            let end = min(characters.count, position + length)
            let fragment = Self.fragments.randomElement(using: &random) ?? ""
            characters.replaceSubrange(position..<end, with: Array(fragment))
        }
        let text = String(characters)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let origin = TutorBasics.SourceLocation(path: "fuzz.md", line: 10, column: 1)
        do throws(DiagnosticList) {
            let scenario = try ScenarioParser.parse(text, origin: origin)
            let timeline = Simulator.run(scenario)
            #expect(Validator.validate(timeline, scenario: scenario).isEmpty, "seed \(seed)")
        } catch {
            #expect(!error.diagnostics.isEmpty)
            for diagnostic in error.diagnostics {
                #expect((10..<(10 + lineCount + 1)).contains(diagnostic.location.line), "seed \(seed): \(diagnostic)")
                #expect(diagnostic.location.column >= 1)
            }
        }
    }
}
