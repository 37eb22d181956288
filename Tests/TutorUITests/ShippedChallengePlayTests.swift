import Foundation
import LessonKit
import ProgressStore
import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// One ```challenge of the course in this repository's Lessons/ folder, named by where it sits: its lesson, its
/// step, its place among the step's challenges and its number in the lesson (the progress key).
struct ShippedChallenge: CustomStringConvertible, Sendable {
    var language: Language
    var slug: String
    /// 0-based, as `Model.stepIndex`.
    var stepIndex: Int
    /// Its place among the step's challenges: how many `d` presses select it.
    var offset: Int
    /// Counted over the whole lesson from 1, as `ChallengePane.factory` numbers it.
    var number: Int
    var description: String { "\(language.rawValue)/\(slug) step \(stepIndex + 1) challenge \(number)" }

    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons").path

    static let english = CourseLoader.load(root, language: .en)
    static let korean = CourseLoader.load(root, language: .ko)

    static func course(_ language: Language) -> Course { language == .ko ? korean : english }

    static let all: [ShippedChallenge] = [english, korean].flatMap { course in
        course.lessons.flatMap { lesson in
            var number = 0
            return lesson.steps.enumerated().flatMap { stepIndex, step in
                step.challenges.indices.map { offset in
                    number += 1
                    return ShippedChallenge(language: course.language, slug: lesson.slug, stepIndex: stepIndex,
                                            offset: offset, number: number)
                }
            }
        }
    }
}

/// The "done means": every shipped challenge, in both languages, is driven to its goal through the update
/// loop by pressing the solver's shortest schedule as digit keys (thread i is key i+1), in a full session that
/// records the solve; a refused move is refused with its sentence and changes nothing; `u` restores the exact
/// state before the last move.
@Suite struct ShippedChallengePlayTests {
    /// A full session (no lesson named on the command line, so `ProgressPolicy.full`) resumed at the challenge's
    /// step, with the app's factory, the challenge selected with `d` and the challenge keys reaching it.
    static func open(_ challenge: ShippedChallenge) throws -> Model {
        let course = ShippedChallenge.course(challenge.language)
        let saved = Progress(last: LessonPosition(lesson: challenge.slug, step: challenge.stepIndex + 1))
        var model = Model(course: course, options: InteractiveOptions(language: challenge.language),
                          size: Size(width: 120, height: 40), progress: saved,
                          demoFactory: ChallengePane.factory(otherwise: DemoPlaceholder.factory))
        #expect(model.policy == .full)
        if model.overlay != nil { model.press(.character("y")) }
        try #require(model.lesson?.slug == challenge.slug, "\(challenge): the resume did not open the lesson")
        try #require(model.stepIndex == challenge.stepIndex, "\(challenge): the resume did not open the step")
        for _ in 0..<challenge.offset { model.press(.character("d")) }
        // A quiz on the same step takes the numbers while the lesson has focus; Tab gives them to the challenge.
        if model.keyContexts.first == .question { model.press(.tab) }
        #expect(model.keyContexts.first == .challenge, "\(challenge): the challenge keys do not come first")
        let pane = try #require(model.shownChallenge, "\(challenge): no challenge pane on the step")
        try #require(pane.number == challenge.number, "\(challenge): pane \(pane.number) is shown")
        try #require(pane.play.moves.isEmpty && !pane.play.isSolved)
        return model
    }

    static func key(_ thread: ThreadID) -> Key { .character(Character(String(thread.rawValue + 1))) }

    /// The shortest schedule to a state, not past the goal, where some thread's move is refused: preferably
    /// because it is blocked (it ran into a wait), else for any reason (finished, not started), for challenges
    /// where nothing can block. Returns the moves there and the refused thread.
    static func refusedMove(in engine: ChallengeEngine, goal: ChallengeGoal, blockedOnly: Bool)
        -> (path: [ThreadID], thread: ThreadID, refusal: ChallengeRefusal)? {
        var seen: Set<ChallengeState> = [engine.initialState]
        var frontier: [(ChallengeState, [ThreadID])] = [(engine.initialState, [])]
        var head = 0
        while head < frontier.count, seen.count < 50_000 {
            let (state, path) = frontier[head]
            head += 1
            if goal.isReached(in: state, engine: engine) { continue }
            for index in engine.program.threads.indices {
                let thread = ThreadID(index)
                guard let refusal = engine.refusal(of: thread, in: state) else { continue }
                if case .blocked = refusal { return (path, thread, refusal) }
                if !blockedOnly { return (path, thread, refusal) }
            }
            for thread in engine.legalMoves(in: state) {
                guard case .success(let step) = engine.apply(thread, to: state), !seen.contains(step.state) else { continue }
                seen.insert(step.state)
                frontier.append((step.state, path + [thread]))
            }
        }
        return nil
    }

    @Test(arguments: ShippedChallenge.all)
    func theShortestScheduleReachesTheGoalAsKeysAndIsSaved(_ challenge: ShippedChallenge) throws {
        var model = try Self.open(challenge)
        let pane = try #require(model.shownChallenge)
        let solution = ChallengeSolver.solve(pane.engine, goal: pane.goal)
        let schedule = try #require(solution.shortest, "\(challenge): the solver finds no schedule to the goal")
        try #require(!schedule.isEmpty, "\(challenge): the goal holds before any move")

        var effects: [Effect] = []
        var before: ChallengeState?
        for (index, thread) in schedule.enumerated() {
            let shown = try #require(model.shownChallenge)
            #expect(!shown.play.isSolved, "\(challenge): the goal is reached before move \(index + 1)")
            before = shown.state
            effects += model.update(.key(Self.key(thread)))
            let after = try #require(model.shownChallenge)
            #expect(after.play.moves == Array(schedule.prefix(index + 1)),
                    "\(challenge): key \(thread.rawValue + 1) (move \(index + 1)) did not run that thread")
            #expect(after.refusal == nil, "\(challenge): move \(index + 1) was refused")
        }

        let solved = try #require(model.shownChallenge)
        #expect(solved.play.isSolved, "\(challenge): the schedule played as keys does not reach the goal")
        let change = ProgressChange.challengeSolved(lesson: challenge.slug, challenge: challenge.number, moves: schedule.count)
        #expect(effects == [.recordProgress(change)], "\(challenge)")
        #expect(model.progress.challenge(lesson: challenge.slug, number: challenge.number)
                == ChallengeResult(solved: true, bestMoves: schedule.count))
        #expect(model.status?.plainText == challenge.language.catalog(.challengeSolved(moves: schedule.count)))

        // `u` takes the winning move back: the exact state before it, the goal no longer reached.
        model.press(.character("u"))
        let undone = try #require(model.shownChallenge)
        #expect(undone.state == before, "\(challenge): u did not restore the state before the last move")
        #expect(undone.play.moves == Array(schedule.dropLast()))
        #expect(!undone.play.isSolved)
    }

    @Test(arguments: ShippedChallenge.all)
    func aRefusedMoveSaysWhyAndChangesNothingAndUndoRestores(_ challenge: ShippedChallenge) throws {
        var model = try Self.open(challenge)
        let pane = try #require(model.shownChallenge)
        // Where threads take locks or wait, some thread can run into a wait; a bare race or a spin never blocks.
        let blocks: Bool
        switch pane.goal {
        case .deadlock, .starve, .emptyPop: blocks = true
        case .counter, .criticalSection: blocks = false
        }
        let found = Self.refusedMove(in: pane.play.engine, goal: pane.goal, blockedOnly: blocks)
        let (path, refused, refusal) = try #require(found, "\(challenge): no state where a move is refused")
        try #require(!path.isEmpty, "\(challenge): a move is refused before any move")

        var states: [ChallengeState] = [pane.state]
        for thread in path {
            model.press(Self.key(thread))
            states.append(try #require(model.shownChallenge).state)
        }
        let reached = try #require(model.shownChallenge)
        #expect(reached.play.moves == path, "\(challenge): the keys did not play the path to the refused move")
        #expect(reached.engine.refusal(of: refused, in: reached.state) == refusal)

        let effects = model.press(Self.key(refused))
        let after = try #require(model.shownChallenge)
        #expect(effects.isEmpty)
        #expect(after.state == reached.state, "\(challenge): a refused move changed the state")
        #expect(after.play.moves == path)
        let error = ChallengeRefusalError(thread: refused, refusal: refusal)
        #expect(after.refusal == error)
        let sentence = challenge.language.catalog(error.phrase(in: after.program))
        #expect(model.status?.plainText == sentence)
        #expect(sentence.contains(after.program.threads[refused.rawValue].name))

        model.press(.character("u"))
        let undone = try #require(model.shownChallenge)
        #expect(undone.state == states[states.count - 2], "\(challenge): u did not restore the state before the last move")
        #expect(undone.play.moves == Array(path.dropLast()))
        #expect(undone.refusal == nil)
    }
}

extension Model {
    /// The challenge shown on this step: the pane, or the one a set of several shows now.
    var shownChallenge: ChallengePane? { (demo as? ChallengePane) ?? (demo as? ChallengeSet)?.current }
}

@Suite struct ShippedChallengeListTests {
    /// The list the tests above run over is the course's: six challenges in each language, in the same places.
    @Test func everyShippedChallengeIsListedInBothLanguages() {
        let english = ShippedChallenge.all.filter { $0.language == .en }
        let korean = ShippedChallenge.all.filter { $0.language == .ko }
        #expect(english.count == 6)
        #expect(english.map(\.slug) == korean.map(\.slug))
        #expect(english.map(\.stepIndex) == korean.map(\.stepIndex))
        #expect(english.map(\.number) == korean.map(\.number))
        let total = ShippedChallenge.english.lessons.flatMap(\.steps).map(\.challenges.count).reduce(0, +)
        #expect(english.count == total)
    }
}
