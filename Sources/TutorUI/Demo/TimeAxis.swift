import TutorBasics

/// How swimlane columns map to time: one "nice" step per column (1, 2 or 5 × 10ⁿ µs, or whole ticks) so the
/// whole run fits, a ruler labelled every ten columns, and the clock's text.
struct TimeAxis: Hashable, Sendable {
    let total: Int64
    let columns: Int
    let tick: Int64?
    /// Microseconds per column.
    let step: Int64

    init(total: Int64, columns: Int, tick: Int64?) {
        self.total = max(1, total)
        self.columns = max(1, columns)
        self.tick = tick
        // Half a tick is allowed, so a short textbook trace gets two columns per tick (labels stay whole).
        let unit = max(1, tick.map { $0 % 2 == 0 ? $0 / 2 : $0 } ?? 1)
        var magnitude: Int64 = 1
        var chosen = unit
        // Steps of 1, 2, 2.5, 4 and 5 × 10ⁿ (2.5 only where it is a whole number of µs or ticks).
        search: while magnitude < Int64.max / 100 {
            for tenths: Int64 in [10, 20, 25, 40, 50] {
                guard (unit * magnitude * tenths) % 10 == 0 else { continue }
                let candidate = unit * magnitude * tenths / 10
                if let tick, (candidate * 10) % tick != 0 { continue }
                if (self.total + candidate - 1) / candidate <= Int64(self.columns) {
                    chosen = candidate
                    break search
                }
            }
            magnitude *= 10
        }
        step = chosen
    }

    /// Columns the whole run needs.
    var usedColumns: Int { Int(min(Int64(columns), (total + step - 1) / step)) }

    /// The column that shows `time`.
    func column(of time: Int64) -> Int { Int(max(0, time) / step) }

    /// The time span of a column.
    func span(of column: Int) -> ClosedRange<Int64> {
        let start = Int64(column) * step
        return start...(start + step)
    }

    /// Labels count milliseconds (with at most one decimal) when every label, one per ten columns, can.
    private var labelsInMilliseconds: Bool { tick == nil && (10 * step) % 100 == 0 }

    /// A label's text: ticks, milliseconds, or microseconds.
    private func label(_ time: Int64) -> String {
        if let tick { return "\(time / tick)" }
        guard labelsInMilliseconds else { return "\(time)" }
        let tenths = time % 1_000 / 100
        return tenths == 0 ? "\(time / 1_000)" : "\(time / 1_000).\(tenths)"
    }

    /// Ruler labels: (column, text) every ten columns that fit in `width`, and the unit's name.
    func labels(width: Int, language: Language) -> (marks: [(column: Int, text: String)], unit: String) {
        var marks: [(Int, String)] = []
        var column = 0
        while column < min(width, usedColumns + 1) {
            let time = Int64(column) * step
            marks.append((column, label(time)))
            column += 10
        }
        let unit = tick != nil ? language.catalog(.ticks) : (labelsInMilliseconds ? "ms" : "us")
        return (marks, unit)
    }

    /// A clock reading: ticks, or milliseconds with one decimal (seconds past ten seconds).
    static func clock(_ time: Int64, tick: Int64?) -> String {
        if let tick, tick > 0 {
            let whole = time / tick, tenth = (time % tick) * 10 / tick
            return tenth == 0 ? "\(whole)" : "\(whole).\(tenth)"
        }
        if time >= 10_000_000 { return "\(time / 1_000_000).\((time % 1_000_000) / 10_000 / 10) s" }
        return "\(time / 1_000).\((time % 1_000) / 100) ms"
    }
}
