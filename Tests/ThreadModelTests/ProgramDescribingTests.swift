import Testing
import TutorBasics
@testable import ThreadModel

/// `Program.describe` writes an op as the scenario language does: parsing what it wrote gives the same op back.
@Suite struct ProgramDescribingTests {
    static let scenario = """
        cores: 2
        counters: {c: 0}
        semaphores: {S: 1}
        conditions: {C: L}
        queues: {q: 2}
        barriers: {B: 2}
        threads:
          - name: A
            run: [compute 5ms, io 250us, sleep 2s, lock L, unlock L, set e, wait e 50ms, increment c, acquire S,
                  release S, lock L, notify C 2, notify-all C, wait C, unlock L, put q job, get q, task-done q,
                  wait B, lock L 30ms, clear e, start B2, join B2]
          - name: B2
            start: manual
            run: [wait e]
        """

    @Test func everyOpReadsBackAsItself() throws {
        let origin = SourceLocation(path: "test.yaml", line: 1, column: 1)
        let program = Program(compiling: try ScenarioParser.parse(Self.scenario, origin: origin))
        let ops = program.threads[0].ops
        #expect(ops.count == 23)
        let written = ops.map(program.describe).joined(separator: ", ")
        let again = Self.scenario.replacing(#/run: \[compute[^\]]*\]/#, with: "run: [\(written)]")
        #expect(again != Self.scenario)
        let reread = Program(compiling: try ScenarioParser.parse(again, origin: origin))
        #expect(reread.threads[0].ops == ops)
        #expect(written.hasPrefix("compute 5ms, io 250us, sleep 2s, lock L"))
    }

    @Test func challengeOpsReadBackAsThemselves() throws {
        let origin = SourceLocation(path: "test.yaml", line: 1, column: 1)
        let scenario = """
            counters: {busy: 0}
            conditions: {C: L}
            queues: {q: 0}
            threads:
              - name: A
                run: [store busy 1, spin-while busy, enter cs, leave cs, store busy -2, lock L, wait-if-empty C q,
                      wait-while-empty C q, pop q, unlock L]
            """
        let program = Program(compiling: try ScenarioParser.parse(scenario, origin: origin, challenge: true))
        let ops = program.threads[0].ops
        let written = ops.map(program.describe).joined(separator: ", ")
        #expect(written == "store busy 1, spin-while busy, enter cs, leave cs, store busy -2, lock L, wait-if-empty C q, "
            + "wait-while-empty C q, pop q, unlock L")
        let again = scenario.replacing(#/run: \[store[^\]]*\]/#, with: "run: [\(written)]")
        let reread = Program(compiling: try ScenarioParser.parse(again, origin: origin, challenge: true))
        #expect(reread.threads[0].ops == ops)
        #expect(ops.count == 10)
    }
}
