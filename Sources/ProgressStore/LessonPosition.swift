/// Where a learner was: a lesson slug and a 1-based step number.
public struct LessonPosition: Codable, Hashable, Sendable {
    public var lesson: String
    public var step: Int

    public init(lesson: String, step: Int) {
        self.lesson = lesson
        self.step = step
    }
}
