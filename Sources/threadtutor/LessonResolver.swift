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
            let names = lessons.map { "'\($0.slug)'" }.joined(separator: ", ")
            throw CommandFailure.usage("'\(name)' could be any of \(names) — type more of the name")
        case .notFound(let suggestions):
            var message = "no lesson '\(name)'"
            if !suggestions.isEmpty {
                message += " — did you mean " + suggestions.prefix(3).map { "'\($0)'" }.joined(separator: " or ") + "?"
            }
            message += " (see 'threadtutor list')"
            throw CommandFailure.usage(message)
        }
    }
}
