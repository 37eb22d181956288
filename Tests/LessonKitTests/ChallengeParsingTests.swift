import Testing
import ThreadModel
import TutorBasics
@testable import LessonKit

/// ```challenge fences: read with the lesson, mistakes at `path:line:col`, and `check`'s search over them.
@Suite struct ChallengeParsingTests {
    static let lostUpdate = """
        goal: {counter: count, equals: 1}
        story: Two threads add one each. Make the count end at 1.
        hints: [Let A read first., Now let B read before A writes.]
        explain: Both read 0 and both wrote 1. A lock around the read and the write prevents it.
        counters: {count: 0}
        threads:
          - name: A
            run: [increment count]
          - name: B
            run: [increment count]
        """

    static func lesson(_ fence: String) -> Lesson {
        Fixture.lesson("# C\n\n```challenge\n" + fence + "\n```\n")
    }

    @Test func aChallengeIsReadWithItsGoalStoryHintsAndScenario() throws {
        let lesson = Self.lesson(Self.lostUpdate)
        #expect(lesson.diagnostics.isEmpty)
        let challenge = try #require(lesson.steps.first?.challenges.first)
        #expect(challenge.goal == .counter("count", equals: 1))
        #expect(challenge.story == "Two threads add one each. Make the count end at 1.")
        #expect(challenge.hints.count == 2)
        #expect(challenge.explanation.hasPrefix("Both read 0"))
        #expect(challenge.scenario?.threads.map(\.name) == ["A", "B"])
        #expect(challenge.location.description == "en/01-sample.md:4:1")
    }

    @Test func aShippedStyleChallengeIsSolvedByItsRecordedSchedule() throws {
        let challenge = try #require(Self.lesson(Self.lostUpdate).steps.first?.challenges.first)
        let engine = try #require(challenge.engine)
        var play = ChallengePlay(engine: engine, goal: try #require(challenge.goal))
        for thread in [0, 1, 0, 1] { play.play(ThreadID(thread)) }
        #expect(play.isSolved)
        #expect(play.state.counters == [1])
    }

    @Test func goalMistakesAreReportedWhereTheyAre() {
        #expect(Fixture.messages(Self.lesson("goal: {counter: count}\nthreads:\n  - {name: A, run: [increment count]}")) == [
            "en/01-sample.md:4:7: " + ChallengeParser.knownGoals,
        ])
        #expect(Fixture.messages(Self.lesson("goal: livelock\nthreads:\n  - {name: A, run: [compute 1ms]}")) == [
            "en/01-sample.md:4:7: unknown goal 'livelock': " + ChallengeParser.knownGoals,
        ])
        #expect(Fixture.messages(Self.lesson("threads:\n  - {name: A, run: [compute 1ms]}")) == [
            "en/01-sample.md:4:1: challenge has no 'goal' (like {counter: c, equals: 1} or deadlock)",
        ])
        #expect(Fixture.messages(Self.lesson("goal: {counter: hits, equals: 1}\nthreads:\n  - {name: A, run: [compute 1ms]}")) == [
            "en/01-sample.md:4:7: the goal's counter 'hits' is not a counter of the challenge's threads",
        ])
    }

    @Test func scenarioMistakesInAChallengeAreReportedWithTheLesson() {
        let lesson = Self.lesson("goal: deadlock\nthreads:\n  - name: a\n    run: [compute 1ms, comput 2ms]")
        #expect(lesson.diagnostics.map(\.location.description) == ["en/01-sample.md:7:24"])
        #expect(lesson.steps.first?.challenges.first?.goal == nil)
    }

    @Test func checkReportsTheSolutionLengthAnUnreachableGoalAndAGoalWithoutChoice() throws {
        var report = ChallengeCheckReport()
        let solvable = try #require(Self.lesson(Self.lostUpdate).steps.first?.challenges.first)
        ChallengeCheck.check(solvable, into: &report)
        #expect(report.problems.isEmpty && report.warnings.isEmpty)
        #expect(report.notes.map(\.description) == ["en/01-sample.md:4:1: note: challenge solved in 4 moves: A B A B"])

        let ordered = "goal: deadlock\nthreads:\n  - {name: A, run: [lock L1, lock L2, unlock L2, unlock L1]}\n"
            + "  - {name: B, run: [lock L1, lock L2, unlock L2, unlock L1]}"
        report = ChallengeCheckReport()
        ChallengeCheck.check(try #require(Self.lesson(ordered).steps.first?.challenges.first), into: &report)
        #expect(report.problems.map(\.description) == ["en/01-sample.md:4:1: challenge goal is not reachable by any schedule"])

        let alone = "goal: {counter: c, equals: 1}\ncounters: {c: 0}\nthreads:\n  - {name: A, run: [increment c]}"
        report = ChallengeCheckReport()
        ChallengeCheck.check(try #require(Self.lesson(alone).steps.first?.challenges.first), into: &report)
        #expect(report.problems.isEmpty)
        #expect(report.warnings.count == 1)
    }
}
