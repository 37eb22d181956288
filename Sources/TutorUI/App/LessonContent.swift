import LessonKit
import TextKernel

/// The lines of the lesson pane for the current step: the step's text, then its questions.
/// Kept apart from the view so `update` can measure it for scrolling.
public struct LessonContent: Sendable {
    public var lines: [StyledLine]
    /// Which lines each question occupies, by quiz index.
    public var quizLines: [Int: Range<Int>]

    public init(model: Model, width: Int) {
        lines = []
        quizLines = [:]
        guard let lesson = model.lesson else {
            lines = [StyledLine(model.text.noLessons, Style(.warning, bold: true))]
            return
        }
        if lesson.isBroken { appendDiagnostics(lesson, model: model, width: width) }
        guard let step = model.step else { return }
        let gap = model.options.present ? 2 : 1
        lines += StepText.lines(step.blocks, width: width, gap: gap, ascii: model.options.asciiOnly)
        for (index, quiz) in step.quizzes.enumerated() {
            if !lines.isEmpty { lines += Array(repeating: .empty, count: gap) }
            let start = lines.count
            lines += QuizLines.lines(quiz, state: model.quizzes[index] ?? QuizState(),
                                     isOpen: model.openQuizIndex == index, model: model, width: width)
            quizLines[index] = start..<lines.count
        }
    }

    private mutating func appendDiagnostics(_ lesson: Lesson, model: Model, width: Int) {
        lines.append(StyledLine("\(model.glyphs.broken) " + model.text.lessonHasErrors, Style(.warning, bold: true)))
        for diagnostic in lesson.diagnostics {
            lines += TextWrapper.wrap([StyledSpan(diagnostic.description, Style(.warning))], width: width, indent: 2)
        }
        lines.append(.empty)
    }
}
