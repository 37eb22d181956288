import TextKernel
import ThreadModel

/// The five-state lifecycle as boxes and arrows, each thread a token ("2 B") in the box of its state. A thread
/// that just changed state travels along its arrow for a few frames (`BoardMotion`), the arrow lit, and the line
/// under the board says why. ASCII only, so no terminal widens a glyph; boxes are sized by display width.
///
///     +-------+   +-----+      +-------+   +----------+
///     |created|-->|ready|----->|running|-->|terminated|
///     |       |   | 2 B |<-----|>1 A   |   |          |
///     +-------+   +-----+      +-------+   +----------+
///                     ^  +-------+   |
///                     '--|blocked|<--'
///                        +-------+
enum StateBoardView {
    /// Rows the boxed board needs with one token row per box (and the reason line).
    static let minimumBoxedRows = 10
    /// From this many threads on, boxes show counts (and the selected thread) instead of every token.
    static let countFrom = 16

    /// The board in at most `rows` rows: boxed in a row when it fits, else boxed in a column (narrow panes),
    /// else one line per state.
    static func lines(_ frame: DemoFrame, width: Int, rows: Int) -> [StyledLine] {
        guard width > 0, rows > 0 else { return [] }
        let moves = BoardMotion.moves(frame)
        let content = BoardContent(frame, moves: moves)
        // Each token in flight says why it moves (two at most: a hand-over moves two threads at once).
        let travelling = moves.suffix(2).map(\.transition)
        var reason = (travelling.isEmpty ? frame.snapshot.latest.map { [$0] } ?? [] : travelling).map {
            reasonLine(frame, $0, moving: !travelling.isEmpty, width: width)
        }
        if rows < minimumBoxedRows + reason.count - 1 { reason = Array(reason.suffix(1)) }
        if rows >= minimumBoxedRows + reason.count - 1 {
            // Shorter names in the tokens before giving up the boxes (the number still tells threads apart).
            // The row of boxes first, then the column; within each, shorter names before giving up.
            let contents = stride(from: BoardContent.nameWidth, through: 4, by: -1).lazy.map { nameWidth in
                nameWidth == BoardContent.nameWidth ? content : BoardContent(frame, moves: moves, nameWidth: nameWidth)
            }
            // Presenter mode tries larger boards first, with names of five columns at least (read from afar).
            for scale in BoardScale.tried(present: frame.present) {
                for shorter in contents where scale == .normal || shorter.nameWidth >= 5 {
                    if let board = boxed(frame, content: shorter, moves: moves, width: width, rows: rows - reason.count,
                                         scale: scale) { return board + reason }
                }
            }
            for shorter in contents {
                if let board = column(frame, content: shorter, moves: moves, width: width, rows: rows - reason.count) {
                    return board + reason
                }
            }
        }
        guard rows >= ThreadState.allCases.count + 1 else { return [] }
        // One line per state has the pane's width for its tokens: whole names when every line still fits.
        let lines = compact(frame, content: BoardContent(frame, moves: moves, nameWidth: BoardContent.compactNameWidth),
                            moves: moves, width: width, strict: true)
            ?? compact(frame, content: content, moves: moves, width: width, strict: false) ?? []
        return lines + reason.suffix(rows - ThreadState.allCases.count)
    }

    // MARK: Boxed

    private static let order: [ThreadState] = [.created, .ready, .running, .terminated]

    private static func boxed(_ frame: DemoFrame, content: BoardContent, moves: [BoardMotion],
                              width: Int, rows: Int, scale: BoardScale) -> [StyledLine]? {
        let inner = ThreadState.allCases.map {
            max(DisplayWidth.of(boxLabel(frame, $0, scale)), content.tokenWidth, 3) + 2 * scale.padding
        }
        func boxWidth(_ state: ThreadState) -> Int { inner[index(state)] + 2 }
        // Token rows per box: as many as the fullest box wants, within the rows given (two stacks of boxes).
        let tokenRows = max(1, min(content.rowsWanted, scale.tokenRowsFitting(rows)))
        // A larger board never hides a token the everyday one would show ("+3" where four names fit).
        guard scale == .normal || tokenRows >= content.rowsWanted else { return nil }
        let top = scale.boxHeight(tokenRows: tokenRows)
        let blockedTop = top + scale.stackGap
        let height = blockedTop + top
        let gap = scale.gap
        // Ready and running are far enough apart for the blocked box and its two bends between their middles.
        let readyHalf = boxWidth(.ready) / 2
        let runningHalf = boxWidth(.running) / 2
        let middleGap = max(2 * gap, boxWidth(.blocked) + 2 * gap - (boxWidth(.ready) - readyHalf) - runningHalf)
        var x: [ThreadState: Int] = [.created: 0]
        x[.ready] = boxWidth(.created) + gap
        x[.running] = x[.ready]! + boxWidth(.ready) + middleGap
        x[.terminated] = x[.running]! + boxWidth(.running) + gap
        let total = x[.terminated]! + boxWidth(.terminated)
        guard total <= width, height <= rows else { return nil }
        let readyMiddle = x[.ready]! + readyHalf
        let runningMiddle = x[.running]! + runningHalf
        x[.blocked] = readyMiddle + gap + (runningMiddle - readyMiddle - 2 * gap + 1 - boxWidth(.blocked)) / 2
        var canvas = BoardCanvas(width: total, height: height)
        for state in ThreadState.allCases {
            drawBox(&canvas, frame: frame, state: state, x: x[state]!, y: state == .blocked ? blockedTop : 0,
                    inner: inner[index(state)], padding: scale.padding, tokens: content.rows(state, count: tokenRows),
                    scale: scale)
        }
        // Arrows, each a path of columns from the old state to the new.
        let blockedRight = x[.blocked]! + boxWidth(.blocked)
        let labelRow = scale.labelRow
        let bend = blockedTop + labelRow
        var paths: [BoardArrow: Path] = [:]
        paths[BoardArrow(.created, .ready)] = horizontal(from: boxWidth(.created), to: x[.ready]! - 1, y: labelRow, rightwards: true)
        paths[BoardArrow(.ready, .running)] = horizontal(from: x[.ready]! + boxWidth(.ready), to: x[.running]! - 1, y: labelRow, rightwards: true)
        paths[BoardArrow(.running, .ready)] = horizontal(from: x[.ready]! + boxWidth(.ready), to: x[.running]! - 1,
                                                         y: scale.backRow, rightwards: false)
        paths[BoardArrow(.running, .terminated)] = horizontal(from: x[.running]! + boxWidth(.running), to: x[.terminated]! - 1, y: labelRow, rightwards: true)
        paths[BoardArrow(.running, .blocked)] = (top..<bend).map { (runningMiddle, $0, "|") } + [(runningMiddle, bend, "'")]
            + horizontal(from: blockedRight, to: runningMiddle - 1, y: bend, rightwards: false)
        paths[BoardArrow(.blocked, .ready)] = horizontal(from: readyMiddle + 1, to: x[.blocked]! - 1, y: bend, rightwards: false)
            .map { ($0.x, $0.y, "-") } + [(readyMiddle, bend, "'")]
            + ((top + 1)..<bend).reversed().map { (readyMiddle, $0, "|") } + [(readyMiddle, top, "^")]
        drawArrows(paths, on: &canvas, frame: frame, content: content, moves: moves)
        return canvas.lines()
    }

    /// A box's label: the state's name, in capitals on an airy board (a language without them is unchanged).
    static func boxLabel(_ frame: DemoFrame, _ state: ThreadState, _ scale: BoardScale) -> String {
        scale.airy ? state.name(in: frame.language).uppercased() : state.name(in: frame.language)
    }

    /// A path of columns from an old state's box to a new one's, in the direction of travel.
    typealias Path = [(x: Int, y: Int, glyph: Character)]

    /// The arrows (lit while a token travels them, the latest one accented), then the tokens in flight: the
    /// thread's number at the point of its arrow its progress has reached.
    static func drawArrows(_ paths: [BoardArrow: Path], on canvas: inout BoardCanvas, frame: DemoFrame,
                           content: BoardContent, moves: [BoardMotion]) {
        let latest = frame.snapshot.latest.map { BoardArrow($0.from, $0.to) }
        for (arrow, path) in paths {
            let lit = moves.contains { BoardArrow($0.transition.from, $0.transition.to) == arrow }
            let style = lit ? Style(.accent, bold: true) : (arrow == latest ? Style(.accent) : Style(.muted))
            for cell in path { canvas.put(String(cell.glyph), x: cell.x, y: cell.y, style: style) }
        }
        // Tokens on one arrow at one point (threads started together) queue up, the later one a cell behind; a
        // queue that would start behind the arrow's tail moves up, so no token hides another while the arrow has room.
        var queues: [BoardArrow: [(move: BoardMotion, wanted: Int)]] = [:]
        var arrows: [BoardArrow] = []
        for move in moves {
            let arrow = BoardArrow(move.transition.from, move.transition.to)
            guard let path = paths[arrow], !path.isEmpty else { continue }
            if queues[arrow] == nil { arrows.append(arrow) }
            queues[arrow, default: []].append((move, min(path.count - 1, Int(move.progress * Double(path.count)))))
        }
        for arrow in arrows {
            let path = paths[arrow]!
            let queue = queues[arrow]!.enumerated().sorted { ($0.element.wanted, -$0.offset) > ($1.element.wanted, -$1.offset) }
            var steps: [Int] = []
            for entry in queue { steps.append(min(entry.element.wanted, (steps.last ?? path.count) - 1)) }
            let shift = max(0, -(steps.min() ?? 0))
            for (entry, step) in zip(queue, steps) {
                let cell = path[min(path.count - 1, step + shift)]
                let thread = entry.element.move.transition.thread
                canvas.put(String(thread.rawValue + 1), x: cell.x, y: cell.y, style: content.style(of: thread, moving: true))
            }
        }
    }

    /// `--->` (or `<---`) over columns `from...to`, listed in the direction of travel.
    static func horizontal(from: Int, to: Int, y: Int, rightwards: Bool) -> [(x: Int, y: Int, glyph: Character)] {
        guard from <= to else { return [] }
        let columns = Array(from...to)
        let ordered = rightwards ? columns : columns.reversed()
        return ordered.enumerated().map { offset, x in
            (x, y, offset == ordered.count - 1 ? (rightwards ? ">" : "<") : "-")
        }
    }

    static func drawBox(_ canvas: inout BoardCanvas, frame: DemoFrame, state: ThreadState, x: Int, y: Int,
                        inner: Int, padding: Int, tokens: [StyledLine], scale: BoardScale = .normal) {
        let border = Style(.muted)
        let edge = "+" + String(repeating: "-", count: inner) + "+"
        let height = scale.boxHeight(tokenRows: tokens.count)
        canvas.put(edge, x: x, y: y, style: border)
        for row in 1..<(height - 1) {
            canvas.put("|", x: x, y: y + row, style: border)
            canvas.put("|", x: x + inner + 1, y: y + row, style: border)
        }
        let label = boxLabel(frame, state, scale)
        let lit = frame.snapshot.latest?.to == state
        var labelStyle = lit ? Style(StateGlyph.style(state).role, bold: true, reverse: true) : StateGlyph.nameStyle(state)
        if scale.airy { labelStyle.bold = true }
        let left = (inner - DisplayWidth.of(label)) / 2
        canvas.put(String(repeating: " ", count: left) + label, x: x + 1, y: y + scale.labelRow, style: labelStyle)
        for (row, token) in tokens.enumerated() {
            var column = x + 1 + padding
            for span in token.spans {
                canvas.put(span.text, x: column, y: y + scale.tokenRow(row), style: span.style)
                column += span.width
            }
        }
        canvas.put(edge, x: x, y: y + height - 1, style: border)
    }

    static func index(_ state: ThreadState) -> Int { ThreadState.allCases.firstIndex(of: state) ?? 0 }

    // MARK: Compact

    /// `ready      | 2 B  3 C`: one line per state, for panes too small for boxes.
    private static func compact(_ frame: DemoFrame, content: BoardContent, moves: [BoardMotion], width: Int,
                                strict: Bool) -> [StyledLine]? {
        let labelWidth = ThreadState.allCases.map { DisplayWidth.of($0.name(in: frame.language)) }.max() ?? 0
        var lines: [StyledLine] = []
        for state in [ThreadState.created, .ready, .running, .blocked, .terminated] {
            let label = state.name(in: frame.language)
            let lit = moves.contains { $0.transition.to == state }
            var line = StyledLine([
                StyledSpan(label, lit ? Style(StateGlyph.style(state).role, bold: true, reverse: true) : StateGlyph.nameStyle(state)),
                StyledSpan(DisplayWidth.spaces(labelWidth - DisplayWidth.of(label)) + " |", Style(.muted)),
            ])
            for token in content.inline(state) { line.spans += [StyledSpan(" ")] + token.spans }
            // Strict: every token whole, or nil (the caller tries shorter names).
            if strict && line.width > width { return nil }
            lines.append(line.truncatedAtWord(to: width, ellipsis: frame.glyphs.ellipsis))
        }
        return lines
    }

    // MARK: Reason

    /// Why a move happened: "2 B  running -> ready: time slice used up", in the lit arrow's style.
    private static func reasonLine(_ frame: DemoFrame, _ latest: Transition, moving: Bool, width: Int) -> StyledLine {
        let line = StyledLine([
            StyledSpan(String(latest.thread.rawValue + 1) + " " + frame.name(latest.thread), Style(.accent, bold: true, reverse: moving)),
            StyledSpan("  " + latest.from.name(in: frame.language) + " -> " + latest.to.name(in: frame.language), Style(.accent, bold: moving)),
            StyledSpan(": " + latest.reason.sentence(in: frame.language)),
        ])
        return line.truncatedAtWord(to: width, ellipsis: frame.glyphs.ellipsis)
    }
}
