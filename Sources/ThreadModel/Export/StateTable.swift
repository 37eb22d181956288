import TextKernel
import TutorBasics

/// The `table` format of `threadtutor demo`: one row per tick (scenarios with `tick:`) or per instant where
/// something changed, with every thread's state and the reasons for the changes — the way a textbook
/// exercise is checked line by line.
public enum StateTable {
    /// - Parameter annotate: extra text for a thread's cell in the row starting at a time (µs), e.g. the
    ///   kernel's state letter that a live run observed; shown after the model state as `ready / S`.
    public static func render(
        _ timeline: Timeline, scenario: Scenario? = nil, language: Language = .en,
        annotate: ((ThreadID, Int64) -> String?)? = nil
    ) -> String {
        let times = rowTimes(timeline, tick: scenario?.tick)
        // Live runs name each thread's kernel id in its column, so the rows can be matched against ps or top.
        let names = timeline.threads.map { thread in thread.kernelTID.map { "\(thread.name) (tid \($0))" } ?? thread.name }
        let header = [language.catalog(.tableTime)] + names + [language.catalog(.tableChanges)]
        var rows: [[String]] = []
        var next = 0
        for (index, time) in times.enumerated() {
            let rowEnd = index + 1 < times.count ? times[index + 1] : Int64.max
            var changes: [String] = []
            while next < timeline.transitions.count, timeline.transitions[next].time < rowEnd {
                let transition = timeline.transitions[next]
                changes.append("\(timeline.threads[transition.thread.rawValue].name): \(transition.reason.sentence(in: language))")
                next += 1
            }
            let label = scenario?.tick.map { "\(time / $0)" } ?? DurationText.format(time)
            let states = timeline.threads.map { thread in
                let state = cell(timeline, thread.id, at: time, rowEnd: rowEnd, language: language)
                return annotate?(thread.id, time).map { "\(state) / \($0)" } ?? state
            }
            rows.append([label] + states + [changes.joined(separator: "; ")])
        }
        let widths = header.indices.dropLast().map { column in
            ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        let lines = ([header] + rows).map { row in
            (zip(row, widths).map { DisplayWidth.pad($0, to: $1) } + [row.last ?? ""]).joined(separator: " | ")
        }
        return (lines + TimelineSummary.lines(timeline, language: language)).map { trimmed($0) }.joined(separator: "\n") + "\n"
    }

    /// Every tick up to the end, or every instant with a transition.
    private static func rowTimes(_ timeline: Timeline, tick: Int64?) -> [Int64] {
        if let tick, tick > 0, timeline.end / tick <= 10_000 {
            return (0...Int(timeline.end / tick)).map { Int64($0) * tick }
        }
        var times: [Int64] = []
        for transition in timeline.transitions where times.last != transition.time { times.append(transition.time) }
        return times.isEmpty ? [0] : times
    }

    /// The state during the row (after every change stamped inside it), with the core when running.
    private static func cell(_ timeline: Timeline, _ thread: ThreadID, at time: Int64, rowEnd: Int64, language: Language) -> String {
        let last = timeline.lastTransition(of: thread) { $0.time < rowEnd && $0.time <= max(time, rowEnd - 1) }
        let state = last?.to ?? .created
        if state == .running, let core = last?.core { return "\(state.name(in: language)) [\(core)]" }
        return state.name(in: language)
    }

    private static func trimmed(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") || line.hasSuffix("|") { line.removeLast() }
        return line
    }
}
