import Testing
import TutorBasics
@testable import ThreadModel

/// What the loader refuses in the coordination verbs, with a position, and what it compiles them to.
@Suite struct CoordinationCheckTests {
    func problems(_ yaml: String) -> [String] {
        do throws(DiagnosticList) {
            _ = try ScenarioParser.parse(yaml, origin: SourceLocation(path: "t.yaml", line: 1, column: 1))
            return []
        } catch {
            return error.diagnostics.map(\.message)
        }
    }

    @Test func aConditionWaitOrNotifyNeedsItsLockHeld() {
        #expect(problems("conditions: {C: L}\nthreads:\n  - {name: A, run: [wait C]}")
            == ["wait on condition C needs its lock L held here (`lock L` first)"])
        #expect(problems("conditions: {C: L}\nthreads:\n  - {name: A, run: [notify-all C]}")
            == ["notify on condition C needs its lock L held here (`lock L` first)"])
        #expect(problems("conditions: {C: L}\nthreads:\n  - {name: A, run: [lock L, wait C 5ms, notify C 2, unlock L]}") == [])
    }

    @Test func undeclaredObjectsAndClashingNamesAreReported() {
        #expect(problems("semaphores: {slots: 1}\nthreads:\n  - {name: A, run: [acquire slot]}")
            == ["undefined semaphore 'slot' — did you mean 'slots'?"])
        #expect(problems("threads:\n  - {name: A, run: [put q x]}") == ["undefined queue 'q'"])
        #expect(problems("queues: {x: 1}\nbarriers: {x: 2}\nthreads:\n  - {name: A, run: [get x]}")
            == ["'x' is both a queue and a barrier; give each its own name"])
        #expect(problems("barriers: {B: 0}\nthreads:\n  - {name: A, run: [wait B]}") == ["barriers: B must be at least 1, not 0"])
        #expect(problems("threads:\n  - {name: A, run: [notify C 0]}") == ["`notify` takes a count of at least 1, like `notify C 2`"])
        #expect(problems("threads:\n  - {name: A, run: [lock L soon]}").count == 1)
    }

    @Test func waitCompilesByWhatItsNameWasDeclaredAs() throws {
        let scenario = try ScenarioParser.parse("""
            conditions: {C: L}
            barriers: {B: 2}
            queues: {q: 3}
            threads:
              - {name: A, run: [lock L, wait C, wait C 2ms, unlock L, wait B, wait B 1ms, wait E, wait E 4ms, join q, lock L 3ms]}
            """, origin: SourceLocation(path: "t.yaml", line: 1, column: 1))
        let program = Program(compiling: scenario)
        #expect(program.threads[0].ops == [
            .lock(0), .conditionWait(0, timeout: nil), .conditionWait(0, timeout: 2_000), .unlock(0),
            .barrierWait(0, timeout: nil), .barrierWait(0, timeout: 1_000), .wait(0), .timedWait(0, timeout: 4_000),
            .joinQueue(0), .timedLock(0, timeout: 3_000),
        ])
        #expect(program.queues == [Program.Queue(name: "q", capacity: 3)])
        #expect(program.barriers == [Program.Barrier(name: "B", parties: 2)])
        #expect(program.conditions == [Program.Condition(name: "C", lock: 0)])
    }
}
