import LessonKit
import TextKernel

/// The lines of the lesson pane for the current step: the step's text, then its questions.
/// Kept apart from the view so `update` can measure it for scrolling; the model caches it (`LessonTextCache`).
public struct LessonContent: Sendable {
    public var lines: [StyledLine]
    /// Which lines each question occupies, by quiz index.
    public var quizLines: [Int: Range<Int>]
    /// The step's runnable Python examples, each with a hint line under it.
    public var examples: [RunnableExample]

    public init(model: Model, width: Int) {
        let body = Self.body(model: model, width: width)
        self.init(body: body.lines, examples: body.examples, model: model, width: width)
    }

    /// `body` (the step's text, as `body(model:width:)` lays it out) followed by the step's questions.
    init(body: [StyledLine], examples: [RunnableExample], model: Model, width: Int) {
        lines = body
        quizLines = [:]
        self.examples = examples
        guard model.lesson != nil, let step = model.step else { return }
        let gap = model.options.present ? 2 : 1
        for (index, quiz) in step.quizzes.enumerated() {
            if !lines.isEmpty { lines += Array(repeating: .empty, count: gap) }
            let start = lines.count
            lines += QuizLines.lines(quiz, state: model.quizzes[index] ?? QuizState(),
                                     isOpen: model.openQuizIndex == index, model: model, width: width)
            quizLines[index] = start..<lines.count
        }
    }

    /// The step's text laid out at `width`, after a broken lesson's problems: the costly part, which does not
    /// depend on the answers to the step's questions.
    /// Each runnable Python block is followed by its hint line (`RunnableExample`).
    static func body(model: Model, width: Int) -> (lines: [StyledLine], examples: [RunnableExample]) {
        guard let lesson = model.lesson else {
            return ([StyledLine(model.say(.noLessons), Style(.warning, bold: true))], [])
        }
        var lines: [StyledLine] = []
        if lesson.isBroken { lines += diagnostics(lesson, model: model, width: width) }
        guard let step = model.step else { return (lines, []) }
        let gap = model.options.present ? 2 : 1
        var examples: [RunnableExample] = []
        for (index, block) in step.blocks.enumerated() {
            if index > 0 { lines += Array(repeating: .empty, count: gap) }
            let start = lines.count
            lines += StepText.lines([block], width: width, gap: gap, ascii: model.options.asciiOnly)
            guard let source = RunnableExample.source(of: block) else { continue }
            lines.append(StyledLine("  " + model.options.language.catalog(.runExampleHint), Style(.muted, dim: true)))
            examples.append(RunnableExample(number: examples.count + 1, source: source, lines: start..<lines.count))
        }
        return (lines, examples)
    }

    private static func diagnostics(_ lesson: Lesson, model: Model, width: Int) -> [StyledLine] {
        var lines = [StyledLine("\(model.glyphs.broken) " + model.say(.lessonHasErrors), Style(.warning, bold: true))]
        for diagnostic in lesson.diagnostics {
            lines += TextWrapper.wrap([StyledSpan(diagnostic.description, Style(.warning))], width: width, indent: 2)
        }
        lines.append(.empty)
        return lines
    }
}
