/// Durations in the scenario language: `30ms`, `250us`, `250µs`, `1.5s` — or, in a scenario with `tick:`,
/// a plain whole number of ticks. A scenario uses one or the other, never both.
enum DurationParser {
    static let units: [(suffix: String, micros: Int64)] = [("ms", 1_000), ("us", 1), ("µs", 1), ("s", 1_000_000)]

    static func parse(_ text: String, tick: Int64?) -> Result<Int64, ParseProblem> {
        let text = text.trimmingWhitespace()
        if text.isEmpty { return .failure(ParseProblem("missing duration")) }
        if text.hasPrefix("-") { return .failure(ParseProblem("negative duration '\(text)'")) }
        if let tick {
            guard let count = Int64(text) else {
                return .failure(ParseProblem("this scenario counts in ticks (`tick:` is set): write a whole number of ticks, not '\(text)'"))
            }
            return .success(count * tick)
        }
        guard let unit = units.first(where: { text.hasSuffix($0.suffix) }) else {
            if Int64(text) != nil {
                return .failure(ParseProblem("'\(text)' has no unit: write \(text)ms (or set `tick:` to count in ticks)"))
            }
            return .failure(ParseProblem("'\(text)' is not a duration like 30ms, 250us or 1.5s"))
        }
        let number = String(text.dropLast(unit.suffix.count))
        guard let micros = micros(number, unit: unit.micros) else {
            return .failure(ParseProblem("'\(text)' is not a duration like 30ms, 250us or 1.5s"))
        }
        return .success(micros)
    }

    /// `number × unit` for a decimal like `1.5`, exactly, rounded down to whole microseconds.
    private static func micros(_ number: String, unit: Int64) -> Int64? {
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]), whole >= 0, whole <= 1_000_000_000 else { return nil }
        var total = whole * unit
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCII), let fraction = Int64(digits) else { return nil }
            var scale: Int64 = 1
            for _ in 0..<digits.count { scale *= 10 }
            total += fraction * unit / scale
        }
        return total
    }
}

extension String {
    /// Without leading and trailing whitespace. Found with the string's own indices: the reversed-and-dropped
    /// form built nested generic collection types at run time, which cost more than the trimming on a cold start.
    func trimmingWhitespace() -> String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
