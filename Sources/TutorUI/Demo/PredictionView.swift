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
        let thread = frame.name(question.transition.thread)
        let prompt = frame.say(.predictPrompt(thread: thread, state: question.transition.from.name(in: frame.language)))
        var lines = TextWrapper.wrap([StyledSpan(prompt, Style(.accent, bold: true))], width: width)
        var choices = StyledLine()
        for (index, state) in question.choices.enumerated() {
            if !choices.spans.isEmpty { choices.spans.append(StyledSpan("  ")) }
            let number = index + 1
            if question.wrong.contains(state) {
                choices.spans.append(StyledSpan("\(frame.glyphs.cross)\(number) " + state.name(in: frame.language), Style(.wrong, dim: true)))
            } else {
                let chosen = question.selected == number
                choices.spans.append(StyledSpan("[\(number)] ", Style(.keyName, bold: true, reverse: chosen)))
                choices.spans.append(StyledSpan(state.name(in: frame.language), chosen ? Style(.selection, bold: true, reverse: true)
                                                                    : StateGlyph.nameStyle(state)))
            }
        }
        let feedback: StyledLine
        if question.selected == nil, let last = question.lastWrong {
            feedback = StyledLine(frame.say(.predictWrong(state: last.name(in: frame.language))), Style(.wrong, bold: true))
        } else {
            let count = question.choices.count
            let keys = frame.say(count == 1 ? .predictOnlyWay : .predictKeys(count: count))
            feedback = StyledLine(frame.focused ? keys : keys + " " + frame.say(.predictFocus), Style(frame.focused ? .muted : .keyName))
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
        let head = reveal.wrongTries == 0 ? frame.say(.predictRight) : frame.say(.predictAfterTries)
        let spans = [StyledSpan(frame.glyphs.check + " " + head + " ", Style(.correct, bold: true))]
            + EventLineView.sentence(frame, latest)
        return TextWrapper.wrap(spans, width: width, indent: 2)
            + [StyledLine(frame.say(.continueHint), Style(.keyName))]
    }
}
