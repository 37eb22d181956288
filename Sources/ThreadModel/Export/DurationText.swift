/// Microsecond durations as a learner reads them: `5 ms`, `250 µs`, `1.5 s`.
enum DurationText {
    static func format(_ micros: Int64) -> String {
        if micros != 0, micros % 1_000_000 == 0 { return "\(micros / 1_000_000) s" }
        if micros >= 1_000_000 { return decimal(micros, unit: 1_000_000) + " s" }
        if micros != 0, micros % 1_000 == 0 { return "\(micros / 1_000) ms" }
        if micros >= 1_000 { return decimal(micros, unit: 1_000) + " ms" }
        return "\(micros) µs"
    }

    /// `value / unit` with up to three decimals and no trailing zeros, without floating point.
    private static func decimal(_ value: Int64, unit: Int64) -> String {
        let whole = value / unit
        var fraction = String(value % unit * 1_000 / unit)
        while fraction.count < 3 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)"
    }
}
