import TextKernel
import TutorBasics

/// A text Gantt chart: a row per thread, a glyph per state, a time ruler and a legend — the `timeline`
/// format of `threadtutor demo`. Plain ASCII glyphs, since block and bullet glyphs are drawn two columns
/// wide by some East Asian terminal set-ups.
public enum GanttChart {
    public static let glyphs: [ThreadState: Character] = [
        .created: "_", .ready: "-", .running: "#", .blocked: ".", .terminated: " ",
    ]

    /// - Parameter width: total columns, names included (at least 10 columns are kept for the chart).
    public static func render(_ timeline: Timeline, scenario: Scenario? = nil, width: Int = 80, language: Language = .en) -> String {
        let nameWidth = (timeline.threads.map { DisplayWidth.of($0.name) }.max() ?? 0) + 2
        let columns = max(10, width - nameWidth)
        // After a deadlock the chart runs on a little, so the stuck threads show as blocked.
        let total = max(timeline.deadlock == nil ? timeline.end : timeline.end + max(timeline.end / 4, 1), 1)
        let scale = TimeScale(total: total, columns: columns, tick: scenario?.tick)
        var lines: [String] = []
        if let title = scenario?.title { lines.append(title) }
        lines.append(DisplayWidth.pad("", to: nameWidth) + scale.ruler(language: language))
        for info in timeline.threads {
            var spans = timeline.spans(for: info.id)
            if let last = spans.indices.last, spans[last].state != .terminated { spans[last].end = total }
            lines.append(DisplayWidth.pad(info.name, to: nameWidth) + row(spans, scale: scale))
        }
        lines.append(legend(language))
        lines += TimelineSummary.lines(timeline, language: language)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One glyph per column: the state the thread spent most of that column's time in.
    private static func row(_ spans: [Span], scale: TimeScale) -> String {
        let states = ThreadState.allCases
        var time = Array(repeating: [Int64](repeating: 0, count: states.count), count: scale.columns)
        for span in spans where span.duration > 0 {
            let index = states.firstIndex(of: span.state) ?? 0
            var column = Int(span.start / scale.step)
            while column < scale.columns, Int64(column) * scale.step < span.end {
                let from = max(span.start, Int64(column) * scale.step)
                let to = min(span.end, Int64(column + 1) * scale.step)
                time[column][index] += to - from
                column += 1
            }
        }
        // Ties go to the state a learner most needs to see.
        let priority: [ThreadState] = [.running, .blocked, .ready, .created, .terminated]
        var line = ""
        for totals in time {
            guard let most = totals.max(), most > 0 else {
                line.append(" ")
                continue
            }
            let state = priority.first { totals[states.firstIndex(of: $0) ?? 0] == most } ?? .terminated
            line.append(glyph(state))
        }
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    private static func glyph(_ state: ThreadState) -> Character { glyphs[state] ?? "?" }

    private static func legend(_ language: Language) -> String {
        let shown: [ThreadState] = [.running, .ready, .blocked, .created]
        let items = shown.map { "\(glyph($0)) \($0.name(in: language))" }.joined(separator: "  ")
        return language.catalog(.legend(items: items))
    }
}
