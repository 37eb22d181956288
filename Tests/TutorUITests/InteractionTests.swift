import ProgressStore
import Testing
import TutorBasics
@testable import TutorUI

@Suite struct InteractionTests {
    @Test func stepKeysMoveThroughLessonsAndRecordProgress() {
        var model = Model.sample()
        #expect(model.lessonIndex == 0 && model.stepIndex == 0)
        let effects = model.press(.right)
        #expect(model.stepIndex == 1)
        #expect(effects.contains(.recordProgress(.position(LessonPosition(lesson: "what-is-a-thread", step: 2)))))
        #expect(effects.contains(.recordProgress(.completed(lesson: "what-is-a-thread"))))
        model.press(.character("n"))
        #expect(model.lessonIndex == 1 && model.stepIndex == 0)
        model.press(.character("h"))
        #expect(model.lessonIndex == 0 && model.stepIndex == 1)
        model.press(.left, .character("p"))
        #expect(model.stepIndex == 0)
        #expect(model.status?.plainText == Language.en.catalog(.firstStep))
    }

    @Test func koreanJamoDriveTheSameActions() {
        var model = Model.sample(.ko)
        model.press(.character("ㅣ"))
        #expect(model.stepIndex == 1)
        model.press(.character("ㅗ"))
        #expect(model.stepIndex == 0)
        model.press(.character("ㅡ"))
        guard case .menu = model.overlay else { Issue.record("ㅡ should open the menu"); return }
        #expect(model.press(.escape).isEmpty && model.overlay == nil)
        #expect(model.press(.character("ㅂ")) == [.quit])
    }

    @Test func brokenLessonsAreSkippedWhenStepping() {
        var model = Model.sample(startLesson: "lifecycle", startStep: 3)
        model.press(.right)
        #expect(model.lessonIndex == 1 && model.stepIndex == 2)
        #expect(model.status?.plainText == Language.en.catalog(.endOfCourse))
    }

    @Test func quizOwnsDigitsAndEnterUntilSolved() {
        var model = Model.sample()
        model.press(.right, .right, .right)
        #expect(model.lessonIndex == 1 && model.stepIndex == 1)
        #expect(model.keyContexts.first == .question)
        model.press(.enter)
        #expect(model.stepIndex == 1, "Enter confirms, it does not step, while a question is open")
        #expect(model.status?.plainText == Language.en.catalog(.chooseFirst(count: 3)))
        model.press(.character("9"))
        #expect(model.status?.plainText == Language.en.catalog(.onlyChoices(count: 3)))
        model.press(.character("1"))
        var effects = model.press(.enter)
        #expect(model.quizzes[0]?.wrong == [1])
        #expect(effects == [.recordProgress(.quizAnswer(id: "lifecycle#2.1", correct: false))])
        #expect(model.screen.contains("Not quite"))
        model.press(.character("3"))
        effects = model.press(.enter)
        #expect(model.quizzes[0]?.solved == true)
        #expect(effects == [.recordProgress(.quizAnswer(id: "lifecycle#2.1", correct: true))])
        #expect(model.screen.contains("Correct!"))
        #expect(model.screen.contains("so the scheduler"))
        #expect(!model.keyContexts.contains(.question))
        model.press(.enter)
        #expect(model.stepIndex == 2)
    }

    @Test func menuFiltersAndOpensButNotBrokenLessons() {
        var model = Model.sample()
        model.press(.character("m"))
        model.type("thread l")
        guard case .menu(let menu) = model.overlay else { Issue.record("menu closed"); return }
        #expect(menu.filter == "thread l")
        #expect(model.menuEntries(filter: menu.filter) == [1])
        #expect(menu.selected == 1)
        model.press(.enter)
        #expect(model.overlay == nil && model.lessonIndex == 1)

        model.press(.character("m"))
        model.type("pool")
        model.press(.enter)
        #expect(model.lessonIndex == 1, "a broken lesson is not opened")
        #expect(model.status?.plainText.contains("quiz answer is not one of the choices") == true)
        model.press(.backspace, .backspace, .backspace, .backspace)
        model.press(.backspace, .backspace, .backspace, .backspace)
        guard case .menu(let cleared) = model.overlay else { Issue.record("menu closed"); return }
        #expect(cleared.filter.isEmpty)
        model.press(.up)
        guard case .menu(let moved) = model.overlay else { Issue.record("menu closed"); return }
        #expect(moved.selected == 1)
    }

    @Test func typingQInTheMenuFiltersInsteadOfQuitting() {
        var model = Model.sample()
        model.press(.character("m"))
        #expect(model.press(.character("q")).isEmpty)
        guard case .menu(let menu) = model.overlay else { Issue.record("menu closed"); return }
        #expect(menu.filter == "q")
    }

    @Test func scrollingIsClampedToTheContent() {
        var model = Model.sample(size: Size(width: 40, height: 10), startLesson: "lifecycle")
        model.press(.character("G"))
        let bottom = model.lessonScroll
        #expect(bottom > 0)
        model.press(.down, .pageDown)
        #expect(model.lessonScroll == bottom)
        model.press(.character("g"))
        #expect(model.lessonScroll == 0)
        model.press(.wheelDown)
        #expect(model.lessonScroll == 1)
        _ = model.update(.resize(Size(width: 120, height: 40)))
        #expect(model.lessonScroll == 0)
    }

    @Test func tabMovesFocusOnlyWhenThereIsADemo() {
        var model = Model.sample(demoFactory: FakeDemo.factory)
        model.press(.tab)
        #expect(model.focus == .lesson)
        model.press(.character("n"), .character("n"))
        #expect(model.demo != nil)
        model.press(.tab)
        #expect(model.focus == .demo)
        model.press(.down)
        #expect((model.demo as? FakeDemo)?.actions == [.scrollDown])
    }

    @Test func staleTicksAreIgnored() {
        var model = Model.sample(startLesson: "lifecycle", demoFactory: FakeDemo.factory)
        let play = model.press(.character(" "))
        guard case .armTick(let first, _) = play.first else { Issue.record("no tick armed"); return }
        #expect(model.press(.character(" ")) == [.cancelTick])
        let again = model.press(.character(" "))
        guard case .armTick(let second, _) = again.first else { Issue.record("no tick armed"); return }
        #expect(first != second)
        #expect(model.update(.tick(stamp: first, elapsedMilliseconds: 500)).isEmpty)
        #expect((model.demo as? FakeDemo)?.elapsed == 0)
        let next = model.update(.tick(stamp: second, elapsedMilliseconds: 200))
        #expect((model.demo as? FakeDemo)?.elapsed == 200)
        guard case .armTick = next.first else { Issue.record("playing demo must re-arm"); return }
    }

    @Test func resumeOfferJumpsToTheSavedPosition() {
        let saved = Progress(last: LessonPosition(lesson: "lifecycle", step: 3))
        var model = Model.sample(progress: saved)
        #expect(model.overlay == .resume(lessonIndex: 1, step: 3))
        model.press(.character("y"))
        #expect(model.overlay == nil && model.lessonIndex == 1 && model.stepIndex == 2)

        var declined = Model.sample(progress: saved)
        declined.press(.escape)
        #expect(declined.overlay == nil && declined.lessonIndex == 0)
    }

    @Test func presenterModeNeverOffersResumeNorWritesProgress() {
        let saved = Progress(last: LessonPosition(lesson: "lifecycle", step: 3))
        var model = Model.sample(present: true, progress: saved, startStep: 2)
        #expect(model.overlay == nil)
        #expect(model.stepIndex == 1)
        let effects = model.press(.pageUp, .pageDown, .pageDown)
        #expect(model.lessonIndex == 1)
        #expect(!effects.contains { if case .recordProgress = $0 { true } else { false } })
        model.press(.character("N"))
        #expect(model.overlay == .notes)
        #expect(model.screen.contains("Ask the room"))
        model.press(.escape)
        #expect(model.overlay == nil)
    }

    @Test func replayingANamedLessonRecordsOnlyThePosition() {
        var model = Model.sample(startLesson: "what-is-a-thread")
        let effects = model.press(.right)
        #expect(effects == [.cancelTick, .recordProgress(.position(LessonPosition(lesson: "what-is-a-thread", step: 2)))])
    }

    @Test func helpOpensFromTheKeyTableAndCloses() {
        var model = Model.sample()
        model.press(.character("?"))
        #expect(model.overlay == .help(scroll: 0))
        #expect(model.screen.contains("next step"))
        model.press(.character("j"))
        #expect(model.overlay == .help(scroll: 1))
        model.press(.character("?"))
        #expect(model.overlay == nil)
    }

    @Test func controlKeysQuitSuspendAndRedraw() {
        var model = Model.sample()
        #expect(model.press(.control("z")) == [.suspend])
        #expect(model.press(.control("l")) == [.fullRedraw])
        #expect(model.press(.control("c")) == [.quit])
    }
}

@Suite struct DemoForwardingTests {
    @Test func demoKeysReachThePaneAndItsMessagesShow() {
        var model = Model.sample(startLesson: "lifecycle", demoFactory: FakeDemo.factory)
        model.press(.character("."), .character("]"), .character("+"), .character("2"))
        #expect((model.demo as? FakeDemo)?.actions == [.stepForward, .nextOfThread, .faster, .selectThread(2)])
        model.press(.character("v"))
        #expect(model.status?.plainText == "live mode is not here yet")
    }

    @Test func demoKeysWithoutADemoSaySo() {
        var model = Model.sample()
        model.press(.character(" "))
        #expect(model.status?.plainText == Language.en.catalog(.noDemoHere))
    }

    @Test func anAskingDemoOwnsTheNumberKeys() {
        var model = Model.sample(startLesson: "lifecycle", demoFactory: { step, _, _ in
            step.demos.isEmpty ? nil : FakeDemo(isAsking: true)
        })
        #expect(model.keyContexts.first == .question)
        model.press(.character("2"), .enter)
        #expect((model.demo as? FakeDemo)?.actions == [.answer(2), .confirm])
        #expect(model.stepIndex == 0)
    }
}
