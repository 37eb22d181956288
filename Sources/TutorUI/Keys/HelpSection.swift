import TutorBasics

/// The headings the help overlay groups bindings under.
public enum HelpSection: Int, Hashable, Sendable, CaseIterable, Comparable {
    case steps, scrolling, demo, challenge, questions, presenter, general, menu

    public func title(_ language: Language) -> String { language.catalog(phrase) }

    /// The heading as a catalog phrase.
    public var phrase: Phrase {
        switch self {
        case .steps: .sectionSteps
        case .scrolling: .sectionScrolling
        case .demo: .sectionDemo
        case .challenge: .sectionChallenge
        case .questions: .sectionQuestions
        case .presenter: .sectionPresenter
        case .general: .sectionGeneral
        case .menu: .sectionMenu
        }
    }

    public static func < (a: HelpSection, b: HelpSection) -> Bool { a.rawValue < b.rawValue }
}
