import TutorBasics

/// The headings the help overlay groups bindings under.
public enum HelpSection: Int, Hashable, Sendable, CaseIterable, Comparable {
    case steps, scrolling, demo, questions, presenter, general, menu

    public func title(_ language: Language) -> String {
        switch (self, language) {
        case (.steps, .en): "Steps"
        case (.steps, .ko): "단계"
        case (.scrolling, .en): "Scrolling"
        case (.scrolling, .ko): "스크롤"
        case (.demo, .en): "Demo"
        case (.demo, .ko): "데모"
        case (.questions, .en): "Questions"
        case (.questions, .ko): "문제"
        case (.presenter, .en): "Presenter mode"
        case (.presenter, .ko): "발표자 모드"
        case (.general, .en): "General"
        case (.general, .ko): "일반"
        case (.menu, .en): "Lesson menu"
        case (.menu, .ko): "레슨 목록"
        }
    }

    public static func < (a: HelpSection, b: HelpSection) -> Bool { a.rawValue < b.rawValue }
}
