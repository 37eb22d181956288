import TutorBasics

/// Every word the interface says, from the language's catalog. Views ask for text here and nowhere else.
public struct UIText: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    private func say(_ phrase: Phrase) -> String { language.catalog(phrase) }

    public func step(_ number: Int, of total: Int) -> String { say(.step(number, of: total)) }
    public func chapter(_ number: Int) -> String { say(.chapter(number)) }

    // The one-line key hint.
    public var hintNext: String { say(.hintNext) }
    public var hintBack: String { say(.hintBack) }
    public var hintScroll: String { say(.hintScroll) }
    public var hintMenu: String { say(.hintMenu) }
    public var hintHelp: String { say(.hintHelp) }
    public var hintQuit: String { say(.hintQuit) }
    public var hintFocus: String { say(.hintFocus) }
    public var focusLesson: String { say(.focusLesson) }
    public var focusDemo: String { say(.focusDemo) }

    // Demo pane.
    public func demoTitle(_ title: String) -> String { say(.demoTitle(title)) }
    public var demoPlaceholder: String { say(.demoPlaceholder) }
    public var noDemoHere: String { say(.noDemoHere) }

    // Small terminal.
    public func tooSmall(_ size: Size, need: Size) -> String {
        say(.terminalTooSmall(size: "\(size)", need: "\(need)"))
    }

    // Questions.
    public var question: String { say(.question) }
    public func chooseHint(_ count: Int) -> String {
        say(.chooseHint(count: count))
    }
    public var correct: String { say(.correct) }
    public var wrong: String { say(.wrong) }
    public func chooseFirst(_ count: Int) -> String {
        say(.chooseFirst(count: count))
    }
    public func onlyChoices(_ count: Int) -> String { say(.onlyChoices(count: count)) }

    // Lesson menu.
    public var menuTitle: String { say(.menuTitle) }
    public var filter: String { say(.filter) }
    public var noMatch: String { say(.noMatch) }
    public var brokenTag: String { say(.brokenTag) }
    public var completedTag: String { say(.completedTag) }
    public func cannotOpenBroken(_ problem: String) -> String {
        say(.cannotOpenBroken(problem: problem))
    }
    public var menuHint: String { say(.menuHint) }

    // Help.
    public var helpTitle: String { say(.helpTitle) }
    public var helpFooter: String { say(.helpFooter) }
    public var helpMore: String { say(.helpMore) }

    // Resume.
    public var resumeTitle: String { say(.resumeTitle) }
    public func resumeQuestion(_ lesson: String, step: Int) -> String {
        say(.resumeQuestion(lesson: lesson, step: step))
    }
    public var resumeYesKeys: String { say(.resumeYesKeys) }
    public var resumeNoKeys: String { say(.resumeNoKeys) }

    // Status messages.
    public func progressCorrupt(_ path: String) -> String {
        say(.progressCorrupt(path: path))
    }
    public func progressFailed(_ reason: String) -> String {
        say(.progressFailed(reason: reason))
    }
    public var endOfCourse: String { say(.endOfCourse) }
    public var firstStep: String { say(.firstStep) }
    public func nowIn(_ title: String) -> String { say(.nowIn(lesson: title)) }
    public var noLessons: String { say(.noLessons) }
    public var lessonHasErrors: String { say(.lessonHasErrors) }

    // Presenter.
    public var notesTitle: String { say(.notesTitle) }
    public var hintNotes: String { say(.hintNotes) }
    public var noNotes: String { say(.noNotes) }
}
