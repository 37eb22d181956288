import Testing
import ThreadModel
import TutorBasics
@testable import TutorUI

/// Predictions stop playback before each transition of a predicted thread and offer only legal next states.
@Suite struct DemoPredictionTests {
    /// Plays until the demo asks (or ends).
    private func playUntilAsked(_ demo: inout ThreadDemo) {
        if !demo.isPlaying && !demo.isAsking { demo.run(.playPause) }
        var ticks = 0
        while demo.isPlaying && ticks < 10_000 {
            demo.advance(milliseconds: 50)
            ticks += 1
        }
    }

    @Test func everyQuestionOffersOnlyLegalStatesAndStopsBeforeTheTransition() throws {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        let worker = try #require(demo.timeline.thread(named: "worker"))
        var asked: [Transition] = []
        playUntilAsked(&demo)
        while let question = demo.question {
            #expect(question.transition.thread == worker)
            #expect(Set(question.choices) == question.transition.from.legalNextStates)
            #expect(demo.isAsking && !demo.isPlaying)
            #expect(demo.playback.cursor.seq == question.transition.seq - 1)
            #expect(demo.statesAtCursor[worker.rawValue] == question.transition.from)
            let right = try #require(question.choices.firstIndex(of: question.answer))
            demo.run(.answer(right + 1), .confirm)
            #expect(!demo.isAsking)
            #expect(demo.statesAtCursor[worker.rawValue] == question.answer)
            asked.append(question.transition)
            playUntilAsked(&demo)
        }
        #expect(asked == demo.timeline.transitions(of: worker))
        #expect(demo.playback.isAtEnd(of: demo.timeline))
    }

    @Test func wrongAnswerThenRight() throws {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        playUntilAsked(&demo)
        // Answer the single-choice questions until one offers more than one state.
        while let question = demo.question, question.choices.count == 1 {
            demo.run(.answer(1), .confirm)
            playUntilAsked(&demo)
        }
        let question = try #require(demo.question)
        #expect(question.transition.from == .running)
        #expect(question.choices == [.ready, .blocked, .terminated])
        let wrong = try #require(question.choices.firstIndex { $0 != question.answer })
        demo.run(.answer(wrong + 1), .confirm)
        #expect(demo.isAsking)
        #expect(demo.question?.wrong == [question.choices[wrong]])
        #expect(demo.playback.cursor.seq == question.transition.seq - 1)
        #expect(demo.render(Size(width: 52, height: 37)).contains(Language.en.catalog(.predictWrong(state: question.choices[wrong].name(in: .en)))))
        let right = try #require(question.choices.firstIndex(of: question.answer))
        demo.run(.answer(right + 1), .confirm)
        #expect(!demo.isAsking)
        #expect(demo.playback.cursor.seq == demo.timeline.settledSeq(after: question.transition))
        #expect(demo.render(Size(width: 52, height: 37)).contains(question.transition.reason.sentence(in: .en)))
    }

    @Test func anOpenQuestionHoldsPlaybackAndSteps() throws {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        playUntilAsked(&demo)
        let question = try #require(demo.question)
        let cursor = demo.playback.cursor
        #expect(demo.run(.playPause) == Language.en.catalog(.answerFirst))
        demo.run(.stepForward, .nextOfThread)
        demo.advance(milliseconds: 1_000)
        #expect(demo.playback.cursor == cursor)
        #expect(demo.question == question)
        // Enter before choosing, or a number past the choices, changes nothing.
        demo.run(.confirm, .answer(9))
        #expect(demo.question == question)
        // Stepping back closes the question; coming forward again asks it again.
        demo.run(.stepBack)
        #expect(!demo.isAsking)
        demo.run(.stepForward)
        demo.run(.stepForward)
        #expect(demo.question?.transition == question.transition)
    }

    @Test func simulatedOnlyAndNotAskedAgainUntilRestart() throws {
        var demo = ThreadDemo(scenario: DemoScenarios.lifecycle)
        playUntilAsked(&demo)
        let first = try #require(demo.question)
        demo.run(.answer(1), .confirm)
        demo.run(.stepBack, .stepBack)
        demo.run(.stepForward, .stepForward)
        #expect(demo.question?.transition != first.transition)
        demo.run(.restart)
        playUntilAsked(&demo)
        #expect(demo.question?.transition == first.transition)
    }
}
