import TextKernel
import ThreadModel

/// Stacks the pane's parts into the rows it has. Parts are placed by priority (the header, an open question,
/// the lanes and the latest event first; legend last), the lanes shrink around the selected thread, and when
/// rows are left over, blank lines separate the groups.
enum DemoScreen {
    /// One part of the pane: its lines, and the priority that decides whether it is shown (lower first).
    private struct Part {
        var lines: [StyledLine]
        var priority: Int
        /// Parts with the same group stay together; a blank line may separate groups.
        var group: Int
        /// Shown even when cut short (else a part that does not fit is left out).
        var canShrink = false
        /// Stands for lane rows, drawn once the rows they get are known.
        var isLanes = false
        var shown = 0
    }

    static func lines(_ frame: DemoFrame, width: Int, height: Int) -> [StyledLine] {
        guard width > 0, height > 0 else { return [] }
        let view = frame.demo.view == .all && frame.present && frame.demo.question == nil ? .board : frame.demo.view
        if view != .all { return alone(view, frame, width: width, height: height) }
        let threadCount = frame.threads.count
        let detailColumn = SwimlaneView.columns(frame, width: width).detail
        let inlineDetails = detailColumn > 0
        let legend = DemoLegend.line(frame, compact: false)
        let headerHasLegend = height < 12
        var parts: [Part] = []
        parts.append(Part(lines: [DemoHeaderLine.line(frame, width: width, legendFits: headerHasLegend).truncatedAtWord(to: width, ellipsis: "")], priority: 0, group: 0))
        parts.append(Part(lines: PredictionView.lines(frame, width: width), priority: 1, group: 1, canShrink: true))
        parts.append(Part(lines: [SwimlaneView.ruler(frame, width: width)], priority: 6, group: 2))
        let placeholders = Array(repeating: StyledLine.empty, count: threadCount)
        parts.append(Part(lines: Array(placeholders.prefix(2)), priority: 2, group: 2, canShrink: true, isLanes: true))
        parts.append(Part(lines: Array(placeholders.dropFirst(2)), priority: 4, group: 2, canShrink: true, isLanes: true))
        if inlineDetails, let whole = wholeDetail(frame, width: width, column: detailColumn) {
            parts.append(Part(lines: [whole], priority: 7, group: 2))
        }
        parts.append(Part(lines: EventLineView.lines(frame, width: width), priority: 3, group: 3, canShrink: true))
        parts.append(Part(lines: EventLineView.deadlock(frame, width: width), priority: 3, group: 3, canShrink: true))
        if !inlineDetails {
            let details = (0..<threadCount).map { detailLine(frame, thread: $0, width: width) }
            parts.append(Part(lines: details, priority: 7, group: 4, canShrink: true))
        }
        parts.append(Part(lines: ResourceLines.lines(frame, width: width), priority: 5, group: 5, canShrink: true))
        var legendLines: [StyledLine] = []
        if !headerHasLegend || frame.demo.question != nil { legendLines = TextWrapper.wrap(legend.spans, width: width) }
        // The board takes the rows the parts above leave (with a blank line between each group).
        let taken = parts.reduce(0) { $0 + $1.lines.count } + legendLines.count + Set(parts.map(\.group)).count + 1
        parts.append(Part(lines: StateBoardView.lines(frame, width: width, rows: height - taken), priority: 8, group: 6))
        if !legendLines.isEmpty { parts.append(Part(lines: legendLines, priority: 9, group: 7)) }
        allocate(&parts, height: height)
        // Rows still free show the transitions that led here.
        let free = height - parts.reduce(0) { $0 + $1.shown } - Set(parts.filter { $0.shown > 0 }.map(\.group)).count
        if free >= 4 {
            let recent = EventLineView.recent(frame, width: width, rows: free)
            parts.append(Part(lines: recent, priority: 10, group: 8, shown: recent.count))
        }
        return assemble(parts, height: height, frame: frame, width: width)
    }

    /// One part filling the pane under the header: the board, the lanes (with their ruler and legend), or the log.
    private static func alone(_ view: DemoView, _ frame: DemoFrame, width: Int, height: Int) -> [StyledLine] {
        var lines = [DemoHeaderLine.line(frame, width: width, legendFits: view == .lanes && height < 6).truncatedAtWord(to: width, ellipsis: "")]
        lines += PredictionView.lines(frame, width: width)
        let rows = max(0, height - lines.count)
        switch view {
        case .board:
            // A run that ended stuck says so under the board (presenter mode shows the board alone).
            let stuck = EventLineView.deadlock(frame, width: width)
            let board = StateBoardView.lines(frame, width: width, rows: rows - stuck.count)
            let drawn = board.isEmpty ? StateBoardView.lines(frame, width: width, rows: rows) : board + stuck
            // Presenter mode: the board a little above the middle of its rows, not under the header with the
            // lower part of the pane empty.
            guard frame.present else {
                lines += drawn
                break
            }
            lines += Array(repeating: StyledLine.empty, count: max(0, rows - drawn.count) / 3)
            // And across: the widest line decides, so the reason lines stay under the board's left edge.
            let left = max(0, width - (drawn.map(\.width).max() ?? width)) / 2
            lines += drawn.map { left == 0 || $0.spans.isEmpty ? $0 : StyledLine([StyledSpan(DisplayWidth.spaces(left))] + $0.spans) }
        case .lanes:
            let legend = rows >= 4 ? DemoLegend.lines(frame, width: width) : []
            let laneRows = max(0, rows - 1 - legend.count)
            lines += [SwimlaneView.ruler(frame, width: width)]
            lines += SwimlaneView.lanes(frame, width: width, visible: laneWindow(frame, rows: laneRows))
            lines += legend
        case .log, .all:
            let latest = EventLineView.lines(frame, width: width)
            lines += latest + EventLineView.recent(frame, width: width, rows: rows - latest.count)
        }
        return Array(lines.prefix(height))
    }

    /// Gives rows to parts in priority order.
    private static func allocate(_ parts: inout [Part], height: Int) {
        var remaining = height
        let order = parts.indices.sorted { (parts[$0].priority, $0) < (parts[$1].priority, $1) }
        for index in order {
            let wanted = parts[index].lines.count
            if wanted <= remaining {
                parts[index].shown = wanted
            } else if parts[index].canShrink {
                parts[index].shown = remaining
            }
            remaining -= parts[index].shown
        }
    }

    /// The shown parts top to bottom, with blank lines between groups while spare rows last.
    private static func assemble(_ parts: [Part], height: Int, frame: DemoFrame, width: Int) -> [StyledLine] {
        let used = parts.reduce(0) { $0 + $1.shown }
        let laneRows = parts.filter(\.isLanes).reduce(0) { $0 + $1.shown }
        var lanes = SwimlaneView.lanes(frame, width: width, visible: laneWindow(frame, rows: laneRows))[...]
        var spare = height - used
        var lines: [StyledLine] = []
        var lastGroup: Int?
        for part in parts where part.shown > 0 {
            if let lastGroup, lastGroup != part.group, spare > 0 {
                lines.append(.empty)
                spare -= 1
            }
            lastGroup = part.group
            if part.isLanes {
                lines += lanes.prefix(part.shown)
                lanes = lanes.dropFirst(part.shown)
            } else {
                lines += part.lines.prefix(part.shown)
            }
        }
        return lines
    }

    /// Which threads' lanes fit in `rows`: all of them, or a window around the thread in focus.
    static func laneWindow(_ frame: DemoFrame, rows: Int) -> Range<Int> {
        let count = frame.threads.count
        guard rows < count else { return 0..<count }
        let focus = frame.demo.focusThread.rawValue
        let start = min(max(0, focus - rows / 2), count - rows)
        return start..<(start + rows)
    }

    /// "# 1 main  running: core 1", for panes too narrow to put it after the lane.
    /// The thread in focus's detail whole, on its own line under the lanes, when the lanes' detail column cuts it
    /// ("blocked: waiting for..." at 80 columns); nil when it fits. The column is not widened: the time axis keeps
    /// its columns.
    private static func wholeDetail(_ frame: DemoFrame, width: Int, column: Int) -> StyledLine? {
        let thread = frame.demo.focusThread
        guard frame.threads.indices.contains(thread.rawValue),
              SwimlaneView.detail(frame, thread: thread, width: .max / 2).width > column else { return nil }
        return detailLine(frame, thread: thread.rawValue, width: width)
    }

    private static func detailLine(_ frame: DemoFrame, thread: Int, width: Int) -> StyledLine {
        let state = frame.snapshot.states[thread]
        let name = frame.threads[thread].name
        var line = StyledLine([
            StyledSpan(String(StateGlyph.glyph(state, ascii: frame.asciiOnly)) + " ", StateGlyph.style(state)),
            StyledSpan(name, Style(.plain, bold: thread == frame.demo.selected)),
        ])
        line.spans += SwimlaneView.detail(frame, thread: ThreadID(thread), width: max(0, width - line.width)).spans
        return line
    }
}
