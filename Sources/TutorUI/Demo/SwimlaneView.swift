import TextKernel
import ThreadModel

/// One lane per thread over time, drawn up to the cursor: a glyph per column for the state that filled most
/// of it, the current state in the cursor's column; and a ruler with a `v` over the cursor.
enum SwimlaneView {
    /// Widths of a lane row's parts.
    struct Columns {
        let label: Int
        let lane: Int
        /// Room for "state: activity" after the lane (0 when details get their own lines).
        let detail: Int
        let digits: Int
        let name: Int
    }

    static func columns(_ frame: DemoFrame, width: Int) -> Columns {
        let count = frame.threads.count
        let digits = DisplayWidth.of(String(max(1, count)))
        let widest = frame.threads.map { DisplayWidth.of($0.name) }.max() ?? 1
        let name = min(max(1, widest), 10)
        let label = 1 + digits + 1 + name + 1
        let detail = width >= 70 ? min(34, width / 3) : 0
        return Columns(label: label, lane: max(0, width - label - detail), detail: detail, digits: digits, name: name)
    }

    static func axis(_ frame: DemoFrame, columns: Columns) -> TimeAxis {
        TimeAxis(total: frame.total, columns: max(1, columns.lane), tick: frame.demo.scenario.tick)
    }

    /// The ruler row: the unit under the labels, a label every ten columns, `v` above the cursor's column.
    static func ruler(_ frame: DemoFrame, width: Int) -> StyledLine {
        let columns = columns(frame, width: width)
        guard columns.lane >= 4 else { return .empty }
        let axis = axis(frame, columns: columns)
        let (marks, unit) = axis.labels(width: columns.lane, language: frame.language)
        let cursorColumn = min(axis.column(of: frame.cursor.time), columns.lane - 1)
        var cells = Array(repeating: Character(" "), count: columns.lane)
        for mark in marks {
            let label = Array(mark.text)
            let range = mark.column..<(mark.column + label.count)
            guard range.upperBound <= columns.lane, !range.contains(cursorColumn) else { continue }
            for (offset, character) in label.enumerated() { cells[mark.column + offset] = character }
        }
        let unitText = DisplayWidth.truncate(unit, to: columns.label - 1, ellipsis: "...")
        let pad = String(repeating: " ", count: max(0, columns.label - 1 - DisplayWidth.of(unitText)))
        var line = StyledLine([StyledSpan(pad + unitText + " ", Style(.muted))])
        line.spans.append(StyledSpan(String(cells[..<cursorColumn]), Style(.muted)))
        line.spans.append(StyledSpan("v", Style(.accent, bold: true)))
        line.spans.append(StyledSpan(String(cells[(cursorColumn + 1)...]), Style(.muted)))
        return line
    }

    /// The lane rows of `visible` threads.
    static func lanes(_ frame: DemoFrame, width: Int, visible: Range<Int>) -> [StyledLine] {
        let columns = columns(frame, width: width)
        let axis = axis(frame, columns: columns)
        return visible.map { lane(frame, thread: ThreadID($0), columns: columns, axis: axis) }
    }

    private static func lane(_ frame: DemoFrame, thread: ThreadID, columns: Columns, axis: TimeAxis) -> StyledLine {
        let index = thread.rawValue
        let selected = index == frame.demo.selected
        let asked = frame.demo.question?.transition.thread == thread
        let marker = asked ? "?" : (selected ? frame.glyphs.pointer : " ")
        let number = String(index + 1)
        let numberText = String(repeating: " ", count: max(0, columns.digits - DisplayWidth.of(number))) + number
        let name = DisplayWidth.truncate(frame.threads[index].name, to: columns.name, ellipsis: "~")
        let namePad = String(repeating: " ", count: max(0, columns.name - DisplayWidth.of(name)))
        var line = StyledLine([
            StyledSpan(marker, Style(.accent, bold: true)),
            StyledSpan(numberText + " ", Style(.muted)),
            StyledSpan(name + namePad, Style(selected || asked ? .accent : .plain, bold: selected || asked)),
            StyledSpan(" "),
        ])
        if columns.lane > 0 { append(glyphs(frame, thread: thread, axis: axis, width: columns.lane), ascii: frame.asciiOnly, to: &line) }
        if columns.detail > 0 { line.spans += detail(frame, thread: thread, width: columns.detail).spans }
        return line
    }

    /// "state: activity" (live: "state [tid 4711 S]: activity") squeezed into `width` columns, after a space.
    static func detail(_ frame: DemoFrame, thread: ThreadID, width: Int) -> StyledLine {
        let state = frame.snapshot.states[thread.rawValue]
        let name = state.name(in: frame.language)
        let rest = frame.activity(of: thread)
        var line = StyledLine([StyledSpan(" "), StyledSpan(DisplayWidth.truncate(name, to: width - 1, ellipsis: "..."), StateGlyph.nameStyle(state))])
        // Live: the kernel's own view right beside the model's state, before any words that may be cut.
        if let kernel = frame.kernelText(of: thread) { line.spans.append(StyledSpan(" [" + kernel + "]", Style(.code))) }
        let room = width - line.width
        if !rest.isEmpty, room > 4 {
            line.spans += StyledLine(": " + rest, Style(.muted)).truncatedAtWord(to: room, ellipsis: frame.glyphs.ellipsis).spans
        }
        return line
    }

    /// The lane's glyphs from time 0 to the cursor.
    static func glyphs(_ frame: DemoFrame, thread: ThreadID, axis: TimeAxis, width: Int) -> [ThreadState?] {
        let spans = LaneSpans.spans(of: thread, in: frame.timeline, cursor: frame.cursor)
        let cursorColumn = min(axis.column(of: frame.cursor.time), width - 1)
        var cells = [ThreadState?](repeating: nil, count: width)
        var first = 0
        for column in 0..<cursorColumn {
            let range = axis.span(of: column)
            while first < spans.count, spans[first].end <= range.lowerBound { first += 1 }
            cells[column] = LaneSpans.dominant(spans[first...], in: range)
        }
        if cursorColumn >= 0 { cells[cursorColumn] = frame.snapshot.states[thread.rawValue] }
        return cells
    }

    private static func append(_ cells: [ThreadState?], ascii: Bool, to line: inout StyledLine) {
        for cell in cells {
            let span = cell.map { StyledSpan(String(StateGlyph.glyph($0, ascii: ascii)), StateGlyph.style($0)) } ?? StyledSpan(" ")
            if let last = line.spans.last, last.style == span.style {
                line.spans[line.spans.count - 1].text += span.text
            } else {
                line.spans.append(span)
            }
        }
    }
}
