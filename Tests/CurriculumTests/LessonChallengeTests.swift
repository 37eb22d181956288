import Testing
import LessonKit
import ThreadModel

/// One ```challenge of the shipped course, named by its place in the lesson file.
struct LessonChallenge: CustomStringConvertible, Sendable {
    var spec: ChallengeSpec
    var slug: String
    var description: String { spec.location.description }

    static func all(in lessons: [Lesson]) -> [LessonChallenge] {
        lessons.flatMap { lesson in
            lesson.steps.flatMap(\.challenges).map { LessonChallenge(spec: $0, slug: lesson.slug) }
        }
    }
}

/// Every challenge of the course, in both languages, parses, can be solved but not without choosing, and the
/// solver's shortest schedule, played move by move as the learner would, solves it.
@Suite struct LessonChallengeTests {
    /// The lessons that teach each idea the issue asks a challenge for, and the goal that puts the learner in it.
    static func kind(of goal: ChallengeGoal?) -> String? {
        switch goal {
        case .counter: "race"
        case .criticalSection: "lock"
        case .deadlock: "deadlock"
        case .emptyPop: "coordination"
        case .starve: "starvation"
        case nil: nil
        }
    }

    @Test func theRaceLockDeadlockAndCoordinationLessonsHaveChallenges() {
        let english = LessonChallenge.all(in: ShippedCourse.english.lessons)
        let kinds = Set(english.compactMap { Self.kind(of: $0.spec.goal) })
        for kind in ["race", "lock", "deadlock", "coordination"] {
            #expect(kinds.contains(kind), "no \(kind) challenge in the English course")
        }
        #expect(english.contains { $0.slug == "race-conditions" })
        #expect(english.contains { $0.slug == "conditions" })
        #expect(english.contains { $0.slug == "deadlock" })
    }

    @Test func bothLanguagesHaveTheSameChallengesInTheSameSteps() {
        for (en, ko) in zip(ShippedCourse.english.lessons, ShippedCourse.korean.lessons) {
            #expect(en.steps.map(\.challenges.count) == ko.steps.map(\.challenges.count), "\(en.slug)")
            let pairs = zip(en.steps.flatMap(\.challenges), ko.steps.flatMap(\.challenges))
            for (a, b) in pairs {
                #expect(a.goal == b.goal, "\(b.location)")
                #expect(a.hints.count == b.hints.count, "\(b.location): \(b.hints.count) hints, \(a.hints.count) in en")
                #expect(!b.story.isEmpty && !b.explanation.isEmpty, "\(b.location)")
            }
        }
    }

    /// What `threadtutor check` says about the course: no problem, no warning, a solution note for each challenge.
    @Test func checkFindsASolutionForEveryChallengeAndNothingToWarnAbout() {
        let report = ChallengeCheck.report(in: [ShippedCourse.english, ShippedCourse.korean])
        #expect(report.problems.map(\.description) == [])
        #expect(report.warnings.map(\.description) == [])
        #expect(report.notes.count == LessonChallenge.all(in: ShippedCourse.allLessons).count)
    }

    @Test(arguments: LessonChallenge.all(in: ShippedCourse.allLessons))
    func challengeIsSolvableAndTheShortestScheduleSolvesIt(_ challenge: LessonChallenge) {
        let spec = challenge.spec
        guard let engine = spec.engine, let goal = spec.goal else {
            Issue.record("\(challenge) did not parse")
            return
        }
        #expect(!spec.story.isEmpty, "\(challenge) has no story")
        #expect(!spec.hints.isEmpty, "\(challenge) has no hints")
        #expect(!spec.explanation.isEmpty, "\(challenge) has no explanation")

        let solution = ChallengeSolver.solve(engine, goal: goal)
        #expect(!solution.boundHit, "\(challenge): the search stopped at its bound")
        #expect(!solution.forced, "\(challenge): every schedule reaches the goal, nothing to solve")
        guard let shortest = solution.shortest else {
            Issue.record("\(challenge): no schedule reaches the goal")
            return
        }

        var play = ChallengePlay(engine: engine, goal: goal)
        #expect(!play.isSolved)
        for (index, thread) in shortest.enumerated() {
            #expect(!play.isSolved, "\(challenge): solved before move \(index + 1)")
            guard case .success = play.play(thread) else {
                Issue.record("\(challenge): move \(index + 1) (thread \(thread.rawValue)) was refused")
                return
            }
        }
        #expect(play.isSolved, "\(challenge): the solver's schedule does not solve it when played")
        #expect(play.moves == shortest)

        // Undo all the way back and restart: the learner's keys lead back to the first state.
        while play.undo() {}
        #expect(play.state == engine.initialState)
        for thread in shortest { play.play(thread) }
        #expect(play.isSolved)
        play.restart()
        #expect(play.moves.isEmpty && !play.isSolved)
    }

    /// A thread that shows its Python marks the line of every op that costs a move (the edges of a critical section
    /// cost none), so the pane always has a line to highlight, and no mark points past the code.
    @Test(arguments: LessonChallenge.all(in: ShippedCourse.allLessons))
    func everyThreadWithCodeMarksALineForEachMove(_ challenge: LessonChallenge) {
        guard let engine = challenge.spec.engine else {
            Issue.record("\(challenge) did not parse")
            return
        }
        for thread in engine.program.threads where !thread.code.isEmpty {
            #expect(thread.opLines.count == thread.ops.count, "\(challenge): \(thread.name)")
            for (op, line) in zip(thread.ops, thread.opLines) {
                switch op {
                case .enter, .leave: continue
                default: break
                }
                guard let index = line else {
                    Issue.record("\(challenge): \(thread.name)'s \(engine.program.describe(op)) has no @N")
                    continue
                }
                #expect(thread.code.indices.contains(index), "\(challenge): \(thread.name) points past its code")
            }
        }
    }
}
