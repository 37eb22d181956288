import ArgumentParser
import Foundation
import LessonKit
import TutorBasics

/// `threadtutor check [DIR]`: validates a course for lesson authors, as CI and teachers run it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a course folder: front matter, Markdown, demos, quizzes and challenges.",
        discussion: """
        Prints each problem as path:line:col: message on stderr and a summary on stdout. \
        Exits 65 when any lesson is broken, 0 when the course is clean.
        """
    )

    @Argument(help: ArgumentHelp("The course folder (default: the shipped lessons).", valueName: "dir"))
    var directory: String?

    func run() throws {
        LocaleSetup.apply()
        // No --lang here: the summary is said in the environment's language; the problems stay English.
        let language = Language.chosen(nil)
        guard let root = CourseLocator.locate(explicit: directory) else {
            throw CommandFailure.usage(.checkFolderNotFound).report(in: language)
        }
        let courses = CourseLoader.loadAll(root)
        var problems: [Diagnostic] = []
        var lessonCount = 0
        for course in courses {
            problems += course.allDiagnostics
            lessonCount += course.lessons.count
        }
        // Challenges: an unreachable goal is a problem; a goal without choice a warning; the solution length a note.
        let challenges = ChallengeCheck.report(in: courses)
        problems += challenges.problems
        for problem in problems {
            FileHandle.standardError.write(Data("\(problem)\n".utf8))
        }
        // Warnings do not fail the check: a demo without the GIL may be meant, and then says `gil: false`.
        for warning in courses.flatMap(GILCheck.warnings(in:)) + challenges.warnings + challenges.notes {
            FileHandle.standardError.write(Data("\(warning)\n".utf8))
        }
        let languages = courses.map(\.language.rawValue).joined(separator: ", ")
        print(language.catalog(.checkSummary(lessons: lessonCount, languages: languages, folder: root,
                                             problems: problems.count)))
        if !problems.isEmpty { throw ExitCode(65) }
    }
}
