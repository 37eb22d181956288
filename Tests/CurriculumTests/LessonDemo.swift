import LessonKit
import ThreadModel

/// One ```demo of the shipped course, as LessonKit read it, named by its place in the lesson file.
struct LessonDemo: CustomStringConvertible, Sendable {
    var spec: DemoSpec
    var description: String { spec.location.description }

    static func all(in lessons: [Lesson]) -> [LessonDemo] {
        lessons.flatMap { $0.steps.flatMap(\.demos) }.map(LessonDemo.init)
    }
}
