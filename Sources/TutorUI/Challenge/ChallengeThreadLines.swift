import TextKernel
import TextRender
import ThreadModel
import TutorBasics

/// One thread of a challenge as lines: its number (the key that runs it), name, state as a glyph and a word
/// (the reason when blocked), what it holds, then its code with the line it runs next marked (`▶`, `>` in
/// ASCII) and highlighted. A thread without Python source shows its ops in scenario words instead.
enum ChallengeThreadLines {
    /// The thread's header, wrapped to `width` (at most two rows).
    static func header(_ pane: ChallengePane, _ thread: ThreadID, width: Int, context: DemoContext) -> [StyledLine] {
        let say = context.language.catalog
        let engine = pane.engine, state = pane.state
        let threadState = engine.threadState(of: thread, in: state)
        let holdings = ChallengeHoldings(engine: engine, state: state)
        var words = threadState.name(in: context.language)
        if case .blocked(let reason) = engine.refusal(of: thread, in: state) { words += ": " + say(reason.phrase) }
        let held = holdings.held(by: thread)
        let holds = held.isEmpty ? say(.challengeHoldsNothing) : say(.challengeHolds(names: held.joined(separator: ", ")))
        let spans = [
            StyledSpan("\(thread.rawValue + 1)", Style(.keyName, bold: true, reverse: true)),
            StyledSpan(" " + pane.program.threads[thread.rawValue].name, Style(.heading, bold: true)),
            StyledSpan("  " + String(StateGlyph.glyph(threadState, ascii: context.asciiOnly)) + " ", StateGlyph.style(threadState)),
            StyledSpan(words, StateGlyph.nameStyle(threadState)),
            StyledSpan(", " + holds, Style(.muted)),
        ]
        let wrapped = TextWrapper.wrap(spans, width: width, indent: 2)
        guard wrapped.count > 2 else { return wrapped }
        return [wrapped[0], wrapped[1].truncatedAtWord(to: width - 1, ellipsis: context.glyphs.ellipsis)]
    }

    /// The rows of code (or ops) the thread has, the one it runs next (nil when done or unknown), and whether
    /// they are Python source.
    static func listing(_ pane: ChallengePane, _ thread: ThreadID) -> (rows: [String], current: Int?, isCode: Bool) {
        let program = pane.program
        let position = pane.state.positions[thread.rawValue]
        let code = program.threads[thread.rawValue].code
        let done = pane.engine.isDone(thread, in: pane.state)
        if !code.isEmpty, done || program.sourceLine(of: thread, op: position) != nil {
            let line = done ? nil : program.sourceLine(of: thread, op: position)
            // Cleaned again here: tabs to 4-column stops and no control characters, one line each.
            let clean = code.map { TextSanitizer.cleanCode($0).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ") }
            return (clean, line.flatMap { code.indices.contains($0) ? $0 : nil }, true)
        }
        let ops = program.threads[thread.rawValue].ops.map(program.describe)
        return (ops, done ? nil : position, false)
    }

    /// How many code rows the thread has in all.
    static func codeRowCount(_ pane: ChallengePane, _ thread: ThreadID) -> Int {
        max(1, listing(pane, thread).rows.count)
    }

    /// The code rows, at most `limit` of them around the current one (every row when nil).
    static func code(_ pane: ChallengePane, _ thread: ThreadID, width: Int, limit: Int?, context: DemoContext) -> [StyledLine] {
        let (rows, current, isCode) = listing(pane, thread)
        guard !rows.isEmpty else { return [] }
        // Python source is highlighted as in the lesson text (keywords, strings, comments).
        var highlighted = isCode ? PythonHighlighter.highlight(rows.joined(separator: "\n")).map(StepText.convert) : []
        if highlighted.count != rows.count { highlighted = [] }
        let count = min(rows.count, max(1, limit ?? rows.count))
        // A finished thread shows the last line it ran.
        let ops = pane.program.threads[thread.rawValue].ops.count
        let lastRun = ops > 0 ? pane.program.sourceLine(of: thread, op: ops - 1) ?? rows.count - 1 : rows.count - 1
        let focus = current ?? (pane.engine.isDone(thread, in: pane.state) ? min(lastRun, rows.count - 1) : 0)
        let first = max(0, min(focus - (count - 1) / 2, rows.count - count))
        let done = pane.engine.isDone(thread, in: pane.state)
        let marker = context.asciiOnly ? ">" : "▶"
        let half = ChallengeHoldings(engine: pane.engine, state: pane.state).halfDoneIncrement(of: thread)
        var lines: [StyledLine] = []
        for index in first..<(first + count) {
            let isCurrent = index == current
            let room = max(1, width - 4)
            let text = DisplayWidth.truncate(rows[index], to: room, ellipsis: context.glyphs.ellipsis)
            var line = StyledLine()
            line.append("  ")
            if isCurrent {
                line.append(marker + " ", Style(.accent, bold: true))
                line.append(text, Style(.selection, bold: true))
            } else if !done, highlighted.indices.contains(index) {
                line.append("  ")
                line = line + highlighted[index].truncated(to: room, ellipsis: context.glyphs.ellipsis)
            } else {
                line.append("  ")
                line.append(text, done ? Style(.muted) : Style(.code))
            }
            if isCurrent, let half {
                let note = "  (" + context.language.catalog(.challengeReadWillWrite(read: half.read, write: half.write)) + ")"
                if line.width + DisplayWidth.of(note) <= width {
                    line.append(note, Style(.warning, bold: true))
                    lines.append(line)
                } else {
                    lines.append(line)
                    lines += TextWrapper.wrap([StyledSpan(String(note.dropFirst(2)), Style(.warning, bold: true))],
                                              width: max(1, width - 4)).map { StyledLine("    ") + $0 }
                }
                continue
            }
            lines.append(line)
        }
        return lines
    }
}
