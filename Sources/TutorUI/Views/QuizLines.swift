import LessonKit
import TextKernel

/// A question as lines: the question, numbered choices (the highlighted one marked with a pointer and
/// reverse video, ruled-out ones with a cross), then a hint or the feedback and explanation.
enum QuizLines {
    static func lines(_ quiz: QuizSpec, state: QuizState, isOpen: Bool, model: Model, width: Int) -> [StyledLine] {
        let glyphs = model.glyphs
        var lines = TextWrapper.wrap([StyledSpan(model.say(.question) + ": ", Style(.accent, bold: true)),
                                   StyledSpan(quiz.question, Style(bold: true))], width: width, indent: 2)
        for (index, choice) in quiz.choices.enumerated() {
            let number = index + 1
            let selected = state.selected == number
            var mark = ""
            var style = Style.plain
            if state.wrong.contains(number) {
                mark = "  " + glyphs.cross
                style = Style(.wrong, dim: true)
            }
            if state.solved && index == quiz.answer {
                mark = "  " + glyphs.check
                style = Style(.correct, bold: true)
            }
            if selected && isOpen { style.reverse = true }
            let pointer = selected ? glyphs.pointer : " "
            let label = "\(pointer) \(number)) "
            let wrapped = TextWrapper.wrap([StyledSpan(choice + mark, style)], width: width - DisplayWidth.of(label))
            for (row, line) in wrapped.enumerated() {
                let prefix = row == 0 ? label : String(repeating: " ", count: DisplayWidth.of(label))
                lines.append(StyledLine([StyledSpan(prefix, selected ? Style(bold: true) : .plain)] + line.spans))
            }
        }
        lines += feedback(quiz, state: state, isOpen: isOpen, model: model, glyphs: glyphs, width: width)
        return lines
    }

    private static func feedback(_ quiz: QuizSpec, state: QuizState, isOpen: Bool, model: Model, glyphs: Glyphs,
                                 width: Int) -> [StyledLine] {
        if state.solved {
            var spans = [StyledSpan(glyphs.check + " " + model.say(.correct), Style(.correct, bold: true))]
            if !quiz.explanation.isEmpty { spans.append(StyledSpan(" " + quiz.explanation)) }
            return TextWrapper.wrap(spans, width: width, indent: 2)
        }
        if let selected = state.selected, state.wrong.contains(selected) {
            return TextWrapper.wrap([StyledSpan(glyphs.cross + " " + model.say(.wrong), Style(.wrong, bold: true))], width: width)
        }
        guard isOpen else { return [] }
        return TextWrapper.wrap([StyledSpan(model.say(.chooseHint(count: quiz.choices.count)), Style(.muted, dim: true))], width: width)
    }
}
