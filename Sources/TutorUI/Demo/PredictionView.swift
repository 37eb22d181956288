import TextKernel
import ThreadModel

/// The open prediction (prompt, numbered legal states, keys or "try again"), or the explanation after a
/// right answer.
enum PredictionView {
    static func lines(_ frame: DemoFrame, width: Int) -> [StyledLine] {
        if let question = frame.demo.question { return asking(frame, question, width: width) }
        if let reveal = frame.demo.reveal, let latest = frame.snapshot.latest, latest.seq == reveal.seq {
            return revealed(frame, latest, reveal, width: width)
        }
        return []
    }

    private static func asking(_ frame: DemoFrame, _ question: PredictionQuestion, width: Int) -> [StyledLine] {
        let text = frame.text
        let thread = frame.name(question.transition.thread)
        var lines = TextWrapper.wrap([StyledSpan(text.predictPrompt(thread, question.transition.from), Style(.accent, bold: true))],
                                  width: width)
        var choices = StyledLine()
        for (index, state) in question.choices.enumerated() {
            if !choices.spans.isEmpty { choices.spans.append(StyledSpan("  ")) }
            let number = index + 1
            if question.wrong.contains(state) {
                choices.spans.append(StyledSpan("\(frame.glyphs.cross)\(number) " + text.state(state), Style(.wrong, dim: true)))
            } else {
                let chosen = question.selected == number
                choices.spans.append(StyledSpan("[\(number)] ", Style(.keyName, bold: true, reverse: chosen)))
                choices.spans.append(StyledSpan(text.state(state), chosen ? Style(.selection, bold: true, reverse: true)
                                                                    : StateGlyph.nameStyle(state)))
            }
        }
        let feedback: StyledLine
        if question.selected == nil, let last = question.lastWrong {
            feedback = StyledLine(text.predictWrong(last), Style(.wrong, bold: true))
        } else {
            let keys = text.predictKeys(question.choices.count)
            feedback = StyledLine(frame.focused ? keys : keys + " " + text.predictFocus, Style(frame.focused ? .muted : .keyName))
        }
        if choices.width + 3 + feedback.width <= width {
            choices.spans.append(StyledSpan("   "))
            choices.spans += feedback.spans
            lines.append(choices)
        } else {
            lines += [choices] + TextWrapper.wrap(feedback.spans, width: width)
        }
        return lines
    }

    private static func revealed(_ frame: DemoFrame, _ latest: Transition, _ reveal: PredictionReveal,
                                 width: Int) -> [StyledLine] {
        let head = reveal.wrongTries == 0 ? frame.text.predictRight : frame.text.predictAfterTries
        let spans = [StyledSpan(frame.glyphs.check + " " + head + " ", Style(.correct, bold: true))]
            + EventLineView.sentence(frame, latest)
        return TextWrapper.wrap(spans, width: width, indent: 2)
            + [StyledLine(frame.text.continueHint, Style(.keyName))]
    }
}
