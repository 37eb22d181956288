import LessonKit
import ProgressStore
import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// A challenge played through the update loop, as keys: recorded schedules reach the goal, illegal moves are
/// refused with their reason, `u` restores the exact state, `r` restarts, `h` shows hints one by one, and a
/// solve is saved as the progress policy allows.
@Suite struct ChallengePlayTests {
    private func keys(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func theLostUpdateIsReachedByItsScheduleAndSaved() throws {
        var model = ChallengeCourse.model()
        #expect(model.keyContexts.first == .challenge)
        var effects: [Effect] = []
        for key in keys("121") {
            effects += model.update(.key(key))
            #expect(model.challenge?.play.isSolved == false)
        }
        #expect(effects.isEmpty)
        #expect(model.challenge?.state.pendingReads == [nil, 0])
        effects = model.press(.character("2"))
        let pane = try #require(model.challenge)
        #expect(pane.play.isSolved)
        #expect(pane.play.moves == [0, 1, 0, 1].map(ThreadID.init))
        #expect(pane.state.counters == [1])
        #expect(model.status?.plainText == "Goal reached in 4 moves!")
        let change = ProgressChange.challengeSolved(lesson: "lost-update", challenge: 1, moves: 4)
        #expect(effects == [.recordProgress(change)])
        #expect(model.progress.challenge(lesson: "lost-update", number: 1) == ChallengeResult(solved: true, bestMoves: 4))
        #expect(model.screen.contains("Goal reached in 4 moves!"))
        #expect(model.screen.contains("Both read 0 and both wrote 1."))
        // The play stands still once solved: another number says so and records nothing again.
        #expect(model.press(.character("1")).isEmpty)
        #expect(model.challenge?.play.moves.count == 4)
    }

    @Test func theDeadlockOnTheNextStepIsChallengeTwo() throws {
        var model = ChallengeCourse.model()
        model.press(.right)
        #expect(model.stepIndex == 1)
        #expect(model.challenge?.number == 2)
        let effects = model.press(.character("1"), .character("2"), .character("1"), .character("2"))
        let pane = try #require(model.challenge)
        #expect(pane.play.isSolved)
        #expect(pane.engine.legalMoves(in: pane.state).isEmpty)
        #expect(effects == [.recordProgress(.challengeSolved(lesson: "lost-update", challenge: 2, moves: 4))])
        #expect(model.screen.contains("Each waits for the other's lock."))
    }

    @Test func aBlockedThreadIsRefusedWithItsReasonAndNothingChanges() throws {
        var model = ChallengeCourse.model()
        // B runs into L2, which A holds, and blocks; pressing 2 again is refused and changes nothing.
        model.press(.right, .character("1"), .character("1"), .character("2"))
        let before = try #require(model.challenge?.state)
        model.press(.character("2"))
        let pane = try #require(model.challenge)
        #expect(pane.state == before)
        #expect(pane.play.moves.count == 3)
        #expect(pane.refusal == ChallengeRefusalError(thread: ThreadID(1),
                                                      refusal: .blocked(.waitingForLock(lock: "L2", holder: "A"))))
        let sentence = "B cannot run: it is waiting for lock L2 held by A."
        #expect(model.status?.plainText == sentence)
        #expect(model.screen.contains(sentence))
        // A number with no thread is refused too, with its own sentence.
        model.press(.character("7"))
        #expect(model.status?.plainText == "There is no thread 7 in this challenge.")
    }

    @Test func undoRestoresTheExactStateAndRestartTheFirst() throws {
        var model = ChallengeCourse.model()
        model.press(.character("1"))
        let afterOne = try #require(model.challenge?.state)
        model.press(.character("2"))
        #expect(model.challenge?.state != afterOne)
        model.press(.character("u"))
        #expect(model.challenge?.state == afterOne)
        #expect(model.challenge?.play.moves == [ThreadID(0)])
        #expect(model.status?.plainText == "Move taken back: 1 move so far.")
        model.press(.character("2"), .character("2"), .character("r"))
        let pane = try #require(model.challenge)
        #expect(pane.state == pane.engine.initialState)
        #expect(pane.play.moves.isEmpty)
        #expect(model.status?.plainText == "Back to the start.")
        model.press(.character("u"))
        #expect(model.status?.plainText == "Nothing to undo: no move yet.")
        #expect(model.stepIndex == 0)
    }

    @Test func hintsComeOneAtATime() throws {
        var model = ChallengeCourse.model(size: Size(width: 120, height: 40))
        #expect(!model.screen.contains("Hint 1"))
        model.press(.character("h"))
        #expect(model.stepIndex == 0, "h is the next hint here, not the previous step")
        #expect(model.challenge?.hintsShown == 1)
        #expect(model.screen.contains("Hint 1 of 2: Let A read first."))
        #expect(!model.screen.contains("Hint 2 of 2"))
        model.press(.character("h"))
        #expect(model.screen.contains("Hint 2 of 2: Now let B read before A writes."))
        model.press(.character("h"))
        #expect(model.challenge?.hintsShown == 2)
        #expect(model.status?.plainText == "That was the last hint (2 in all).")
    }

    @Test func theLessonKeysThatAreNotShadowedStillWork() {
        var model = ChallengeCourse.model()
        model.press(.right)
        model.press(.character("p"))
        #expect(model.stepIndex == 0)
        model.press(.right, .left)
        #expect(model.stepIndex == 0)
        // Korean input: the jamo on the h key asks for a hint too.
        model.press(.character("ㅗ"))
        #expect(model.challenge?.hintsShown == 1)
    }

    @Test func helpListsTheChallengeKeysFromTheTable() {
        var model = ChallengeCourse.model(size: Size(width: 120, height: 40))
        model.press(.character("?"))
        let screen = model.screen
        #expect(screen.contains("Challenge (you are the scheduler)"))
        #expect(screen.contains("run that thread one step"))
        #expect(screen.contains("show the next hint"))
        #expect(!screen.contains("select thread"), "the demo's number keys are shadowed")
    }

    @Test func presenterModeAndReplayingALessonSaveNoResult() {
        var presenter = ChallengeCourse.model(present: true)
        #expect(presenter.press(.character("1"), .character("2"), .character("1"), .character("2")).isEmpty)
        #expect(presenter.challenge?.play.isSolved == true)
        #expect(presenter.progress.challenges.isEmpty)

        var replay = ChallengeCourse.model(startLesson: "lost-update")
        let effects = replay.press(.character("1"), .character("2"), .character("1"), .character("2"))
        #expect(replay.challenge?.play.isSolved == true)
        #expect(!effects.contains { if case .recordProgress(.challengeSolved) = $0 { true } else { false } })
    }

    @Test func aStepWithoutAChallengeKeepsTheLessonKeys() {
        let model = Model.sample(startLesson: "lifecycle", demoFactory: ChallengePane.factory(otherwise: FakeDemo.factory))
        #expect(!model.keyContexts.contains(.challenge))
        #expect(model.keys.bindings(in: .lesson).contains { $0.action == .demo(.selectThread(1)) })
        #expect(model.keys.action(for: .character("h"), in: model.keyContexts) == .previousStep)
        #expect(model.keys.action(for: .character("2"), in: model.keyContexts) == .demo(.selectThread(2)))
    }

    /// A step with a quiz and a challenge: while the lesson pane has focus the quiz takes the numbers; with the
    /// challenge focused they run threads.
    @Test func anOpenQuizTakesTheNumbersUntilTheChallengeHasFocus() throws {
        let markdown = """
            ---
            title: Both
            chapter: 1
            ---
            # Both

            ```quiz
            question: Which?
            choices: [one, two]
            answer: two
            explain: Two.
            ```

            ```challenge
            goal: deadlock
            threads:
              - {name: A, run: [lock L1, lock L2]}
              - {name: B, run: [lock L2, lock L1]}
            ```
            """
        let lesson = LessonParser.parse(markdown, path: "en/01-both.md", language: .en)
        let course = Course(language: .en, root: "both", chapters: [Chapter(number: 1, title: "C", lessons: [lesson])])
        var model = Model(course: course, options: InteractiveOptions(language: .en), size: Size(width: 120, height: 40),
                          demoFactory: ChallengePane.factory(otherwise: DemoPlaceholder.factory))
        #expect(model.keyContexts.prefix(2) == [.question, .challenge])
        model.press(.character("2"))
        #expect(model.quizzes[0]?.selected == 2)
        #expect(model.challenge?.play.moves.isEmpty == true)
        model.press(.character("h"))
        #expect(model.challenge?.hintsShown == 0)
        #expect(model.status?.plainText == "This challenge has no hints.")
        model.press(.tab)
        #expect(model.keyContexts.first == .challenge)
        model.press(.character("2"))
        #expect(model.challenge?.play.moves == [ThreadID(1)])
    }

    /// Two challenges on one step take turns with `d`; each keeps its play and its own number for progress.
    @Test func twoChallengesOnOneStepTakeTurns() throws {
        let fence = "```challenge\ngoal: deadlock\nthreads:\n  - {name: A, run: [lock L1, lock L2]}\n  - {name: B, run: [lock L2, lock L1]}\n```\n"
        let markdown = "---\ntitle: Two\nchapter: 1\n---\n# Two\n\n" + fence + "\n" + fence
        let lesson = LessonParser.parse(markdown, path: "en/01-two.md", language: .en)
        #expect(lesson.diagnostics.isEmpty)
        let course = Course(language: .en, root: "two", chapters: [Chapter(number: 1, title: "C", lessons: [lesson])])
        var model = Model(course: course, options: InteractiveOptions(language: .en), size: Size(width: 120, height: 40),
                          demoFactory: ChallengePane.factory(otherwise: DemoPlaceholder.factory))
        let set = try #require(model.demo as? ChallengeSet)
        #expect(set.title == "1/2 · Challenge 1: you are the scheduler")
        #expect(model.keyContexts.first == .challenge)
        model.press(.character("1"))
        model.press(.character("d"))
        #expect(model.status?.plainText.contains("Challenge 2") == true)
        let effects = model.press(.character("1"), .character("2"), .character("1"), .character("2"))
        #expect(effects == [.recordProgress(.challengeSolved(lesson: "two", challenge: 2, moves: 4))])
        model.press(.character("d"))
        let back = try #require(model.demo as? ChallengeSet)
        #expect(back.current.play.moves == [ThreadID(0)])
    }
}
