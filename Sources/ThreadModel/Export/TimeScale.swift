import TutorBasics

/// How much time one chart column stands for: a "nice" step (1, 2 or 5 × 10ⁿ µs, or whole ticks) so that
/// the run fits the columns, and the ruler that labels it.
struct TimeScale {
    let total: Int64
    let columns: Int
    let step: Int64
    let tick: Int64?

    init(total: Int64, columns: Int, tick: Int64?) {
        self.total = total
        self.columns = columns
        self.tick = tick
        let unit = tick ?? 1
        var magnitude: Int64 = 1
        var chosen = unit
        search: while true {
            for factor: Int64 in [1, 2, 5] {
                let candidate = unit * factor * magnitude
                if (total + candidate - 1) / candidate <= Int64(columns) {
                    chosen = candidate
                    break search
                }
            }
            magnitude *= 10
        }
        step = chosen
    }

    /// Columns the run actually needs.
    var usedColumns: Int { Int(min(Int64(columns), (max(total, 1) + step - 1) / step)) }

    /// Labels count milliseconds when every label (one per ten columns) is a whole number of them.
    private var labelsInMilliseconds: Bool { tick == nil && (10 * step) % 1_000 == 0 }

    /// A label every ten columns over the used columns, in ticks, ms or µs, and the unit at the end.
    func ruler(language: Language) -> String {
        var characters = Array(repeating: Character(" "), count: usedColumns + 20)
        var column = 0
        while column < usedColumns + 10 {
            let label = Array(self.label(Int64(column) * step))
            if column + label.count <= characters.count {
                for (offset, character) in label.enumerated() { characters[column + offset] = character }
            }
            column += 10
        }
        var text = String(characters)
        while text.hasSuffix(" ") { text.removeLast() }
        return text + "  " + unitName(language)
    }

    private func label(_ time: Int64) -> String {
        if let tick { return "\(time / tick)" }
        return labelsInMilliseconds ? "\(time / 1_000)" : "\(time)"
    }

    private func unitName(_ language: Language) -> String {
        if tick != nil { return "(" + language.catalog(.ticks) + ")" }
        return labelsInMilliseconds ? "(ms)" : "(µs)"
    }
}
