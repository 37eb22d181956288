import TutorBasics

/// The closing lines every text exporter prints: makespan, utilisation, final counters and any deadlock.
enum TimelineSummary {
    static func lines(_ timeline: Timeline, language: Language) -> [String] {
        let percent = Int((timeline.utilisation * 100).rounded())
        var lines = [
            language.catalog(.summary(makespan: DurationText.format(timeline.makespan), utilisationPercent: percent)),
        ]
        let counters = timeline.finalCounters.sorted { $0.key < $1.key }
        if !counters.isEmpty {
            let list = counters.map { "\($0.key) = \($0.value)" }.joined(separator: ", ")
            lines.append(language.catalog(.counters(list: list)))
        }
        if let deadlock = timeline.deadlock {
            lines.append(deadlock.sentence(in: language) { timeline.threads[$0.rawValue].name })
        }
        return lines
    }
}
