import Testing
import ThreadModel
import TutorBasics
@testable import LessonKit

/// Every piece of challenge syntax reads: `code:` with `@N`, the challenge-only verbs, the five goals, and the
/// mistakes in them at `path:line:col`.
@Suite struct ChallengeSyntaxTests {
    /// The broken flag lock of docs/lesson-format.md: the check and the set are two moves.
    static let flagLock = """
        goal: {critical-section: cs}
        counters: {busy: 0}
        threads:
          - name: A
            code: |
              while busy: pass
              busy = True
              count += 1
              busy = False
            run: [spin-while busy @1, store busy 1 @2, enter cs, increment count @3, leave cs, store busy 0 @4]
          - name: B
            run: [spin-while busy, store busy 1, enter cs, increment count, leave cs, store busy 0]
        """

    static func challenge(_ fence: String) throws -> ChallengeSpec {
        let lesson = ChallengeParsingTests.lesson(fence)
        #expect(lesson.diagnostics.isEmpty, "\(Fixture.messages(lesson))")
        return try #require(lesson.steps.first?.challenges.first)
    }

    @Test func codeAndSourceLinesCompileIntoTheProgram() throws {
        let challenge = try Self.challenge(Self.flagLock)
        let program = try #require(challenge.engine?.program)
        #expect(challenge.goal == .criticalSection("cs"))
        #expect(program.threads[0].code == ["while busy: pass", "busy = True", "count += 1", "busy = False"])
        #expect(program.threads[0].opLines == [0, 1, nil, 2, nil, 3])
        #expect(program.threads[1].code.isEmpty && program.threads[1].opLines.isEmpty)
        #expect(program.sections == ["cs"])
        #expect(program.threads[0].ops.map(program.describe) == [
            "spin-while busy", "store busy 1", "enter cs", "increment count", "leave cs", "store busy 0",
        ])
    }

    @Test func everyActionAnActionExpandsToGetsItsLine() throws {
        let challenge = try Self.challenge("""
            goal: deadlock
            threads:
              - name: A
                code: [for i in range(2), "    with L: pass"]
                run: [{repeat: 2, run: [lock L @2, unlock L @2]}, compute 1ms @1]
            """)
        #expect(challenge.engine?.program.threads[0].opLines == [1, 1, 1, 1, 0])
    }

    @Test func theOtherGoalsAndVerbsRead() throws {
        let consumers = try Self.challenge("""
            goal: {empty-pop: items}
            conditions: {C: L}
            queues: {items: 0}
            threads:
              - {name: P, run: [lock L, put items job, notify C, unlock L]}
              - {name: C1, run: [lock L, wait-if-empty C items, pop items, unlock L]}
              - {name: C2, run: [lock L, wait-while-empty C items, pop items, unlock L]}
            """)
        #expect(consumers.goal == .emptyPop("items"))
        let program = try #require(consumers.engine?.program)
        #expect(program.threads[1].ops[1] == .waitIfEmpty(condition: 0, queue: 0))
        #expect(program.threads[2].ops[1] == .waitWhileEmpty(condition: 0, queue: 0))
        #expect(program.threads[2].ops[2] == .pop(queue: 0))
        let greedy = try Self.challenge("""
            goal: {starve: B, moves: 4}
            threads:
              - {name: A, run: [lock L, unlock L, lock L, unlock L]}
              - {name: B, run: [lock L, unlock L]}
            """)
        #expect(greedy.goal == .starve("B", moves: 4))
    }

    @Test func sourceLineMistakesAreReportedAtTheAction() {
        let lesson = ChallengeParsingTests.lesson("""
            goal: deadlock
            threads:
              - name: A
                code: |
                  x = 1
                run: [compute 1ms @2, compute 1ms @0, compute 1ms @x]
              - {name: B, run: [compute 1ms @1]}
            """)
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:9:11: `@2` is past the end of the thread's `code`, which has 1 line",
            "en/01-sample.md:9:27: `@0`: source lines count from 1",
            "en/01-sample.md:9:43: `@x` is not a source line: write `@N` with N a line of the thread's `code`, like `@2`",
            "en/01-sample.md:10:21: `@1` points into a thread's `code:`, and there is none here",
        ])
    }

    @Test func goalNamesTheScenarioDoesNotHaveAreReported() {
        let threads = "\nqueues: {q: 0}\nthreads:\n  - {name: A, run: [enter cs, leave cs]}"
        #expect(Fixture.messages(ChallengeParsingTests.lesson("goal: {critical-section: other}" + threads)) == [
            "en/01-sample.md:4:7: the goal's critical section 'other' is never entered: no thread runs `enter other`",
        ])
        #expect(Fixture.messages(ChallengeParsingTests.lesson("goal: {starve: Z, moves: 3}" + threads)) == [
            "en/01-sample.md:4:7: the goal's thread 'Z' is not a thread of the challenge",
        ])
        #expect(Fixture.messages(ChallengeParsingTests.lesson("goal: {empty-pop: jobs}" + threads)) == [
            "en/01-sample.md:4:7: the goal's queue 'jobs' is not a queue of the challenge (declare it in `queues:`)",
        ])
        #expect(Fixture.messages(ChallengeParsingTests.lesson("goal: {starve: A, moves: 0}" + threads)) == [
            "en/01-sample.md:4:26: the goal's 'moves' must be a whole number of at least 1",
        ])
    }

    @Test func challengeVerbsAreRejectedInADemo() {
        let lesson = Fixture.lesson("# D\n\n```demo\nthreads:\n  - name: A\n    run: [compute 1ms, spin-while busy]\n```\n")
        #expect(Fixture.messages(lesson) == ["en/01-sample.md:6:24: `spin-while` is only for challenges"])
    }

    @Test func checkRejectsAChallengeWithPools() throws {
        let challenge = try Self.challenge("""
            goal: deadlock
            pools: [{name: pool, workers: 1}]
            tasks: [{name: job, run: [compute 1ms]}]
            threads:
              - {name: A, run: [submit pool job, result job]}
            """)
        var report = ChallengeCheckReport()
        ChallengeCheck.check(challenge, into: &report)
        #expect(report.problems.map(\.description) == ["en/01-sample.md:4:1: challenges do not support pools"])
        #expect(report.notes.isEmpty)
    }

    @Test func aConditionWaitWithoutItsLockIsRejectedWhenLoaded() {
        // Python raises RuntimeError; the scripts have no branches, so the loader can tell for sure.
        let lesson = ChallengeParsingTests.lesson("""
            goal: {empty-pop: q}
            conditions: {C: L}
            queues: {q: 0}
            threads:
              - {name: A, run: [wait-if-empty C q, pop q]}
            """)
        #expect(Fixture.messages(lesson) == [
            "en/01-sample.md:8:21: wait on condition C needs its lock L held here (`lock L` first)",
        ])
    }
}
