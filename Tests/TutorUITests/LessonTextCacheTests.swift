import Testing
@testable import TutorUI

/// The lesson text is laid out once per (step, width, language) and kept in the model: ticks and keys that do
/// not change those reuse it, a resize or a step change lays it out again.
@Suite struct LessonTextCacheTests {
    private func layouts(_ model: Model) -> Int { model.lessonText?.layouts ?? -1 }

    @Test func ticksWhileADemoPlaysReuseTheLaidOutText() {
        var model = Model.sample(size: Size(width: 90, height: 30), startLesson: "lifecycle", demoFactory: FakeDemo.factory)
        let before = layouts(model)
        #expect(model.press(.character(" ")).contains(.armTick(stamp: model.tickStamp, milliseconds: Model.frameMilliseconds)))
        for _ in 0..<10 {
            _ = model.update(.tick(stamp: model.tickStamp, elapsedMilliseconds: Model.frameMilliseconds))
            _ = Screen.render(model)
        }
        #expect((model.demo as? FakeDemo)?.elapsed == 10 * Model.frameMilliseconds)
        #expect(layouts(model) == before)
        model.press(.down, .down)
        #expect(layouts(model) == before, "scrolling moves over the same lines")
    }

    @Test func aResizeOrAStepChangeLaysTheTextOutAgain() {
        var model = Model.sample(size: Size(width: 90, height: 30), startLesson: "lifecycle", demoFactory: FakeDemo.factory)
        let first = layouts(model)
        _ = model.update(.resize(Size(width: 90, height: 30)))
        #expect(layouts(model) == first, "the same size keeps the text")
        _ = model.update(.resize(Size(width: 70, height: 30)))
        #expect(layouts(model) == first + 1)
        #expect(model.lessonText?.key.width == model.layout?.lessonText.width)
        _ = model.update(.resize(Size(width: 70, height: 20)))
        #expect(layouts(model) == first + 1, "a new height alone does not change the text")
        model.press(.right)
        #expect(layouts(model) == first + 2)
        #expect(model.lessonText?.key.step == 1)
    }

    @Test func answeringAQuestionKeepsTheStepTextAndShowsTheAnswer() {
        var model = Model.sample(startLesson: "lifecycle", startStep: 2)
        let before = layouts(model)
        model.press(.character("1"), .enter)
        #expect(layouts(model) == before)
        #expect(model.lessonText?.quizzes == model.quizzes)
        #expect(model.screen.contains("Not quite"))
    }

    @Test func theCachedTextIsWhatAFreshLayoutGives() {
        var model = Model.sample(.ko, startLesson: "lifecycle", demoFactory: FakeDemo.factory)
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 41, height: 12)] {
            _ = model.update(.resize(size))
            for _ in 0..<2 {
                let width = model.layout?.lessonText.width ?? size.width
                #expect(model.lessonContent.lines == LessonContent(model: model, width: width).lines)
                #expect(model.lessonText?.isCurrent(for: model, key: model.lessonTextKey) == true)
                model.press(.right)
            }
        }
    }

    @Test func aModelChangedByHandStillDrawsItsOwnText() {
        var model = Model.sample(startLesson: "lifecycle", demoFactory: FakeDemo.factory)
        model.size = Size(width: 60, height: 20)
        let width = model.layout?.lessonText.width ?? 0
        #expect(model.lessonText?.key.width != width)
        #expect(model.lessonContent.lines == LessonContent(model: model, width: width).lines)
    }
}
