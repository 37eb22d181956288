import LessonKit

/// Turns a name typed on the command line into a lesson, or a usage error that suggests the closest names.
enum LessonResolver {
    /// Looks `name` up in `course`; only when that fails are the other languages loaded and searched too.
    static func resolve(_ name: String, in course: Course, others: () -> [Course] = { [] }) throws -> Lesson {
        var lookup = course.find(name)
        if case .notFound = lookup {
            for other in others() {
                let retry = course.find(name, alsoSearching: other)
                if case .notFound = retry { continue }
                lookup = retry
                break
            }
        }
        switch lookup {
        case .found(let lesson):
            return lesson
        case .ambiguous(let lessons):
            throw CommandFailure.usage(.ambiguousLesson(name: name, candidates: lessons.map(\.slug)))
        case .notFound(let suggestions):
            throw CommandFailure.usage(.unknownLesson(name: name, suggestions: Array(suggestions.prefix(3))))
        }
    }
}
