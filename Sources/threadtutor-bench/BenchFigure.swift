/// One row of the `make bench` table: what is measured, the target it must meet, and how to measure it.
/// A figure may add detail rows under its own (the `show` table: one row per lesson).
struct BenchFigure: Sendable {
    var name: String
    var target: String
    /// Measures at full size, or at a quick size in smoke mode; returns the result text, whether the target was
    /// met, and detail rows. Throws `Unmeasurable` when the figure could not be measured at all.
    var measureWithDetails: @Sendable (_ smoke: Bool) throws -> Measured

    struct Measured: Sendable {
        var result: String
        var met: Bool
        var details: [Detail] = []
    }

    /// A row under the figure's own: a name, a result, and whether that part met the figure's target (nil for a
    /// row that only explains).
    struct Detail: Sendable, Equatable {
        var name: String
        var result: String
        var met: Bool?
    }

    /// A figure of one row.
    init(name: String, target: String,
         measure: @escaping @Sendable (_ smoke: Bool) throws -> (result: String, met: Bool)) {
        self.name = name
        self.target = target
        self.measureWithDetails = { smoke in
            let (result, met) = try measure(smoke)
            return Measured(result: result, met: met)
        }
    }

    /// A figure with detail rows.
    init(name: String, target: String, measureWithDetails: @escaping @Sendable (_ smoke: Bool) throws -> Measured) {
        self.name = name
        self.target = target
        self.measureWithDetails = measureWithDetails
    }
}
