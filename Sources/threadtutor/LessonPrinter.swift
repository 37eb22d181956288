import LessonKit
import TextRender

/// A whole lesson as text for stdout: `threadtutor show`, and `threadtutor <lesson>` into a pipe.
enum LessonPrinter {
    static func render(_ lesson: Lesson, width: Int, color: Bool) -> String {
        AnsiRenderer(color: color ? .always : .never).render(lines(for: lesson, width: width))
    }

    /// Styled lines of every step, each step under a numbered rule, demos and quizzes after its text.
    static func lines(for lesson: Lesson, width: Int) -> [StyledLine] {
        let words = PrintedWords(language: lesson.language)
        var out: [StyledLine] = []
        out.append(StyledLine("\(words.chapter(lesson.chapter)) · \(lesson.title)", Style(.heading1)))
        if !lesson.summary.isEmpty {
            out += DocumentRenderer.render([.paragraph([.text(lesson.summary)])], width: width)
                .map { StyledLine($0.plainText, Style(.muted)) }
        }
        for diagnostic in lesson.diagnostics {
            out.append(StyledLine("! \(diagnostic)", Style(.strong)))
        }
        for (index, step) in lesson.steps.enumerated() {
            out.append(StyledLine())
            out.append(rule(words.step(index + 1, of: lesson.steps.count), width: width))
            out.append(StyledLine())
            out += DocumentRenderer.render(step.blocks, width: width)
            for demo in step.demos {
                out.append(StyledLine())
                out += DemoPrinter.lines(for: demo, width: width)
            }
            for quiz in step.quizzes {
                out.append(StyledLine())
                out += quizLines(quiz, words: words, width: width)
            }
        }
        return out
    }

    private static func rule(_ label: String, width: Int) -> StyledLine {
        let text = "── \(label) "
        let fill = max(0, min(width, 80) - DisplayWidth.of(text))
        return StyledLine(text + String(repeating: "─", count: fill), Style(.rule))
    }

    private static func quizLines(_ quiz: QuizSpec, words: PrintedWords, width: Int) -> [StyledLine] {
        var blocks: [Block] = [.paragraph([.strong([.text(words.question)]), .text(quiz.question)])]
        let items = quiz.choices.map { ListItem(blocks: [.paragraph([.text($0)])]) }
        blocks.append(.list(ListBlock(ordered: true, items: items)))
        blocks.append(.paragraph([.strong([.text(words.answer)]),
                                  .text("\(quiz.answer + 1). \(quiz.choices[quiz.answer]) — \(quiz.explanation)")]))
        return DocumentRenderer.render(blocks, width: width)
    }
}
