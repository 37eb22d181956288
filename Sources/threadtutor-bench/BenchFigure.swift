/// One row of the `make bench` table: what is measured, the target it must meet, and how to measure it.
/// Later issues add figures to `BenchFigures.all`.
struct BenchFigure: Sendable {
    var name: String
    var target: String
    /// Measures at full size, or at a quick size in smoke mode; returns the result text and whether the
    /// target was met.
    var measure: @Sendable (_ smoke: Bool) -> (result: String, met: Bool)
}
