/// One row of the `make bench` table: what is measured, the target it must meet, and how to measure it.
/// Later issues add figures to `BenchFigures.all`.
struct BenchFigure: Sendable {
    var name: String
    var target: String
    /// Measures at full size, or at a quick size in smoke mode; returns the result text and whether the
    /// target was met. Throws `Unmeasurable` when the figure could not be measured at all.
    var measure: @Sendable (_ smoke: Bool) throws -> (result: String, met: Bool)
}
