import TutorBasics

/// One lesson file, parsed. A lesson with diagnostics is "broken": it is listed and marked, never opened blindly.
/// Its name, title and place come from the front matter at load; its steps (and the problems in them) are read
/// the first time they are asked for (see `LessonBody`).
public struct Lesson: Hashable, Sendable {
    public var slug: String
    public var title: String
    public var chapter: Int
    /// Position within the chapter (front matter `order`, else file name order).
    public var order: Int
    public var summary: String
    public var path: String
    public var language: Language
    public var steps: [Step] {
        get { body.content.steps }
        set { body = LessonBody(LessonBody.Content(steps: newValue, diagnostics: diagnostics)) }
    }
    public var diagnostics: [Diagnostic] {
        get { body.content.diagnostics }
        set { body = LessonBody(LessonBody.Content(steps: steps, diagnostics: newValue)) }
    }
    var body: LessonBody
    /// Where the front matter wrote the slug, so that a duplicate slug is reported there.
    var slugLocation: SourceLocation?

    public var isBroken: Bool { !diagnostics.isEmpty }

    public init(slug: String, title: String, chapter: Int, order: Int, summary: String, path: String,
                language: Language, steps: [Step], diagnostics: [Diagnostic] = []) {
        self.slug = slug
        self.title = title
        self.chapter = chapter
        self.order = order
        self.summary = summary
        self.path = path
        self.language = language
        body = LessonBody(LessonBody.Content(steps: steps, diagnostics: diagnostics))
    }
}
