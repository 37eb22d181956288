import LessonKit
import TextKernel
import TextRender
import TutorBasics

/// A whole lesson as text for stdout: `threadtutor show`, and `threadtutor <lesson>` into a pipe.
enum LessonPrinter {
    static func render(_ lesson: Lesson, width: Int, color: Bool) -> String {
        let renderer = AnsiRenderer(color: color ? .always : .never)
        let steps = lesson.steps
        let language = lesson.language
        var lines = headLines(for: lesson, language: language, width: width)
        for (index, step) in steps.enumerated() {
            lines += stepLines(step, number: index + 1, of: steps.count, language: language, width: width)
        }
        return renderer.render(lines)
    }

    /// The title, summary and problems above the first step.
    private static func headLines(for lesson: Lesson, language: Language, width: Int) -> [StyledLine] {
        var out: [StyledLine] = []
        out.append(StyledLine("\(language.catalog(.chapter(lesson.chapter))) · \(lesson.title)", .markup(.heading1)))
        if !lesson.summary.isEmpty {
            out += DocumentRenderer.render([.paragraph([.text(lesson.summary)])], width: width)
                .map { StyledLine($0.plainText, .markup(.muted)) }
        }
        for diagnostic in lesson.diagnostics {
            out.append(StyledLine("! \(diagnostic)", .markup(.strong)))
        }
        return out
    }

    /// One step under a numbered rule, its demos and quizzes after its text.
    private static func stepLines(_ step: Step, number: Int, of count: Int, language: Language,
                                  width: Int) -> [StyledLine] {
        let label = language.catalog(.printedStep(number, of: count))
        var out: [StyledLine] = [StyledLine(), rule(label, width: width), StyledLine()]
        out += DocumentRenderer.render(step.blocks, width: width)
        for demo in step.demos {
            out.append(StyledLine())
            out += DemoPrinter.lines(for: demo, width: width)
        }
        for quiz in step.quizzes {
            out.append(StyledLine())
            out += quizLines(quiz, language: language, width: width)
        }
        return out
    }

    private static func rule(_ label: String, width: Int) -> StyledLine {
        let text = "── \(label) "
        let fill = max(0, min(width, 80) - DisplayWidth.of(text))
        return StyledLine(text + String(repeating: "─", count: fill), .markup(.rule))
    }

    private static func quizLines(_ quiz: QuizSpec, language: Language, width: Int) -> [StyledLine] {
        var blocks: [Block] = [.paragraph([.strong([.text(language.catalog(.questionLabel))]), .text(quiz.question)])]
        let items = quiz.choices.map { ListItem(blocks: [.paragraph([.text($0)])]) }
        blocks.append(.list(ListBlock(ordered: true, items: items)))
        blocks.append(.paragraph([.strong([.text(language.catalog(.answerLabel))]),
                                  .text("\(quiz.answer + 1). \(quiz.choices[quiz.answer]) — \(quiz.explanation)")]))
        return DocumentRenderer.render(blocks, width: width)
    }
}
