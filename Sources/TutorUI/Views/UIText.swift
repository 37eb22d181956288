import TutorBasics

/// Every word the interface says, in English and Korean. Views ask for text here and nowhere else.
public struct UIText: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    private func pick(_ en: String, _ ko: String) -> String { language == .ko ? ko : en }

    public func step(_ number: Int, of total: Int) -> String { pick("step \(number)/\(total)", "\(number)/\(total) 단계") }
    public func chapter(_ number: Int) -> String { pick("Chapter \(number)", "\(number)장") }

    // The one-line key hint.
    public var hintNext: String { pick("next", "다음") }
    public var hintBack: String { pick("back", "이전") }
    public var hintScroll: String { pick("scroll", "스크롤") }
    public var hintMenu: String { pick("menu", "목록") }
    public var hintHelp: String { pick("help", "도움말") }
    public var hintQuit: String { pick("quit", "끝") }
    public var hintFocus: String { pick("focus", "창 전환") }
    public var focusLesson: String { pick("lesson", "레슨") }
    public var focusDemo: String { pick("demo", "데모") }

    // Demo pane.
    public func demoTitle(_ title: String) -> String { pick("Demo: ", "데모: ") + title }
    public var demoPlaceholder: String { pick("The demo for this step appears here.", "이 단계의 데모가 여기에 나옵니다.") }
    public var noDemoHere: String { pick("This step has no demo.", "이 단계에는 데모가 없습니다.") }

    // Small terminal.
    public func tooSmall(_ size: Size, need: Size) -> String {
        pick("Terminal too small: \(size). Need at least \(need). Enlarge the window, or press q to quit.",
             "터미널이 너무 작습니다: \(size). 최소 크기는 \(need)입니다. 창을 키우거나 q를 눌러 끝내세요.")
    }

    // Questions.
    public var question: String { pick("Question", "문제") }
    public func chooseHint(_ count: Int) -> String {
        pick("Press 1-\(count) to choose, Enter to confirm.", "1-\(count)을 눌러 고르고 Enter로 확정하세요.")
    }
    public var correct: String { pick("Correct!", "정답입니다!") }
    public var wrong: String { pick("Not quite. Try another answer.", "아쉽네요. 다른 답을 골라 보세요.") }
    public func chooseFirst(_ count: Int) -> String {
        pick("Choose an answer with 1-\(count) first.", "먼저 1-\(count)으로 답을 고르세요.")
    }
    public func onlyChoices(_ count: Int) -> String { pick("There are only \(count) choices.", "선택지는 \(count)개뿐입니다.") }

    // Lesson menu.
    public var menuTitle: String { pick("Lessons", "레슨 목록") }
    public var filter: String { pick("Filter: ", "검색: ") }
    public var noMatch: String { pick("No lesson matches.", "맞는 레슨이 없습니다.") }
    public var brokenTag: String { pick("(has errors)", "(오류 있음)") }
    public var completedTag: String { pick("done", "완료") }
    public func cannotOpenBroken(_ problem: String) -> String {
        pick("This lesson has errors: ", "이 레슨에는 오류가 있습니다: ") + problem
    }
    public var menuHint: String { pick("Enter open  Esc close  type to filter", "Enter 열기  Esc 닫기  입력하면 검색") }

    // Help.
    public var helpTitle: String { pick("Keys", "키") }
    public var helpFooter: String { pick("Esc or ? closes help", "Esc 또는 ?로 닫기") }
    public var helpMore: String { pick("more below: scroll with j / PgDn", "아래에 더 있음: j / PgDn") }

    // Resume.
    public var resumeTitle: String { pick("Welcome back", "다시 오셨네요") }
    public func resumeQuestion(_ lesson: String, step: Int) -> String {
        pick("Continue \"\(lesson)\" at step \(step)?", "\"\(lesson)\" \(step)단계부터 계속할까요?")
    }
    public var resumeYesKeys: String { pick("y / Enter  continue", "y / Enter  계속") }
    public var resumeNoKeys: String { pick("n / Esc    start from the beginning", "n / Esc    처음부터") }

    // Status messages.
    public func progressCorrupt(_ path: String) -> String {
        pick("The progress file was unreadable; it is kept as \(path) and a fresh one started.",
             "진행 기록 파일을 읽을 수 없어 \(path)(으)로 옮기고 새로 시작합니다.")
    }
    public func progressFailed(_ reason: String) -> String {
        pick("Could not save progress: \(reason)", "진행 기록을 저장하지 못했습니다: \(reason)")
    }
    public var endOfCourse: String { pick("That was the last step of the course. Well done!", "과정의 마지막 단계입니다. 수고하셨어요!") }
    public var firstStep: String { pick("This is the first step.", "첫 단계입니다.") }
    public func nowIn(_ title: String) -> String { pick("Lesson: ", "레슨: ") + title }
    public var noLessons: String { pick("No lessons found.", "레슨을 찾지 못했습니다.") }
    public var lessonHasErrors: String { pick("This lesson has errors:", "이 레슨에는 오류가 있습니다:") }

    // Presenter.
    public var notesTitle: String { pick("Speaker notes", "발표자 노트") }
    public var hintNotes: String { pick("notes", "노트") }
    public var noNotes: String { pick("No notes for this step.", "이 단계에는 노트가 없습니다.") }
}
