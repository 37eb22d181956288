import TutorBasics

/// All chapters of one language, in order, plus problems found in the course as a whole.
public struct Course: Hashable, Sendable {
    public var language: Language
    /// From the course file, else the folder's name.
    public var title: String
    /// The folder the lessons were read from (the language folder in a per-language course).
    public var root: String
    public var chapters: [Chapter]
    /// Problems that belong to no single lesson (course file, duplicate slugs…).
    public var diagnostics: [Diagnostic]

    public init(language: Language, root: String, chapters: [Chapter], diagnostics: [Diagnostic] = [],
                title: String = "") {
        self.language = language
        self.title = title
        self.root = root
        self.chapters = chapters
        self.diagnostics = diagnostics
    }

    /// Every lesson in teaching order.
    public var lessons: [Lesson] { chapters.flatMap(\.lessons) }

    /// Every diagnostic: the course's and each lesson's.
    public var allDiagnostics: [Diagnostic] { diagnostics + lessons.flatMap(\.diagnostics) }
}
