import Testing
import TutorBasics
import Yams
@testable import ThreadModel

@Suite struct ScenarioParserTests {
    static let origin = TutorBasics.SourceLocation(path: "demo.yaml", line: 1, column: 1)

    static func parse(_ yaml: String, origin: TutorBasics.SourceLocation = origin) throws -> Scenario {
        try ScenarioParser.parse(yaml, origin: origin)
    }

    /// The messages of the diagnostics a scenario produces, as `line:col: message`.
    static func problems(_ yaml: String, origin: TutorBasics.SourceLocation = origin) -> [String] {
        do throws(DiagnosticList) {
            _ = try ScenarioParser.parse(yaml, origin: origin)
            return []
        } catch {
            return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
    }

    @Test func readsTheSpecExample() throws {
        let scenario = try Self.parse("""
            title: Two CPU-bound threads under the GIL
            cores: 2
            slice: 10ms
            policy: fifo
            gil: {switch-interval: 2ms}
            model: many-to-many:2
            seed: 1
            counters: {count: 3}
            predict: [worker]
            threads:
              - name: main
                run: [start worker, join worker, {repeat: 2, run: [increment count]}]
              - name: worker
                start: manual
                run: [compute 30ms, io 50ms, sleep 250us, lock L, unlock L, wait E, set E, clear E]
              - name: late
                start: 5ms
                run: [submit pool fetch, result fetch3, map pool report, shutdown pool]
            pools:
              - {name: pool, workers: 3}
            tasks:
              - {name: fetch, count: 8, run: [io 100ms]}
              - {name: report, run: [compute 1.5ms]}
            """)
        #expect(scenario.title == "Two CPU-bound threads under the GIL")
        #expect(scenario.cores == 2)
        #expect(scenario.policy == .fifo)
        #expect(scenario.gilSwitchInterval == 2_000)
        #expect(scenario.model == .manyToMany(2))
        #expect(scenario.seed == 1)
        #expect(scenario.counters == ["count": 3])
        #expect(scenario.predict == .threads(["worker"]))
        #expect(scenario.threads.map(\.name) == ["main", "worker", "late"])
        #expect(scenario.threads[0].actions == [.start("worker"), .join("worker"), .increment("count"), .increment("count")])
        #expect(scenario.threads[1].start == .manual)
        #expect(scenario.threads[1].actions.prefix(3) == [.compute(30_000), .io(50_000), .sleep(250)])
        #expect(scenario.threads[2].start == .after(5_000))
        #expect(scenario.pools == [PoolSpec(name: "pool", workers: 3)])
        #expect(scenario.tasks.count == 9)
        #expect(scenario.tasks(named: "fetch").map(\.name).last == "fetch8")
        #expect(scenario.tasks.last?.actions == [.compute(1_500)])
    }

    @Test func ticksMakeEveryDurationAWholeNumber() throws {
        let scenario = try Self.parse("tick: 1ms\nthreads:\n  - {name: P1, run: [compute 3, io 2]}\n")
        #expect(scenario.tick == 1_000)
        #expect(scenario.incrementCost == 1_000)
        #expect(scenario.threads[0].actions == [.compute(3_000), .io(2_000)])
        #expect(Self.problems("tick: 1ms\nthreads:\n  - {name: P1, run: [compute 3ms]}\n")
            == ["3:22: this scenario counts in ticks (`tick:` is set): write a whole number of ticks, not '3ms'"])
        #expect(Self.problems("threads:\n  - {name: P1, run: [compute 3]}\n")
            == ["2:22: '3' has no unit: write 3ms (or set `tick:` to count in ticks)"])
    }

    @Test func unknownActionSuggestsTheClosestAndReportsTheFilePosition() {
        let origin = TutorBasics.SourceLocation(path: "Lessons/en/lifecycle.md", line: 20, column: 1)
        let yaml = "threads:\n  - name: worker\n    run: [comput 30ms]\n"
        #expect(Self.problems(yaml, origin: origin) == ["22:11: unknown action 'comput' — did you mean 'compute'?"])
    }

    @Test func undefinedNamesAndUnheldLocks() {
        let problems = Self.problems("""
            threads:
              - name: A
                run: [join B, unlock L, submit pool job, result job]
            """)
        #expect(problems == [
            "3:11: undefined thread 'B'", "3:19: unlock of lock L, which A does not hold here",
            "3:29: undefined pool 'pool'", "3:46: undefined task 'job'",
        ])
    }

    @Test func startNeedsAManualThreadStartedOnce() {
        let problems = Self.problems("""
            threads:
              - {name: A, run: [start B, start B, start C]}
              - {name: B, start: manual, run: [compute 1ms]}
              - {name: C, run: [compute 1ms]}
            """)
        #expect(problems == [
            "2:30: thread B is started more than once",
            "2:39: thread C starts by itself; give it `start: manual` to start it here",
        ])
    }

    @Test func negativeAndMissingDurationsAndUnknownKeys() {
        #expect(Self.problems("threads:\n  - {name: A, run: [io -5ms, sleep]}\n") == [
            "2:21: negative duration '-5ms'", "2:30: `sleep` takes a duration, like `sleep 30ms`",
        ])
        #expect(Self.problems("cors: 2\nthreads: []\n") == ["1:1: unknown key 'cors' — did you mean 'cores'?"])
        #expect(Self.problems("cores: 9\nthreads: []\n") == ["1:8: cores must be from 1 to 8, not 9"])
    }

    @Test func limitsKeepFilesSmall() {
        #expect(Self.problems("threads:\n  - {name: A, run: [{repeat: 1001, run: [compute 1us]}]}\n")
            == ["2:30: `repeat` must be from 1 to 1000, not 1001"])
        #expect(Self.problems("threads:\n  - {name: A, run: [{repeat: 600, run: [compute 1us, io 1us]}]}\n")
            == ["2:21: more than 1000 actions after expanding repeats and counts"])
        #expect(Self.problems("threads:\n  - {name: A, run: [{repeat: 2, run: [compute 31s]}]}\n")
            == ["1:1: the scripted time adds up to 62 s; the limit is 60 s"])
        let many = (1...65).map { "  - {name: T\($0), run: []}" }.joined(separator: "\n")
        #expect(Self.problems("threads:\n" + many) == ["1:1: 65 threads (counting pool workers); the limit is 64"])
    }

    @Test func aliasesCannotExpandASmallFileIntoAHugeOne() {
        var yaml = "a0: &a0 [compute 1us, compute 1us, compute 1us, compute 1us]\n"
        for level in 1...8 {
            let refs = Array(repeating: "{repeat: 1, run: *a\(level - 1)}", count: 8).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        yaml += "threads:\n  - {name: A, run: *a8}\n"
        let problems = Self.problems(yaml)
        #expect(problems.contains { $0.hasSuffix("more than 1000 actions after expanding repeats and counts") }
            || problems.contains { $0.contains("the scenario is too large") })
    }

    @Test func yamlSyntaxErrorsKeepTheirPosition() {
        let problems = Self.problems("threads:\n  - name: [A\n", origin: TutorBasics.SourceLocation(path: "x.md", line: 10, column: 1))
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("1") == true)
        #expect(problems.first?.contains("YAML:") == true)
    }

    /// A lesson composes its demo fence once and hands the root over; the result must be the text parser's.
    @Test func aComposedRootReadsLikeTheText() throws {
        let yaml = "cores: 2\nthreads:\n  - name: a\n    run: [compute 10ms, io 5ms]\n  - name: b\n    run: [compute 1ms]\n"
        let root = try #require(try Yams.compose(yaml: yaml, .basic))
        #expect(try ScenarioParser.parse(root: root, origin: Self.origin) == Self.parse(yaml))

        let broken = "threads:\n  - name: a\n    run: [compute never]\n"
        let brokenRoot = try #require(try Yams.compose(yaml: broken, .basic))
        var fromRoot: [String] = []
        do throws(DiagnosticList) {
            _ = try ScenarioParser.parse(root: brokenRoot, origin: Self.origin)
        } catch {
            fromRoot = error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
        }
        #expect(!fromRoot.isEmpty)
        #expect(fromRoot == Self.problems(broken))
    }

    @Test func durationsAreReadWithoutSurroundingWhitespace() throws {
        #expect(" \t1.5ms\u{3000}".trimmingWhitespace() == "1.5ms")
        #expect(" \t ".trimmingWhitespace() == "")
        #expect("30ms".trimmingWhitespace() == "30ms")
        #expect(try DurationParser.parse("  250us ", tick: nil).get() == 250)
    }
}
