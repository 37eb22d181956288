import ArgumentParser
import Foundation
import LessonKit
import TutorBasics

/// Options every command that reads the course shares: which language and which folder.
struct CourseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Course language: en or ko.",
                               discussion: "Default: from LC_ALL, LC_MESSAGES or LANG; English otherwise."))
    var lang: Language?

    @Option(help: ArgumentHelp("Load a course from this folder instead of the shipped lessons.",
                               valueName: "dir"))
    var lessons: String?

    /// The language asked for, or the environment's.
    var language: Language { .chosen(lang) }

    /// The course folder; a missing one is a usage error (exit 64) with advice.
    func courseRoot() throws -> String {
        guard let root = CourseLocator.locate(explicit: lessons) else {
            throw CommandFailure.usage(.lessonsFolderNotFound)
        }
        return root
    }

    /// Loads the course in the chosen language. Problems with the course as a whole go to stderr; broken lessons
    /// stay in the course, marked, so the rest of it still works. A course with no lesson at all is bad input.
    func loadCourse() throws -> Course {
        let root = try courseRoot()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure.usage(.noCourseFolder(path: root))
        }
        let course = CourseLoader.load(root, language: language)
        for diagnostic in course.diagnostics {
            FileHandle.standardError.write(Data("\(diagnostic)\n".utf8))
        }
        if course.lessons.isEmpty { throw CommandFailure.badInput(.courseWithoutLessons(folder: root)) }
        return course
    }

    /// Finds a lesson by name in the loaded course, then in the folder's other languages.
    func resolve(_ name: String, in course: Course) throws -> Lesson {
        try LessonResolver.resolve(name, in: course) {
            guard let root = try? courseRoot() else { return [] }
            return CourseLoader.languages(in: root)
                .filter { $0 != course.language }
                .map { CourseLoader.load(root, language: $0) }
        }
    }
}
