import ArgumentParser
import Foundation
import LessonKit
import ProgressStore
import TutorBasics

/// `threadtutor challenges`: every challenge of the course (the lessons' "you are the scheduler" puzzles), its
/// goal, and whether you solved it and in how many moves, from the saved progress.
struct ChallengesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "challenges",
        abstract: "List the course's challenges and which ones you have solved.",
        discussion: """
        A challenge puts you in the scheduler's seat: you press a thread's number to run it one step until the \
        goal happens (a lost update, a deadlock…). This lists every challenge in teaching order: the lesson's \
        number and slug, the challenge's number in the lesson, its goal, and your result (solved, in how many \
        moves at best) from the progress file ($XDG_STATE_HOME/threadtutor/progress.json, else \
        ~/.local/state/threadtutor/progress.json). A result is saved when you solve a challenge in the course \
        ('threadtutor', which goes on where you left off); a lesson opened by name is a replay and, as for \
        quizzes, saves only your place. Presenter mode saves nothing.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var course: CourseOptions

    @Option(help: "Output: text (a line per challenge, its goal below) or json (for tools; unsolved moves are null).")
    var format: Format = .text

    func run() throws {
        LocaleSetup.apply()
        do {
            let loaded = try course.loadCourse()
            let entries = ChallengeListing.entries(loaded, progress: loadProgress())
            switch format {
            case .text: print(ChallengeListing.text(entries, language: course.language), terminator: "")
            case .json: print(ChallengeListing.json(entries), terminator: "")
            }
        } catch let failure as CommandFailure {
            throw failure.report(in: course.language)
        }
    }

    /// The saved progress; a corrupt file is moved aside (and said so on stderr), an unreadable one counts as none.
    private func loadProgress() -> LearnerProgress {
        let store = ProgressStore(directory: ProgressStore.defaultDirectory())
        let language = course.language
        do {
            let loaded = try store.load()
            if let aside = loaded.corruptFileMovedTo {
                FileHandle.standardError.write(Data("threadtutor: \(language.catalog(.progressCorrupt(path: aside)))\n".utf8))
            }
            return loaded.progress
        } catch {
            FileHandle.standardError.write(Data("threadtutor: \(language.catalog(.progressFailed(reason: "\(error)")))\n".utf8))
            return LearnerProgress()
        }
    }
}
