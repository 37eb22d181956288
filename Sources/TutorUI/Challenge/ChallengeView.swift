import TextKernel
import ThreadModel
import TutorBasics

/// The challenge pane as lines, top to bottom: the goal and move count, the story, each thread (side by side
/// when the pane is wide enough), what they share, the last move and what it changed, a refused move or the
/// end of the play, the hints shown so far and the keys. When rows are short the least needed parts shrink
/// or go first (the story, the keys), and threads show fewer lines of code around the one they run next.
enum ChallengeView {
    /// A thread column needs this many columns to sit beside another.
    static let columnWidth = 34

    static func lines(_ pane: ChallengePane, width: Int, height: Int, context: DemoContext) -> [StyledLine] {
        guard width > 0, height > 0 else { return [] }
        let ellipsis = context.glyphs.ellipsis
        var above = [goal(pane, width: width, context: context), story(pane, width: width), spacer]
        var below = [spacer, ChallengeViewPart(lines: ChallengeSharedLines.lines(pane, width: width, context: context), priority: 2),
                     lastMove(pane, width: width, context: context)] + outcome(pane, width: width, context: context)
            + [hints(pane, width: width, context: context), keys(pane, width: width, context: context)]
        let threadsAtLeast = threadRows(pane, width: width, limit: 1, separated: false, context: context).count
        let hasOutcome = below.contains { $0.priority == 0 && !$0.lines.isEmpty }
        let budget = max(height - threadsAtLeast, hasOutcome ? min(2, height) : 0)
        fit(&above, &below, budget: budget, width: width, ellipsis: ellipsis)
        let used = (above + below).reduce(0) { $0 + $1.lines.count }
        let threads = threadLines(pane, width: width, rows: max(0, height - used), context: context)
        return Array((above.flatMap(\.lines) + threads + below.flatMap(\.lines)).prefix(height))
    }

    /// Shrinks, then drops, the parts of least priority until they fit `budget` rows.
    static func fit(_ above: inout [ChallengeViewPart], _ below: inout [ChallengeViewPart], budget: Int, width: Int,
                    ellipsis: String) {
        func total() -> Int { (above + below).reduce(0) { $0 + $1.lines.count } }
        let priorities = Set((above + below).map(\.priority)).sorted(by: >)
        for priority in priorities {
            for index in above.indices where above[index].priority == priority {
                while total() > budget, above[index].lines.count > above[index].minimum {
                    above[index].shrink(width: width, ellipsis: ellipsis)
                }
            }
            for index in below.indices where below[index].priority == priority {
                while total() > budget, below[index].lines.count > below[index].minimum {
                    below[index].shrink(width: width, ellipsis: ellipsis)
                }
            }
        }
        for priority in priorities {
            for index in above.indices where above[index].priority == priority && (priority > 0) && total() > budget {
                above[index].lines = []
            }
            for index in below.indices where below[index].priority == priority && (priority > 0) && total() > budget {
                below[index].lines = []
            }
        }
        for index in below.indices where total() > budget {
            while total() > budget, !below[index].lines.isEmpty { below[index].lines.removeLast() }
        }
    }

    // MARK: Threads

    /// Columns for the thread blocks: side by side when each gets `columnWidth`, else one.
    static func columns(_ pane: ChallengePane, width: Int) -> Int {
        let count = pane.program.threads.count
        return count >= 2 && width / count >= columnWidth ? count : 1
    }

    /// The threads in at most `rows` rows: as much code around each current line as fits.
    static func threadLines(_ pane: ChallengePane, width: Int, rows: Int, context: DemoContext) -> [StyledLine] {
        guard rows > 0 else { return [] }
        let longest = pane.program.threads.indices.map { ChallengeThreadLines.codeRowCount(pane, ThreadID($0)) }.max() ?? 1
        for limit in stride(from: longest, through: 1, by: -1) {
            for separated in [true, false] {
                let lines = threadRows(pane, width: width, limit: limit, separated: separated, context: context)
                if lines.count <= rows { return lines }
            }
        }
        return Array(threadRows(pane, width: width, limit: 1, separated: false, context: context).prefix(rows))
    }

    /// Every thread's block, `limit` code rows each; stacked with a blank line between them when `separated`,
    /// or side by side.
    static func threadRows(_ pane: ChallengePane, width: Int, limit: Int, separated: Bool, context: DemoContext) -> [StyledLine] {
        let columns = columns(pane, width: width)
        let gap = 2
        let columnWidth = columns == 1 ? width : (width - gap * (columns - 1)) / columns
        let blocks = pane.program.threads.indices.map { index -> [StyledLine] in
            let thread = ThreadID(index)
            return ChallengeThreadLines.header(pane, thread, width: columnWidth, context: context)
                + ChallengeThreadLines.code(pane, thread, width: columnWidth, limit: limit, context: context)
        }
        if columns == 1 {
            return blocks.enumerated().flatMap { index, block in separated && index > 0 ? [StyledLine.empty] + block : block }
        }
        let height = blocks.map(\.count).max() ?? 0
        return (0..<height).map { row in
            var line = StyledLine()
            for (index, block) in blocks.enumerated() {
                let cell = block.indices.contains(row) ? block[row] : .empty
                line = line + cell
                if index < blocks.count - 1 { line.append(DisplayWidth.spaces(columnWidth - cell.width + gap)) }
            }
            return line
        }
    }

    // MARK: Parts

    static var spacer: ChallengeViewPart { ChallengeViewPart(lines: [.empty], priority: 6, minimum: 0) }

    static func goal(_ pane: ChallengePane, width: Int, context: DemoContext) -> ChallengeViewPart {
        let say = context.language.catalog
        let spans = [StyledSpan(say(.challengeGoalLine(goal: pane.goal.phrase)), Style(.heading, bold: true)),
                     StyledSpan("  (" + say(.challengeMoves(pane.play.moves.count)) + ")", Style(.muted))]
        return ChallengeViewPart(lines: TextWrapper.wrap(spans, width: width, indent: 2), priority: 1)
    }

    static func story(_ pane: ChallengePane, width: Int) -> ChallengeViewPart {
        let lines = pane.story.isEmpty ? [] : TextWrapper.wrap([StyledSpan(pane.story)], width: width)
        return ChallengeViewPart(lines: lines, priority: 5)
    }

    /// "Last move: A ran lock L1", then each thread the move changed and why. The mover's trip through running
    /// is left out (every move has one); where it ended is kept when that is news (blocked, or done).
    static func lastMove(_ pane: ChallengePane, width: Int, context: DemoContext) -> ChallengeViewPart {
        let say = context.language.catalog
        guard let move = pane.lastMove else {
            return ChallengeViewPart(lines: TextWrapper.wrap([StyledSpan(say(.challengeNoMoveYet), Style(.muted))], width: width),
                                     priority: 3)
        }
        let name = pane.program.threads[move.thread.rawValue].name
        var headline = say(.challengeLastMove(thread: name, op: movedLine(pane, move.thread) ?? move.op.map(pane.program.describe) ?? ""))
        if case .increment(let counter)? = move.op, let read = pane.state.pendingReads[move.thread.rawValue] {
            headline = say(.challengeLastMoveRead(thread: name, counter: pane.program.counters[counter], value: read))
        }
        var spans = [StyledSpan(headline, Style(.accent))]
        for transition in move.transitions where transition.to != .running && !(transition.thread == move.thread && transition.to == .ready && transition.from == .running) {
            let who = pane.program.threads[transition.thread.rawValue].name
            let state = transition.to.name(in: context.language)
            spans.append(StyledSpan("\n" + who + " " + String(StateGlyph.glyph(transition.to, ascii: context.asciiOnly)) + " "
                                        + state + ": " + say(transition.reason.phrase), StateGlyph.nameStyle(transition.to)))
        }
        return ChallengeViewPart(lines: TextWrapper.wrap(spans, width: width, indent: 2), priority: 3)
    }

    /// The Python line the last move ran, as the thread's code shows it; nil when the challenge gives no code.
    static func movedLine(_ pane: ChallengePane, _ thread: ThreadID) -> String? {
        guard pane.play.history.count >= 2,
              let line = pane.engine.currentLine(of: thread, in: pane.play.history[pane.play.history.count - 2]) else { return nil }
        let code = pane.program.threads[thread.rawValue].code
        guard code.indices.contains(line) else { return nil }
        return String(TextSanitizer.cleanCode(code[line]).drop { $0 == " " })
    }

    /// A refused move, or the end of the play: the goal reached with its explanation, or stuck without it.
    static func outcome(_ pane: ChallengePane, width: Int, context: DemoContext) -> [ChallengeViewPart] {
        let say = context.language.catalog
        if pane.play.isSolved {
            let head = TextWrapper.wrap([StyledSpan(context.glyphs.check + " " + say(.challengeSolved(moves: pane.play.moves.count)),
                                                    Style(.correct, bold: true))], width: width)
            let explanation = pane.explanation.isEmpty ? [] : TextWrapper.wrap([StyledSpan(pane.explanation)], width: width)
            return [ChallengeViewPart(lines: head, priority: 0), ChallengeViewPart(lines: explanation, priority: 2, minimum: 2)]
        }
        var lines: [StyledLine] = []
        if let refusal = pane.refusal {
            lines += TextWrapper.wrap([StyledSpan(context.glyphs.cross + " " + say(refusal.phrase(in: pane.program)),
                                                  Style(.warning, bold: true))], width: width, indent: 2)
        }
        if pane.isOver {
            let phrase: Phrase = pane.engine.allDone(in: pane.state) ? .challengeAllDone : .challengeStuck
            lines += TextWrapper.wrap([StyledSpan(say(phrase), Style(.warning, bold: true))], width: width, indent: 2)
        }
        return [ChallengeViewPart(lines: lines, priority: 0)]
    }

    static func hints(_ pane: ChallengePane, width: Int, context: DemoContext) -> ChallengeViewPart {
        let lines = pane.hints.prefix(pane.hintsShown).enumerated().flatMap { index, hint in
            TextWrapper.wrap([StyledSpan(context.language.catalog(.challengeHint(number: index + 1, of: pane.hints.count, text: hint)),
                                         Style(.emphasis))], width: width, indent: 2)
        }
        return ChallengeViewPart(lines: lines, priority: 3, keepsLast: true)
    }

    static func keys(_ pane: ChallengePane, width: Int, context: DemoContext) -> ChallengeViewPart {
        let text = context.language.catalog(.challengeKeys(count: min(9, pane.program.threads.count)))
        return ChallengeViewPart(lines: TextWrapper.wrap([StyledSpan(text, Style(.muted))], width: width), priority: 4)
    }
}
