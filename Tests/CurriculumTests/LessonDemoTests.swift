import Testing
import LessonKit
import ThreadModel

/// Every demo of the course, in both languages, parses, simulates and passes the validator.
@Suite struct LessonDemoTests {
    @Test func theCourseHasDemos() {
        #expect(LessonDemo.all(in: ShippedCourse.english.lessons).count >= 10)
    }

    @Test(arguments: LessonDemo.all(in: ShippedCourse.allLessons))
    func demoParsesSimulatesAndValidates(_ demo: LessonDemo) throws {
        let scenario = try #require(demo.spec.scenario, "\(demo) did not parse")
        let timeline = Simulator.run(scenario)
        #expect(Validator.validate(timeline, scenario: scenario).isEmpty, "\(demo)")
        #expect(timeline.endTime != nil)
    }
}
