import Testing
import TutorBasics
@testable import ThreadModel

/// `code:` and `@N` in the scenario language: cleaned lines, every op of an action on its line, demos unaffected.
@Suite struct SourceLineTests {
    static let origin = TutorBasics.SourceLocation(path: "test.yaml", line: 1, column: 1)

    @Test func codeLinesAreCleanedLikeAnyCodeALearnerSees() throws {
        let scenario = try ScenarioParser.parse("""
            threads:
              - name: A
                code: ["if x:\\tpass", "\\e[31mred = 1", ""]
                run: [compute 1ms @2]
            """, origin: Self.origin)
        #expect(scenario.threads[0].code == ["if x:   pass", "red = 1"])
        #expect(scenario.threads[0].actionLines == [1])
    }

    @Test func aDemoWithSourceLinesRunsAsWithout() throws {
        let plain = "threads:\n  - name: A\n    run: [lock L, compute 1ms, unlock L]"
        let marked = "threads:\n  - name: A\n    code: |\n      with L:\n          work()\n    run: [lock L @1, compute 1ms @2, unlock L @1]"
        let without = try ScenarioParser.parse(plain, origin: Self.origin)
        let with = try ScenarioParser.parse(marked, origin: Self.origin)
        #expect(with.threads[0].actions == without.threads[0].actions)
        #expect(Program(compiling: with).threads[0].ops == Program(compiling: without).threads[0].ops)
        #expect(Program(compiling: with).threads[0].opLines == [0, 1, 0])
        #expect(Simulator.run(with).transitions == Simulator.run(without).transitions)
    }

    @Test func aTaskHasNoCodeToPointInto() {
        let yaml = "pools: [{name: p, workers: 1}]\ntasks: [{name: t, run: [compute 1ms @1]}]\nthreads: [{name: A, run: [submit p t]}]"
        do {
            _ = try ScenarioParser.parse(yaml, origin: Self.origin)
            Issue.record("parsed")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["test.yaml:2:25: `@1` points into a thread's `code:`, and there is none here"])
        }
    }
}
